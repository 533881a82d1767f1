from dataclasses import dataclass, field
@dataclass(slots=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1)
print(p, Pt.__slots__, hasattr(p, "__dict__"))
try:
    p.z = 1
except AttributeError as e:
    print("AE", e)
@dataclass(frozen=True, slots=True)
class F:
    a: int
f = F(1)
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(f) == hash(F(1)))
# slots with default class attr via property
class Temp:
    __slots__ = ("_c",)
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
t = Temp(100)
print(t.f)
t.f = 32
print(t._c)
# slots and class-level __dict__ listing
print(sorted(k for k in Temp.__dict__ if not k.startswith("__")))
# __slots__ with inheritance chain and __init_subclass__
class Base:
    __slots__ = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.n_slots = len(cls.__slots__) if "__slots__" in cls.__dict__ else None
class K1(Base):
    __slots__ = ("a", "b")
class K2(K1):
    pass
print(K1.n_slots, K2.n_slots, hasattr(K2(), "__dict__"))
# empty slot error message through getattr default
class E:
    __slots__ = ("v",)
print(getattr(E(), "v", "missing"))
e = E()
try:
    print(e.v)
except AttributeError as ex:
    print("AE", ex)
# vars() on slotted instance
try:
    vars(e)
except TypeError as ex:
    print("TE", ex)
# dir includes slots
print([n for n in dir(e) if not n.startswith("__")])
# copy of slotted objects
import copy
e.v = [1]
e2 = copy.copy(e); e3 = copy.deepcopy(e)
print(e2.v is e.v, e3.v == e.v, e3.v is e.v)
# __slots__ modification after creation doesn't add slots
E.__slots__ = ("v", "w")
try:
    e.w = 1
except AttributeError as ex:
    print("AE", ex)
