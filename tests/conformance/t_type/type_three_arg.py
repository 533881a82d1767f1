def meth(self):
    return "meth of " + type(self).__name__
C = type("C", (), {"x": 1, "meth": meth})
D = type("D", (C,), {"y": 2, "__doc__": "docD"})
d = D()
print(C.__name__, D.__qualname__, D.__bases__, D.__mro__, d.x, d.y, d.meth(), D.__doc__, C.__module__, type(D).__name__)
for args in (("E", 1, {}), ("E", (), 1), (1, (), {}), ("E", (1,), {}), ("E", ())):
    try:
        type(*args)
    except TypeError as e:
        print(e)
