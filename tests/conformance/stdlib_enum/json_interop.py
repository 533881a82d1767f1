import json, enum, dataclasses, datetime, fractions
class Mode(str, enum.Enum):
    R = 'r'
class Lvl(enum.IntEnum):
    LOW = 1
class S(enum.StrEnum):
    A = 'a'
class C(enum.Enum):
    X = 1
print(json.dumps({'m': Mode.R, 'l': Lvl.LOW, 's': S.A, Lvl.LOW: 2}), json.dumps([Lvl.LOW, 2.5]))
try:
    json.dumps(C.X)
except TypeError as e:
    print(e)
@dataclasses.dataclass
class P:
    when: datetime.date
    ratio: fractions.Fraction
p = P(datetime.date(2024, 1, 2), fractions.Fraction(1, 3))
print(json.dumps(dataclasses.asdict(p), default=str))
print(json.dumps({'d': datetime.datetime(2024, 1, 2, 3, 4)}, default=lambda o: o.isoformat()))
