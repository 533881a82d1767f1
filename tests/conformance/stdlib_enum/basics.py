from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), str(Color.GREEN), f'{Color.BLUE}', format(Color.RED, '>12'))
print(Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), list(Color.__members__), list(reversed(Color)))
print(Color.RED in Color, 1 in Color, 7 in Color, 'RED' in Color)
print(Color.RED.describe(), Color.default(), type(Color.RED), isinstance(Color.RED, Color))
print(Color, repr(Color), Color.__name__, type(Color).__name__)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color(1))
print(hash(Color.RED) == hash(Color.RED), {Color.RED: 'r'}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value), [c.name for c in Color])
print(Color.__members__['CRIMSON'], dict(Color.__members__))
for bad in (lambda: Color(5), lambda: Color['PURPLE'], lambda: Color.RED < Color.BLUE,
            lambda: setattr(Color, 'RED', 3), lambda: delattr(Color, 'RED')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.TWO), str(Num.THREE), f'{Num.ONE:03d}', Num.ONE + 1, Num.TWO * 2)
print(Num.ONE == 1, Num.ONE < Num.THREE, sorted([Num.THREE, Num.ONE]), Num(3), int(Num.TWO))
print(isinstance(Num.ONE, int), [n.value for n in Num], Num.TWO in Num, 2 in Num)
print(list(range(Num.THREE)), hex(Num.THREE), Num['TWO'])


class Shade(StrEnum):
    DARK = auto()
    LIGHT = 'light'
    MEDIUM = auto()


print(Shade.DARK, repr(Shade.DARK), Shade.LIGHT.upper(), Shade.MEDIUM == 'medium', f'[{Shade.DARK}]')
print(Shade('dark'), list(Shade), Shade.DARK + '!')


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [a.value for a in Auto])


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e+23, 2.4397e6)))

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3), repr(Animal))
Pets = Enum('Pets', [('DOG', 'd'), ('CAT', 'c')])
print(list(Pets), Pets('c'))
Num2 = IntEnum('Num2', {'X': 10, 'Y': 20})
print(list(Num2), Num2.X + Num2.Y)


@unique
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError', e)


class Missing(Enum):
    A = 'a'
    B = 'b'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


print(Missing('A'), Missing('b'))
try:
    Missing(3)
except ValueError as e:
    print('ValueError', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Derived(Base):
    X = 1


print(Derived.X.hello())
try:
    class More(Derived):
        Y = 2
except TypeError as e:
    print('TypeError', e)

try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e:
    print('ValueError', e)


class WithValue(Enum):
    X = 'x'
    _ignore_ = ['tmp']
    tmp = 5


print(list(WithValue), WithValue.tmp if hasattr(WithValue, 'tmp') else 'no tmp')
print(Color.RED.__class__.__name__, Color.RED._name_, Color.RED._value_)
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')
