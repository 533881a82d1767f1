import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name}: {self.area()}"
try:
    Shape()
except TypeError as e:
    print("TE", e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TE", e)
class Sq(Half):
    name = "square"
print(Sq().describe(), Shape.__abstractmethods__, sorted(Half.__abstractmethods__), Sq.__abstractmethods__)
print(isinstance(Sq(), Shape), issubclass(Sq, abc.ABC))
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(int, Reg), issubclass(str, Reg))
class AM(metaclass=abc.ABCMeta):
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def util(): ...
try:
    AM()
except TypeError as e:
    print("TE", e)
print(AM.make.__isabstractmethod__, getattr(AM.__dict__['util'], '__isabstractmethod__', None))

# class repr / module / qualname / doc
class Doc:
    """Docstring here."""
    def m(self):
        "method doc"
print(Doc.__doc__, Doc.m.__doc__, Doc().__doc__)
class NoDoc: pass
print(NoDoc.__doc__, repr(NoDoc), NoDoc.__module__, NoDoc.__name__)
class Sub(Doc): pass
print(Sub.__doc__)
print(repr(int), repr(type), repr(object), str(Doc))
NoDoc.__name__ = "Renamed"
NoDoc.__qualname__ = "Outer.Renamed"
print(NoDoc, NoDoc.__name__)
try:
    NoDoc.__name__ = 5
except TypeError as e:
    print("TE", e)
try:
    NoDoc.__qualname__ = 5
except TypeError as e:
    print("TE", e)
NoDoc.__module__ = "elsewhere"
print(NoDoc)
NoDoc.__doc__ = "set doc"
print(NoDoc.__doc__)

# __dict__ mappingproxy
class NS:
    a = 1
    def f(self): pass
d = NS.__dict__
print(type(d).__name__, d["a"], "f" in d, sorted(k for k in d if not k.startswith("__")))
try:
    d["b"] = 2
except TypeError as e:
    print("TE", e)
try:
    del d["a"]
except TypeError as e:
    print("TE", e)
print(d.get("zz", "dflt"), len(d) > 2, type(d.copy()).__name__)
print(AM.__dict__["make"].__isabstractmethod__, property(abc.abstractmethod(lambda s: 1)).__isabstractmethod__)
NS.b = 5
print("b" in d, NS.__dict__["b"])
try:
    NS.__dict__ = {}
except AttributeError as e:
    print("AE", e)
# vars()
o = NS(); o.x = 1
print(vars(o), vars(NS) is not None, type(vars(NS)).__name__)
try:
    vars(1)
except TypeError as e:
    print("TE", e)
try:
    vars(o, 1)
except TypeError as e:
    print("TE", e)
# setattr/delattr on classes
setattr(NS, "dyn", lambda self: "dyn!")
print(o.dyn())
delattr(NS, "dyn")
try:
    o.dyn()
except AttributeError as e:
    print("AE", e)
try:
    del NS.nonexistent
except AttributeError as e:
    print("AE", e)
try:
    setattr(int, "x", 1)
except TypeError as e:
    print("TE", e)
try:
    del o.nothing
except AttributeError as e:
    print("AE", e)
try:
    object().x = 1
except AttributeError as e:
    print("AE", e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print("TE", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TE", e)
print(getattr(o, "nope", None), hasattr(o, "x"))
# metaclass __setattr__ on class
class LockMeta(type):
    def __setattr__(cls, k, v):
        if k.startswith("_"):
            raise AttributeError(f"cannot set {k}")
        super().__setattr__(k, v)
    def __delattr__(cls, k):
        raise AttributeError("no deleting " + k)
class Locked(metaclass=LockMeta):
    x = 1
Locked.y = 2
print(Locked.y)
try:
    Locked._z = 3
except AttributeError as e:
    print("AE", e)
try:
    del Locked.x
except AttributeError as e:
    print("AE", e)
# classmethod wrapping property (deprecated in 3.11, still works in 3.12)
class CP:
    _v = "class-level"
    @classmethod
    @property
    def v(cls):
        return cls._v + " of " + cls.__name__
print(CP.v, CP().v)
# __getattr__ with __getattribute__
class Both:
    def __getattribute__(self, n):
        print("getattribute", n)
        if n == "missing":
            raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return "getattr:" + n
b = Both()
b.real = 1
print(b.real)
print(b.missing)
print(b.other)
class GAErr:
    def __getattr__(self, n):
        raise KeyError(n)
try:
    GAErr().x
except KeyError as e:
    print("KE", e)
print(hasattr(GAErr(), "__len__") if False else "skip")
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, n):
        return getattr(self._t, n)
    def __setattr__(self, n, v):
        setattr(self._t, n, v)
lst = []
px = Proxy(lst)
px.append(3)
print(lst, px.__class__.__name__, len(lst))
try:
    len(px)
except TypeError as e:
    print("TE", e)
