import functools
from functools import (partial, reduce, wraps, update_wrapper, lru_cache, cache, cached_property,
                       total_ordering, cmp_to_key, singledispatch, partialmethod)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, [], 1), reduce(lambda a, b: a + b, ["x"], "y"))
for bad in (lambda: reduce(operator.add, []), lambda: reduce(operator.add, 5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

p = partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords, repr(p))
p2 = partial(max, 1, 5)
print(p2(3, 9), repr(p2), repr(partial(p2, 7, key=abs)), partial(p2, 7).args)
try:
    partial(5)
except TypeError as e:
    print("TypeError", e)

def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) * 2
    return inner

@deco
def double_me(x):
    """Return x."""
    return x

print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4), double_me.__qualname__)

def plain():
    pass
def other():
    "other doc"
other.custom = 1
update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.custom, plain.__wrapped__ is other)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n

print([sq(i) for i in (1, 2, 1, 3, 2, 1)], calls)
print(sq.cache_info(), sq.cache_info().hits, sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(5))

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

print(fact(20), fact.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__

print(ident(1), ident(1.0), ident(1), ident.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError", e)

class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        print("computing")
        return sum(range(self.n))

d = Data(10)
print(d.total, d.total, "total" in d.__dict__, type(Data.total).__name__)
del d.total
print(d.total)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v

print(V(1) < V(2), V(1) <= V(1), V(3) > V(2), V(2) >= V(3), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
try:
    @total_ordering
    class Nope:
        pass
except ValueError as e:
    print("ValueError", e)

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: cmp(b, a))), sorted("bca", key=cmp_to_key(cmp)))

@singledispatch
def show(x):
    return "object " + repr(x)

@show.register
def _(x: int):
    return "int " + str(x)

@show.register(list)
def _(x):
    return "list of " + str(len(x))

@show.register(float)
@show.register(complex)
def _(x):
    return "number " + str(x)

print(show("s"), show(3), show(True), show([1, 2]), show(1.5), show(2j), show(None))
print(show.dispatch(bool).__name__, show.dispatch(str) is show.registry[object], sorted(t.__name__ for t in show.registry))

class Cell:
    def __init__(self):
        self._alive = False
    def set_state(self, state):
        self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive)
