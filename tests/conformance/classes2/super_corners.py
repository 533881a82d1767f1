class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    @staticmethod
    def s(): return "B>" + super(B, B).s()
    @property
    def p(self): return "B>" + super().p
class C(B):
    def f(self): return "C>" + super(B, self).f()
print(B().f(), B.c(), B.s(), B().p, C().f(), C.c())
sup = super(B, B())
print(type(sup).__name__, sup.__thisclass__.__name__, type(sup.__self__).__name__, sup.__self_class__.__name__)
print(repr(super(B, B()))[:20])
print(super(B, B).c())
try:
    super(B, 1)
except TypeError as e:
    print("TE", e)
try:
    super(1, B())
except TypeError as e:
    print("TE", e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RE", e)
class D:
    def m(self):
        def inner():
            return super().m()
        return inner()
try:
    D().m()
except RuntimeError as e:
    print("RE", e)
class E:
    def m():
        return super().m()
try:
    E.m()
except RuntimeError as e:
    print("RE", e)
try:
    super(B, B()).nope
except AttributeError as e:
    print("AE", e)
class F(A):
    def f(self):
        return [super().f() for _ in range(2)]
print(F().f())
class G(A):
    def f(self):
        return (lambda: super().f())()
try:
    print(G().f())
except RuntimeError as e:
    print("RE", e)
# super in __init__ chain with multiple inheritance (cooperative)
class Base:
    def __init__(self, **kw):
        print("Base", kw)
class L(Base):
    def __init__(self, l=0, **kw):
        print("L", l)
        super().__init__(**kw)
class R(Base):
    def __init__(self, r=0, **kw):
        print("R", r)
        super().__init__(**kw)
class LR(L, R):
    pass
LR(l=1, r=2, extra=3)
print([k.__name__ for k in LR.__mro__])
# super with __class__ cell
class H:
    def who(self): return __class__.__name__
print(H().who())
# super().__setattr__ / __getattribute__
class Tracked:
    def __setattr__(self, k, v):
        print("set", k)
        super().__setattr__(k, v)
    def __getattribute__(self, k):
        if k == "magic": return 42
        return super().__getattribute__(k)
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)
t = Tracked()
t.a = 1
print(t.a, t.magic)
del t.a
try:
    t.a
except AttributeError as e:
    print("AE", e)
# super() in classmethod of subclass called on instance
print(B().c())
# super() unbound
us = super(B)
print(type(us).__name__)
print(super(B, B()).__class__.__name__)
# __init_subclass__ via super
class Root:
    def __init_subclass__(cls, **kw):
        print("Root sub", cls.__name__, kw)
        super().__init_subclass__()
class Mid(Root, tag=1):
    def __init_subclass__(cls, **kw):
        print("Mid sub", cls.__name__)
        super().__init_subclass__(**kw)
class Leaf(Mid, tag=2): pass
