import enum
class Coin(enum.Enum):
    PENNY = (1, 'penny')
    DIME = (10, 'dime')
    def __new__(cls, cents, label):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = label
        return obj
print(Coin.PENNY, Coin(10), Coin.DIME.label, Coin.PENNY.value, list(Coin))
class Level(enum.IntEnum):
    def __new__(cls, value, doc=''):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj
    DEBUG = 10, 'debugging'
    INFO = 20, 'information'
print(Level.DEBUG, repr(Level.INFO), Level(20).doc, Level.DEBUG < Level.INFO, Level.INFO + 5)
class Ordered(enum.Enum):
    _order_ = 'A B'
    A = 1
    B = 2
    @staticmethod
    def helper(): return 'h'
    tmp = enum.nonmember(5)
print(list(Ordered), Ordered.helper(), Ordered.tmp)
@enum.unique
class U(enum.Enum):
    A = 'a'
print(U('a'), enum.Enum.__name__, isinstance(U.A, enum.Enum), issubclass(U, enum.Enum), type(U) is enum.EnumMeta)
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W | Perm.X, Perm(7), repr(Perm(0)), bool(Perm(0)), Perm.R in Perm(6), int(Perm.R | Perm.X))
print(enum.auto(), repr(enum.STRICT), enum.KEEP)
