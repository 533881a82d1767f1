import sys

print(sys.exc_info())
print(sys.exception())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__)
    print(repr(sys.exception()))
    try:
        raise KeyError("nested")
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exc_info())

def in_finally():
    try:
        raise IndexError("f")
    finally:
        print("in finally:", repr(sys.exception()))
try:
    in_finally()
except IndexError:
    pass
