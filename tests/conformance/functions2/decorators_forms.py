def trace(tag):
    def deco(f):
        def w(*a, **k):
            print(tag, "call", f.__name__, a, k)
            return f(*a, **k)
        w.__name__ = f.__name__
        return w
    return deco
def double(f):
    def w(*a):
        return f(*a) * 2
    return w
@trace("A")
@double
@trace("B")
def add(x, y):
    return x + y
print(add(1, 2))
order = []
def mark(n):
    order.append("eval" + n)
    def d(f):
        order.append("apply" + n)
        return f
    return d
@mark("1")
@mark("2")
def q(): pass
print(order)
def cls_deco(cls):
    cls.tag = "decorated"
    return cls
@cls_deco
class C:
    @staticmethod
    @double
    def s(x): return x
    @classmethod
    def c(cls): return cls.tag
    @property
    @double
    def p(self): return 21
print(C.tag, C.s(4), C.c(), C().p)
def gen_deco(f):
    def g(*a):
        for x in f(*a):
            yield x * 10
    return g
@gen_deco
def nums(n):
    yield from range(n)
print(list(nums(3)))
@lambda f: f()
def called():
    return "immediate"
print(called)
@[lambda f: "sub"][0]
def sub(): pass
print(sub)
def retn(f): return None
@retn
def gone(): pass
print(gone)
def counting(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counting
def fn(): pass
fn(); fn()
print(fn.calls)
class Deco:
    def __init__(self, f):
        self.f = f
    def __call__(self, *a):
        return "Deco:" + str(self.f(*a))
@Deco
def viaclass(x): return x
print(viaclass(5))
class Meth:
    @Deco
    def m(self, x): return x
try:
    print(Meth().m(1))
except TypeError as e:
    print(e)
def notcallable_deco():
    @5
    def f(): pass
try:
    notcallable_deco()
except TypeError as e:
    print(e)
