# class bodies and scoping
x = "global"
class A:
    x = "class"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def f(self):
        return x
print(A.y, A.z, A().f())
def outer():
    v = "outer"
    class B:
        v = "B"
        w = v
        def g(self):
            return v
    return B.w, B().g()
print(outer())
def outer2():
    q = 1
    class C:
        nonlocal_q = q
        q = 2
        after = q
    return C.nonlocal_q, C.after
print(outer2())
# decorators stacking
def deco(tag):
    def wrap(f):
        def inner(*a, **k):
            return f"{tag}({f(*a, **k)})"
        inner.__name__ = f.__name__
        return inner
    return wrap
@deco("a")
@deco("b")
def base(v):
    return v
print(base(1), base.__name__)
class D:
    @staticmethod
    @deco("s")
    def s(v): return v
    @classmethod
    @deco("c")
    def c(cls, v): return cls.__name__ + str(v)
    @property
    @deco("p")
    def p(self): return "prop"
print(D.s(1), D.c(2), D().p)
# __init_subclass__ kwargs, __set_name__ order
class Reg:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        Reg.registry.append((cls.__name__, tag))
class R1(Reg, tag="one"): pass
class R2(R1): pass
print(Reg.registry)
try:
    class R3(Reg, bogus=1, tag=2): pass
except TypeError as e:
    print("TypeError", e)
class Named:
    def __init__(self, label): self.label = label
    def __set_name__(self, owner, name):
        print("set_name", self.label, owner.__name__, name)
class Owner:
    b = Named("first")
    a = Named("second")
    def __init_subclass__(cls): print("init_subclass", cls)
class Sub(Owner):
    c = Named("third")
