# warnings.warn output on stderr: file:line: Category: message plus the source line, filters, stacklevel.
import warnings
def f():
    warnings.warn("plain user warning")
f()
warnings.warn("deprecated thing", DeprecationWarning)
warnings.warn("future thing", FutureWarning)
def g():
    warnings.warn("stacklevel two", UserWarning, stacklevel=2)
g()
warnings.warn(RuntimeWarning("instance warning"))
for i in range(3):
    warnings.warn("in a loop")
warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always now")
with warnings.catch_warnings(record=True) as w:
    warnings.warn("recorded", SyntaxWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"))
class MyWarning(Warning): pass
warnings.warn("custom category", MyWarning)
warnings.filterwarnings("ignore", message="ign.*")
warnings.warn("ignored one")
warnings.filterwarnings("error", category=MyWarning)
try:
    warnings.warn("now error", MyWarning)
except MyWarning as e:
    print("caught", repr(e))
x = eval("1 is 1")
warnings.warn("last", stacklevel=1)
warnings.warn("too deep", stacklevel=10)
