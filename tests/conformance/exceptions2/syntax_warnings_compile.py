# SyntaxWarnings from compile()/exec()/import go through the warnings machinery.
import warn_pkg
print("imported")
exec("z = (1, 2)(3)" if False else "z = 2 is 2")
c = compile("assert (1, \"m\")", "virt.py", "exec")
import warnings
warnings.simplefilter("error")
try:
    compile("1 is 1", "e.py", "exec")
except Exception as e:
    print(type(e).__name__, e)
