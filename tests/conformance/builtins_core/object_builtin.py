o = object()
print(type(o).__name__, o == o, o != object(), bool(o), hash(o) == hash(o))
try:
    o.attr = 1
except AttributeError as e:
    print(e)
print(sorted(n for n in dir(o))[:5])
print(object.__name__, object.__bases__, object.__doc__)
print(object().__str__().startswith("<object object at"), object.__eq__(o, o), object.__ne__(o, 5))
print(object.__reduce_ex__ is not None, object.__init_subclass__(), object.__subclasshook__(int))
