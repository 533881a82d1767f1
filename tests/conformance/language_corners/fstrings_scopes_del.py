# f-strings
v = 3.14159
w = "txt"
print(f"{v:.2f} {v!r} {w!s:>6} {w!r:^10} {v=} {v = :.1f} {w=!r}")
print(f"{'nested ' + f'{1+1}'} {f'{v:{4}.{2}}'} {{literal}}")
width, prec = 10, 3
print(f"[{v:{width}.{prec}}]", f"{1000000:,}", f"{255:#x} {255:08b} {-5:+d}", f"{0.5:%}")
items = ["a", "b"]
print(f"{', '.join(items)!r}", f"{len(items)=}", f"{items[0]:*^5}")
import datetime
print(f"{3:>{width}}|", f"{'x':{'<'}{5}}|")
class F:
    def __format__(self, spec): return f"F<{spec}>"
print(f"{F():abc}", format(F(), "q"), f"{F()!s:>3}" if False else "skip")
print(f"{'a' if v > 3 else 'b'}", f"{(lambda: 5)()}", f"{ {1: 2}[1] }")
# global/nonlocal corners
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return bump, get
b, g = make()
b(); b()
print(g())
def shadow():
    try:
        print(undefined_local)
        undefined_local = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
shadow()
def free_unbound():
    def inner(): return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
free_unbound()
# del semantics
x = [1, 2, 3, 4]
del x[1], x[-1]
print(x)
d = {"a": 1}
del d["a"]
try:
    del d["a"]
except KeyError as e:
    print("KeyError", e)
class Obj: pass
o = Obj(); o.attr = 1
del o.attr
try:
    del o.attr
except AttributeError as e:
    print(e)
y = 5
del y
try:
    y
except NameError as e:
    print(e)
def del_local():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)
print(del_local())
