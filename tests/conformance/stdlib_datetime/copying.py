import copy, datetime, fractions, enum, dataclasses, random, statistics
class E(enum.Enum):
    A = 1
@dataclasses.dataclass
class D:
    when: datetime.datetime
    frac: fractions.Fraction
    e: E
    tags: list
d = D(datetime.datetime(2024, 1, 2, 3, 4, tzinfo=datetime.timezone.utc), fractions.Fraction(1, 3), E.A, ['x'])
c = copy.deepcopy(d)
print(c, c == d, c.tags is d.tags, c.e is E.A, copy.copy(d).tags is d.tags)
print(copy.copy(datetime.timedelta(1)), copy.deepcopy(datetime.date(2020, 2, 2)), copy.deepcopy(datetime.timezone(datetime.timedelta(hours=3))))
r = random.Random(4)
r2 = copy.deepcopy(r) if False else None
nd = statistics.NormalDist(1, 2)
print(copy.copy(nd), copy.deepcopy(fractions.Fraction(5, 7)), copy.deepcopy(datetime.time(1, 2)))
