class Outer:
    class Inner:
        def m(self): pass
    def meth(self):
        def local(): pass
        return local
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().meth().__qualname__, repr(Outer.Inner))
T = type("T", (Outer,), {"a": 1, "f": lambda self: self.a})
print(T.__name__, T.__qualname__, T.__module__, T().f(), T.__bases__, T.__mro__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print(e)
try:
    type("x")
    type("a", "b")
except TypeError as e:
    print(e)
l = [1]; l.append(l); print(l)
d = {}; d["self"] = d; print(d)
e = ValueError("base")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types", [str(x) for x in eg.exceptions])
import sys
try:
    raise KeyError("x")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), type(tb).__name__, sys.exception() is ev)
print(sys.exc_info())
data = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    [3] < ["a"]
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    f = lambda a, b=2, *, c: 0
    f()
except TypeError as e:
    print(e)
try:
    f(1, c=1, d=2)
except TypeError as e:
    print(e)
def kwonly(a, /, b, *, c): return a, b, c
try:
    kwonly(a=1, b=2, c=3)
except TypeError as e:
    print(e)
print(kwonly(1, b=2, c=3))
try:
    "abc".foo
except AttributeError as e:
    print(e)
try:
    int("x12")
except ValueError as e:
    print(e)
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), str(e))
try:
    [][0]
except IndexError as e:
    print(e)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
class Slotted:
    __slots__ = ("a",)
try:
    Slotted().b = 1
except AttributeError as e:
    print(e)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), 0.1 + 0.2, 1e16, 1.0e-5, float("inf"), -0.0)
print(int.__name__, (1).__class__, True + True, 10 / 4, 10 // 4, 2 ** 100, hex(-255), oct(8), bin(5), chr(955), ord("λ"))
