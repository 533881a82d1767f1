class Bag:
    pass

b = Bag()
print(b.__dict__)
b.a = 1
b.__dict__["b"] = 2
print(b.b, sorted(vars(b).items()))
b.__dict__.clear()
print(hasattr(b, "a"))
b.__dict__ = {"fresh": True}
print(b.fresh)
print(vars(b) is b.__dict__)
print(type(Bag.__dict__).__name__)
try:
    Bag.__dict__["x"] = 1
except TypeError as e:
    print(e)
print("__dict__" in dir(b), "__weakref__" in dir(b))
