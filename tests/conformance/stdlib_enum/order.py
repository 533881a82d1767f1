import enum
class Ok(enum.Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3
    ALIAS = 1
print(list(Ok))
try:
    class Bad(enum.Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print(e)
