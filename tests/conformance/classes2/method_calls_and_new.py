class A:
    def f(self, x): return x
    @classmethod
    def c(cls, y): return y
    @staticmethod
    def s(z): return z
def t(expr):
    try:
        print(eval(expr))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t("A().f()")
t("A().f(1, 2)")
t("A.f(1)")
t("A.f()")
t("A.c()")
t("A().s()")
t("A().f(x=1, y=2)")
t("A().f(1, x=2)")
class NoInit: pass
t("NoInit(1)")
t("NoInit(a=1)")
t("object(1)")
t("object.__new__(NoInit, 1)")
t("object.__new__(1)")
t("object.__new__(int)")
t("int.__new__(str)")
t("int.__new__(NoInit)")
t("object.__init__(NoInit(), 1)")
class WithInit:
    def __init__(self, a): self.a = a
t("WithInit()")
t("WithInit(1, 2)")
class WithNew:
    def __new__(cls, a):
        return super().__new__(cls)
t("WithNew(1).__class__.__name__")
t("WithNew()")
class BadInit:
    def __init__(self): return 5
t("BadInit()")
class NewOnly:
    def __new__(cls, *a, **k):
        return object.__new__(cls)
t("NewOnly(1, 2).__class__.__name__")
class InitOnly:
    def __init__(self, *a):
        pass
t("InitOnly(1, 2).__class__.__name__")
class BothOverride:
    def __new__(cls, *a): return super().__new__(cls, *a)
    def __init__(self, *a): pass
t("BothOverride(1)")
t("A.f.__qualname__")
t("A().f.__self__.__class__.__name__")
t("A().f.__func__ is A.f")
t("A.c.__self__ is A")
t("type(A.__dict__['s']).__name__")
t("A.s.__qualname__")
t("A().nonexistent()")
t("A.nonexistent")
t("int.nonexistent")
t("A().f.nonexistent")
t("NoInit.__init__ is object.__init__")
t("NoInit().__init__.__class__.__name__")
t("type(NoInit.__init__).__name__")
t("type(A.__dict__['f']).__name__")
t("type(A().f).__name__")
t("repr(A.f)[:16]")
t("repr(A().f)[:23]")
t("repr(A.c)[:30]")
t("repr(object.__init__)")
t("repr(NoInit().__init__)[:40]")
t("repr(A.__init__)")
t("repr(int.__add__)")
t("repr((1).__add__)[:35]")
t("repr(A.__dict__['c'])[:30]")
t("repr(A.__dict__['s'])[:30]")
t("callable(A.__dict__['s'])")
t("A.__dict__['s'](5)")
t("A.__dict__['c'](5)")
