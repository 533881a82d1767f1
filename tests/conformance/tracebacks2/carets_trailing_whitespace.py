# Trailing blanks on the source line: the interpreter keeps them, the traceback module strips
# them (and shifts its markers).
import traceback
def f():
    return 1 + (1 / 0)   
try:
    f()
except Exception:
    traceback.print_exc()
f()   
