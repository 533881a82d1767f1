class Orig:
    pass
Orig.__name__ = "Renamed"
Orig.__qualname__ = "Q.Renamed"
o = Orig()
print(Orig, Orig.__name__, Orig.__qualname__, type(o).__name__, repr(o)[:22])
try:
    o.missing
except AttributeError as e:
    print(e)
try:
    del Orig.__name__
except TypeError as e:
    print(e)
def rename(cls):
    cls.__qualname__ = "Pretty"
    return cls
@rename
class Ugly:
    pass
print(Ugly, Ugly.__name__)
try:
    int.__name__ = "x"
except TypeError as e:
    print(e)
