from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from dataclasses import FrozenInstanceError, InitVar, KW_ONLY, MISSING


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(5))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__match_args__, Point.__doc__)
print(Point.__hash__)
print([f.name for f in fields(p)], [f.type for f in fields(Point)])
print(asdict(p), astuple(p))
print(replace(p, y=10), p)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 2}), ((1,), {'x': 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tag: str = field(default='t', compare=False)


a = Inventory('a')
b = Inventory('a')
a.items.append(1)
print(a, b, a == b, a.items is b.items)
print(Inventory('x', [1], 3, 'q') == Inventory('x', [1], 3, 'r'))
print(Inventory.__doc__)
print('count' in Inventory.__dict__, 'items' in Inventory.__dict__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return replace(self, minor=self.minor + 1)


v = Version(1, 2)
print(v < Version(1, 3), v >= Version(2), sorted([Version(2), Version(1, 5), v]))
print(hash(v) == hash(Version(1, 2)), v.bump())
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    v < 3
except TypeError as e:
    print('TypeError:', e)
print({v: 1}[Version(1, 2)])


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)])
try:
    replace(w, b=1)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class Kw:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2


print(Kw(1, c=5), Kw.__match_args__)
try:
    Kw(1, 2)
except TypeError as e:
    print('TypeError:', e)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 3


print(AllKw(a=1))
try:
    AllKw(1)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 5
    x: int = 9


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashy(1)) == hash(Hashy(1, [2])))


@dataclass
class Nested:
    p: Point
    ps: list
    d: dict


n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n))
print(astuple(n))


@dataclass
class Node:
    val: int
    nxt: object = None


node = Node(1)
node.nxt = node
print(node)
print(fields(Point)[0].default is MISSING, fields(Point)[1].default)
