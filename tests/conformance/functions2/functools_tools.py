import functools
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        "wrapper doc"
        return f(*a, **k)
    return wrapper
@deco
def target(a, b=1):
    "target doc"
    return a + b
print(target.__name__, target.__doc__, target.__qualname__, target.__wrapped__.__name__, target(1))
print(target.__dict__.keys())
p = functools.partial(target, 10)
print(p(5), p.func is target, p.args, p.keywords)
p2 = functools.partial(p, b=3)
print(p2(), p2.func is target, p2.args, p2.keywords)
print(repr(functools.partial(max, 1, key=abs))[:30])
try:
    functools.partial(1)
except TypeError as e:
    print(e)
@functools.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@functools.lru_cache
def nop(x): return x
print(nop(1), nop.cache_info())
try:
    nop([1])
except TypeError as e:
    print(e)
@functools.singledispatch
def show(x):
    return "obj " + repr(x)
@show.register
def _(x: int):
    return "int " + str(x)
@show.register(list)
def _(x):
    return "list " + str(len(x))
@show.register(str)
@show.register(bytes)
def _(x):
    return "strish"
print(show(1), show([1, 2]), show("a"), show(b"b"), show(1.5), show(True))
print(show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) <= V(1), V(2) > V(1), V(1) >= V(2))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
try:
    functools.reduce(lambda a, b: a, 1)
except TypeError as e:
    print(e)
class A:
    @functools.cached_property
    def val(self):
        print("computing")
        return 42
a = A()
print(a.val, a.val)
pm = functools.partialmethod
class B:
    def m(self, x, y): return x, y
    m1 = pm(m, 1)
print(B().m1(2))
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
