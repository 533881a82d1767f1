class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw.get("flag", None)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args, kw)
        return super().__call__(*args, **kw)

class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v=0):
        self.v = v
print(A.injected, A.extra, type(A).__name__)
a = A(5)
print(a.v)
class B(A):
    pass
print(B.extra, type(B) is Meta)

# __prepare__ returning an ordered custom mapping
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class M2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        print([k for k in ns.order if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))
class R(metaclass=M2):
    b = 1
    a = 2
    def c(self): pass

# __init_subclass__ with kwargs
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class P1(Plugin, name="first"): pass
class P2(Plugin): pass
print(Plugin.registry, P1.plugin_name)
try:
    class P3(Plugin, unknown=1): pass
except TypeError as e:
    print("TE", e)
try:
    class Q(object, foo=1): pass
except TypeError as e:
    print("TE", e)

# metaclass conflict
class MA(type): pass
class MB(type): pass
class XA(metaclass=MA): pass
class XB(metaclass=MB): pass
try:
    class XC(XA, XB): pass
except TypeError as e:
    print("TE", e)

# type(name, bases, ns)
T = type("T", (A,), {"y": 2, "__module__": "mymod"})
print(T, T.y, T.x, T.__qualname__, T.__module__, type(T).__name__)
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TE", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TE", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TE", e)
try:
    type("X", ())
except TypeError as e:
    print("TE", e)
print(type("E", (), {})().__class__.__name__)

# __mro_entries__
class Fake:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (dict,)
class FD(Fake()):
    pass
print(FD.__bases__, [type(b).__name__ for b in FD.__orig_bases__])
try:
    type("Z", (Fake(),), {})
except TypeError as e:
    print("TE", e)

# __class_getitem__
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(G[int], G["x"], G[1, 2])
try:
    object[int]
except TypeError as e:
    print("TE", e)
print(list[int], dict[str, int], type(list[int]).__name__)

# metaclass __call__ returning something else (singleton)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self):
        print("S init")
print(S() is S())

# __new__ returning other type skips __init__
class Odd:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Odd())

# metaclass methods visible on class not instance
class MM(type):
    def hello(cls): return "hello " + cls.__name__
class K(metaclass=MM): pass
print(K.hello())
try:
    K().hello()
except AttributeError as e:
    print("AE", e)
print(type(K), type(type), type(MM))
print(isinstance(K, MM), issubclass(MM, type))

# __qualname__ and __module__ and repr of nested classes
class Outer:
    class Inner:
        class Deep: pass
    def meth(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer().meth().__qualname__)
print(repr(Outer.Inner), Outer.__module__, Outer.Inner.__name__)
print(repr(Outer().meth()))
