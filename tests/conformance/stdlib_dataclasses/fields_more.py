import dataclasses
from dataclasses import dataclass, field, InitVar, astuple, asdict, replace, fields, KW_ONLY
from collections import namedtuple

@dataclass
class A:
    x: int
    y: int = field(default=2, kw_only=True)
    z: int = 3
print(A(1), A(1, 5, y=7), A.__match_args__)
try:
    A(1, 2, 3)
except TypeError as e:
    print(e)

@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 10
    b: int = field(init=False, default=0)
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithInit(2)
print(w, replace(w, a=3), replace(w, scale=1), fields(w)[1].name)
NT = namedtuple('NT', 'p q')
@dataclass
class Holder:
    nt: NT
    items: tuple
print(astuple(Holder(NT(1, [2]), (3, {4: 5}))), asdict(Holder(NT(1, 2), ())))
Base = dataclasses.make_dataclass('Base', [('a', int, field(default=1))], namespace={'double': lambda self: self.a * 2})
print(Base(), Base(4).double(), dataclasses.is_dataclass(Base))
Sub = dataclasses.make_dataclass('Sub', [('b', int, field(default=0))], bases=(Base,), frozen=False)
print(Sub(5, 6), [f.name for f in fields(Sub)])
try:
    dataclasses.make_dataclass('X', [('a', int), 'b', ('c', int, field(default=1)), ('d',)])
except TypeError as e:
    print(e)
@dataclass(eq=True, frozen=False, unsafe_hash=True)
class H:
    v: int
print(hash(H(1)) == hash((1,)), {H(1), H(1)})
@dataclass(repr=False)
class NoRepr:
    v: int
print(repr(NoRepr(1)).startswith('<__main__.NoRepr object'))
@dataclass
class Defaults:
    a: list = field(default_factory=lambda: [1, 2])
    b: dict = field(default_factory=dict)
    c: int = field(default=0, metadata={'unit': 'cm'})
d1, d2 = Defaults(), Defaults()
d1.a.append(3)
print(d1, d2, fields(Defaults)[2].metadata['unit'], type(fields(Defaults)[2].metadata).__name__)
print(dataclasses.fields(Defaults)[0].default is dataclasses.MISSING, repr(dataclasses.MISSING)[:30] if False else '')
@dataclass
class Cmp:
    a: int
    b: str = field(compare=False)
print(Cmp(1, 'x') == Cmp(1, 'y'), Cmp(1, 'x') != Cmp(2, 'x'))
