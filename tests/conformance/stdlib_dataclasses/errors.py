from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError
import dataclasses


def attempt(label, fn):
    try:
        r = fn()
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__ + ':', e)
    else:
        print(label, 'ok', r)


def mutable_default():
    @dataclass
    class C:
        x: list = []


def mutable_dict():
    @dataclass
    class C:
        x: dict = {}


def non_default_after_default():
    @dataclass
    class C:
        x: int = 0
        y: int


def both_defaults():
    return field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def overwrite_lt():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def frozen_from_nonfrozen():
    @dataclass
    class B:
        x: int

    @dataclass(frozen=True)
    class C(B):
        y: int


def nonfrozen_from_frozen():
    @dataclass(frozen=True)
    class B:
        x: int

    @dataclass
    class C(B):
        y: int


def field_without_annotation():
    @dataclass
    class C:
        x = field()


def unsafe_hash_with_hash():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 1


attempt('mutable list', mutable_default)
attempt('mutable dict', mutable_dict)
attempt('order', non_default_after_default)
attempt('both', both_defaults)
attempt('order/eq', order_without_eq)
attempt('lt', overwrite_lt)
attempt('frozen1', frozen_from_nonfrozen)
attempt('frozen2', nonfrozen_from_frozen)
attempt('noannot', field_without_annotation)
attempt('hash', unsafe_hash_with_hash)
attempt('fields', lambda: fields(3))
attempt('fields type', lambda: fields(int))
attempt('asdict', lambda: asdict(3))
attempt('astuple', lambda: astuple([1]))
attempt('replace', lambda: replace(1, x=2))


@dataclass
class P:
    x: int
    y: int = field(default=0, init=False)


attempt('replace unknown', lambda: replace(P(1), z=3))
attempt('replace init=False', lambda: replace(P(1), y=3))
attempt('replace ok', lambda: replace(P(1), x=3))


@dataclass(frozen=True)
class F:
    x: int


f = F(1)
attempt('setattr new', lambda: setattr(f, 'z', 2))
attempt('object.__setattr__', lambda: (object.__setattr__(f, 'x', 5), f)[1])


@dataclass
class HasSelf:
    self: int
    other: str = 'o'


print(HasSelf(1), HasSelf(self=2))

C = dataclasses.make_dataclass('C', ['a', ('b', int), ('c', int, field(default=3))])
print(C(1, 2), C.__name__, [f.name for f in fields(C)], C(1, 2, 4) == C(1, 2, 4))
attempt('make dup', lambda: dataclasses.make_dataclass('D', ['a', 'a']))
attempt('make kw', lambda: dataclasses.make_dataclass('D', ['class']))
attempt('make ident', lambda: dataclasses.make_dataclass('D', ['a b']))


@dataclass(slots=True)
class S:
    a: int
    b: str = 'x'


s = S(1)
print(s, S.__slots__)
attempt('slots new attr', lambda: setattr(s, 'c', 1))


@dataclass(init=False, repr=False)
class Plain:
    a: int = 1


print(type(repr(Plain())).__name__, Plain().a, Plain.__init__ is object.__init__)


class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)

    def __get__(self, obj, cls=None):
        return 42


@dataclass
class UsesDesc:
    d: int = Desc()


print(UsesDesc())
