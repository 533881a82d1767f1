def check(thunk):
    try:
        r = thunk()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def f(*a, **k): return a, k
def g(a, b): return a, b
class C:
    def m(self, a): return a
c = C()
check(lambda: f(*1))
check(lambda: f(*None))
check(lambda: g(*1))
check(lambda: c.m(*1))
check(lambda: len(*1))
check(lambda: f(**1))
check(lambda: f(**[1]))
check(lambda: g(**None))
check(lambda: c.m(**1))
check(lambda: len(**1))
check(lambda: f(**{1: 2}))
check(lambda: g(**{1: 2}))
check(lambda: f(a=1, **{'a': 2}))
check(lambda: f(**{'a': 1}, **{'a': 2}))
check(lambda: g(1, **{'a': 2}))
check(lambda: g(1, *[2], **{'b': 3}))
check(lambda: c.m(1, **{'a': 2}))
check(lambda: c.m(**{'a': 2}, **{'a': 3}))
check(lambda: dict(**{'a': 1}, **{'a': 2}))
check(lambda: f(1, *[2], *(3,), **{'x': 1}, y=2))
check(lambda: f(*"ab", *range(2)))
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k * 2
check(lambda: f(**M()))
check(lambda: g(**M()))
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return k
check(lambda: f(**BadKeys()))
class NoGet:
    def keys(self): return ['a']
check(lambda: f(**NoGet()))
def gen():
    yield 1
    yield 2
check(lambda: g(*gen()))
check(lambda: f(*gen(), **{'x': 1}))
class IterErr:
    def __iter__(self): raise ValueError("boom")
check(lambda: f(*IterErr()))
check(lambda: f(**{'a': 1}, a=2))
import collections
check(lambda: f(**collections.OrderedDict(a=1)))
check(lambda: f(*1, **1))
check(lambda: (lambda: 1)(*[], **{}))
check(lambda: print(*1))
check(lambda: print(**1))
check(lambda: f(**{'a': 1}, **{1: 2}))
check(lambda: f(**{'a' : 1}, **{'b': 2}, **{'a': 3}))
check(lambda: C.m(*[c], **{'self': c}))
check(lambda: int(**{'x': 5}))
check(lambda: max(1, 2, key=None, **{'default': 3}))
