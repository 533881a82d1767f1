from dataclasses import dataclass, field
import weakref
@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'
    c: list = field(default_factory=list)
s = S(1)
print(s, S.__slots__, s.c, S(2, 'y', [1]))
@dataclass(slots=True, weakref_slot=True)
class W:
    a: int
print(W.__slots__, W(1))
@dataclass(frozen=True, slots=True)
class FS:
    a: int
print(FS(1).__getstate__(), FS(3) == FS(3))
try:
    @dataclass(slots=True)
    class Already:
        __slots__ = ('a',)
        a: int
except TypeError as e:
    print(e)
try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int
except TypeError as e:
    print(e)
@dataclass(slots=True)
class Base:
    x: int
@dataclass(slots=True)
class Derived(Base):
    y: int
print(Derived(1, 2), Derived.__slots__, Base.__slots__)
