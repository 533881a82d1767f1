o = object()
print(type(o).__name__, o == o, o != object(), bool(o), object.__name__, object.__bases__, object.__mro__, type(object).__name__)
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object(1)
except TypeError as e:
    print(e)
print(hasattr(o, "__dict__"), o.__class__ is object, str(o) == repr(o), object.__doc__[:20])
