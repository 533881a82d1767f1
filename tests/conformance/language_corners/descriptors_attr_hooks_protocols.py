# descriptors
class Typed:
    def __init__(self, t): self.t = t
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.t):
            raise TypeError(f"{self.name[1:]} must be {self.t.__name__}")
        setattr(obj, self.name, value)
class Rec:
    n = Typed(int)
    s = Typed(str)
r = Rec(); r.n = 3; r.s = "x"
print(r.n, r.s, type(Rec.n).__name__)
try:
    r.n = "bad"
except TypeError as e:
    print(e)
class NonData:
    def __get__(self, obj, t=None): return "from descriptor"
class Holder:
    nd = NonData()
h = Holder()
print(h.nd); h.nd = "instance wins"; print(h.nd)
class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
    @v.deleter
    def v(self): print("deleting"); self._v = None
p = Prop(); p.v = 5; print(p.v); del p.v; print(p.v)
# __getattr__ / __getattribute__ / __setattr__ / __delattr__
class Tracked:
    def __init__(self): object.__setattr__(self, "log", [])
    def __getattr__(self, n): return f"missing:{n}"
    def __setattr__(self, n, v): self.log.append(("set", n)); object.__setattr__(self, n, v)
    def __delattr__(self, n): self.log.append(("del", n)); object.__delattr__(self, n)
t = Tracked(); t.a = 1; del t.a
print(t.a, t.log)
class GA:
    def __getattribute__(self, n):
        if n == "secret": raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
    x = 1
print(GA().x, GA().secret)
# __call__, __len__, __bool__, __contains__, __iter__ vs __getitem__
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
class B1:
    def __len__(self): return 0
class B2:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B1()), bool(B2()), not B1())
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class C:
    def __call__(self, *a, **k): return a, k
print(C()(1, x=2), callable(C()), callable(C))
class Ctx:
    def __enter__(self): print("enter"); return "val"
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as v:
    print("body", v)
with Ctx():
    raise KeyError("suppressed")
try:
    with Ctx():
        raise ValueError("propagates")
except ValueError as e:
    print("outside", e)
# isinstance hooks
class MetaCheck(type):
    def __instancecheck__(cls, obj): return obj == "magic"
    def __subclasscheck__(cls, sub): return sub is int
class Anything(metaclass=MetaCheck): pass
print(isinstance("magic", Anything), isinstance(1, Anything), issubclass(int, Anything), issubclass(str, Anything))
print(isinstance(1, (str, (int, float))), issubclass(bool, (str, int)))
