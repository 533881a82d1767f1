try:
    import ipk_err.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.rsplit("/", 2)[-2:])
import sys
print("ipk_err.bad_syntax" in sys.modules)
