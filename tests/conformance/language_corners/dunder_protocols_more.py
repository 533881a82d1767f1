import math, functools
class D(dict):
    def __missing__(self, k): return f"missing {k}"
d = D(a=1); print(d["a"], d["zz"], d.get("zz"), "zz" in d)
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
    def __len__(self): return 3
    def __getitem__(self, i): return i
print(list(reversed(Rev())))
class Idx:
    def __index__(self): return 2
print([10, 20, 30, 40][Idx()], [10, 20, 30, 40][Idx():], "abcd"[:Idx()], range(10)[Idx()], hex(Idx()), bin(Idx()))
class Num:
    def __bytes__(self): return b"bytes!"
    def __complex__(self): return 1 + 2j
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
    def __float__(self): return 1.5
    def __int__(self): return 4
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __pos__(self): return "pos"
n = Num()
print(bytes(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), float(n), int(n), abs(n), -n, ~n, +n)
class Sl:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
s = Sl()
print(s[1:2], s[::3], s[1, 2], s[..., 1:])
s[0:1] = "x"; del s[::2]
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class Fmt:
    def __format__(self, spec): return f"[{spec}]"
print(format(Fmt(), "x>5"), "{:abc}".format(Fmt()), f"{Fmt()!r:>1}"[:5])
print(format(3.5, "08.3f"), format(12345678, "_"), format(0.000123, "e"), format(1/3, ".3g"), format("s", "^5"), format(True, "d"))
class Hint:
    def __length_hint__(self): return 5
    def __iter__(self): return iter(range(2))
print(list(Hint()), __import__("operator").length_hint(Hint()))
class Cont:
    def __iter__(self): return iter([1, 2])
print(2 in Cont(), 3 in Cont())
class InitSub:
    subs = []
    def __init_subclass__(cls, **kw):
        InitSub.subs.append(cls.__name__)
def add_attr(cls):
    cls.decorated = True
    return cls
@add_attr
class Child(InitSub): pass
print(InitSub.subs, Child.decorated)
class Gen:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item.__name__}]"
print(Gen[int])
from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: int = 0
p = P(1)
print(p, p._asdict(), p._replace(y=5), P._fields, isinstance(p, tuple))
from dataclasses import dataclass
@dataclass
class PI:
    a: int
    b: int = 0
    def __post_init__(self): self.c = self.a + self.b
print(PI(1, 2), PI(1, 2).c, PI(1) == PI(1, 0))
