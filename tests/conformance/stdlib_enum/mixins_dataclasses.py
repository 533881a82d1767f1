import enum, json
from dataclasses import dataclass, field, replace, FrozenInstanceError
from typing import ClassVar, Any, Dict

class Mode(str, enum.Enum):
    READ = 'r'
    WRITE = 'w'
print(Mode.READ, repr(Mode.READ), Mode.READ == 'r', Mode('w'), f'{Mode.READ}', Mode.READ.upper(), json.dumps({'m': Mode.READ}) if False else '')
class Num(int, enum.Enum):
    ONE = 1
print(Num.ONE, repr(Num.ONE), Num.ONE + 1, f'{Num.ONE}')
class Weekday(enum.IntFlag):
    MON = 1; TUE = 2; WED = 4
print(Weekday.MON | Weekday.WED, list(Weekday.MON | Weekday.WED), Weekday(3))
class Shape(enum.Enum):
    CIRCLE = 1
    SQUARE = 2
    def area(self, s):
        return 3.14 * s * s if self is Shape.CIRCLE else s * s
    @classmethod
    def parse(cls, name):
        return cls[name.upper()]
print(Shape.parse('circle').area(2), Shape.SQUARE.area(3))
match Shape.CIRCLE:
    case Shape.SQUARE: print('sq')
    case Shape.CIRCLE: print('circle')
print(Shape.CIRCLE.value, Shape(2).name, len(Shape), Shape.CIRCLE in Shape, [s.name for s in reversed(Shape)] if hasattr(Shape, '__reversed__') else '')
@dataclass(frozen=True, slots=True)
class P:
    x: int
    y: int = 0
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
p = P(3, 4)
print(p, p.dist(), replace(p, y=0), hash(p) == hash(P(3, 4)), P.__slots__)
try:
    p.x = 1
except FrozenInstanceError as e:
    print('frozen', e)
@dataclass
class Base:
    id: int
    registry: ClassVar[Dict[str, Any]] = {}
    def __post_init__(self):
        if self.id < 0:
            raise ValueError(f'bad id {self.id}')
        Base.registry[str(self.id)] = self
@dataclass
class Child(Base):
    name: str = 'x'
    hidden: int = field(default=0, repr=False)
c = Child(1, 'c')
print(c, Base.registry)
try:
    Child(-1)
except ValueError as e:
    print(e)
print(Child.__init__.__doc__, Child.__doc__, Child.__module__)
@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(t == Tree(1, [Tree(2), Tree(3, [Tree(4)])]))
