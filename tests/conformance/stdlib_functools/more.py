import functools
from functools import singledispatchmethod, lru_cache, partial, cached_property, total_ordering, reduce
from collections.abc import Sequence, Mapping

class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return f"obj:{arg!r}"
    @show.register
    def _(self, arg: int):
        return f"int:{arg}"
    @show.register(list)
    def _(self, arg):
        return f"list:{len(arg)}"
f = Fmt()
print(f.show("s"), f.show(5), f.show([1, 2]), f.show(True))

@functools.singledispatch
def kind(x):
    return "other"
@kind.register(Sequence)
def _(x):
    return "sequence"
@kind.register(Mapping)
def _(x):
    return "mapping"
@kind.register(str)
def _(x):
    return "string"
print(kind([1]), kind((1,)), kind({}), kind("s"), kind(3), kind(range(2)))
try:
    kind()
except TypeError as e:
    print("TypeError", e)
try:
    kind.register(3)
except TypeError as e:
    print("TypeError", e)

class Calc:
    def __init__(self):
        self.calls = 0
    @lru_cache(maxsize=None)
    def slow(self, n):
        self.calls += 1
        return n * 2
c = Calc()
print(c.slow(2), c.slow(2), c.slow(3), c.calls, Calc.slow.cache_info())

def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(5), cube(2), square(base=3), list(map(square, range(4))), partial(partial(power, 2), 5)())
p = partial(print, "a", sep="-")
p("b", "c")
print(callable(p), p.args, p.keywords, type(p).__name__)

class Temp:
    def __init__(self, c):
        self.c = c
    @cached_property
    def f(self):
        print("convert")
        return self.c * 9 / 5 + 32
t = Temp(100)
print(t.f, t.f)
t.f = 0
print(t.f, Temp.f.attrname, Temp.f.__doc__)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __gt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts > other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 10), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) <= Version(1), Version(2) < Version(1, 5), Version(1) >= Version(0))
try:
    Version(1) < 5
except TypeError as e:
    print("TypeError", e)

print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, range(101)))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

@lru_cache(maxsize=3)
def ident(x):
    return x
for x in [1, 2, 3, 1, 4, 2, 5, 1]:
    ident(x)
print(ident.cache_info())
ident.cache_clear()
print(ident.cache_info())
