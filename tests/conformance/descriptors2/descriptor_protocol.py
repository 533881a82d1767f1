# descriptors: data vs non-data precedence, __set_name__, __get__(None, cls)
class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__)

class Data:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return ("data", obj.__dict__.get("d"))
    def __set__(self, obj, value):
        obj.__dict__["d"] = value * 2

class Named:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"Named({self.owner}.{self.name})"
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)

class C:
    nd = NonData()
    d = Data()
    n = Named()
    m = Named()

c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins"
print(c.nd)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = 100
print(c.d)
print(type(C.d).__name__)
print(c.n, C.n, C.m)
c.n = 42
print(c.n, c._n)

class DeleteOnly:
    def __get__(self, obj, t=None):
        return "got"
    def __delete__(self, obj):
        print("deleting on", type(obj).__name__)

class E:
    x = DeleteOnly()
e = E()
del e.x
try:
    e.x = 1
except AttributeError as ex:
    print("AE", ex)
print(e.x)

# __set_name__ called late / manually and errors in it
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class F:
        attr = Bad()
except Exception as ex:
    print(type(ex).__name__, ex, ex.__notes__ if hasattr(ex, "__notes__") else None)

# set_name on type() call
T = type("T", (), {"z": Named()})
print(T.z)

# descriptor on metaclass
class Meta(type):
    @property
    def info(cls):
        return "meta-info of " + cls.__name__
class G(metaclass=Meta):
    pass
print(G.info)
try:
    G().info
except AttributeError as ex:
    print("AE", ex)

# __get__ returning different per owner
class Owner:
    def __get__(self, obj, owner):
        return owner
class H:
    o = Owner()
class I(H):
    pass
print(H.o.__name__, I.o.__name__, I().o.__name__)

# functions are descriptors
def f(self):
    return self
bound = f.__get__(5, int)
print(bound(), type(bound).__name__, f.__get__(None, int) is f)

# staticmethod / classmethod __get__
sm = staticmethod(len)
print(sm.__get__(None, int)("abc"))
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(3)(), cm.__get__(None, str)())

# __getattr__ only when normal lookup fails
class GA:
    a = 1
    def __getattr__(self, name):
        return "fallback:" + name
g = GA()
print(g.a, g.b)

class Prop:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("del x")
        self._x = None
p = Prop()
p.x = 3
print(p.x, Prop.x.__doc__)
try:
    p.x = -1
except ValueError as ex:
    print("VE", ex)
del p.x
print(p.x)

class RO:
    @property
    def v(self):
        return 1
r = RO()
try:
    r.v = 2
except AttributeError as ex:
    print("AE", ex)
try:
    del r.v
except AttributeError as ex:
    print("AE", ex)
class WO:
    v = property(None, lambda self, val: None)
try:
    WO().v
except AttributeError as ex:
    print("AE", ex)
print(property().fget, property(doc="d").__doc__)
pp = property(lambda s: 1)
print(pp.getter(lambda s: 2).fget(None), pp.__isabstractmethod__)
