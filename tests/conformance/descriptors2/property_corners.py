class C:
    def __init__(self): self._x = 1
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): del self._x
    x = property(getx, setx, delx, "I'm the 'x' property.")
c = C()
print(c.x, C.x.__doc__, C.x.fget is C.getx, type(C.x).__name__)
c.x = 5; print(c.x); del c.x
try:
    c.x
except AttributeError as e:
    print("AE", e)
p1 = property(C.getx)
p2 = p1.setter(C.setx)
print(p1 is p2, p1.fset, p2.fset is C.setx, p2.fget is C.getx)
p3 = p2.deleter(C.delx)
print(p3.fdel is C.delx)
print(C.__dict__["x"].__get__(None, C) is C.x, C.x.__get__(c) if hasattr(c, "_x") else "nox")
class Sub(property):
    "subclass doc"
    pass
class D:
    @Sub
    def y(self):
        "y doc"
        return 2
print(D().y, type(D.y).__name__, D.y.__doc__)
try:
    D().y = 3
except AttributeError as e:
    print("AE", e)
class NoGet:
    z = property(None, lambda s, v: print("set", v))
n = NoGet()
n.z = 9
try:
    n.z
except AttributeError as e:
    print("AE", e)
try:
    del n.z
except AttributeError as e:
    print("AE", e)
# property overriding instance dict
class Shadow:
    @property
    def a(self): return "prop"
s = Shadow()
s.__dict__["a"] = "inst"
print(s.a)
# property in subclass overriding attribute
class Base:
    v = 1
class Der(Base):
    @property
    def v(self): return 2
print(Base().v, Der().v)
# property with __set_name__? (3.12: no); name attribute
print(hasattr(property(), "__set_name__"), getattr(C.x, "__name__", "noname"))
# getter raising AttributeError triggers __getattr__
class GA:
    @property
    def p(self):
        raise AttributeError("inner")
    def __getattr__(self, n):
        return "fallback " + n
print(GA().p)
# property doc from getter
class Doc:
    @property
    def q(self):
        "q's doc"
    r = property(lambda self: 1, doc="explicit")
print(Doc.q.__doc__, Doc.r.__doc__)
# cached_property
from functools import cached_property
class Cached:
    calls = 0
    @cached_property
    def val(self):
        Cached.calls += 1
        return 42
cc = Cached()
print(cc.val, cc.val, Cached.calls, "val" in cc.__dict__)
del cc.val
print(cc.val, Cached.calls)
print(type(Cached.val).__name__, Cached.val.attrname)
