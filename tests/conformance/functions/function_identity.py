def make():
    def f():
        return 1
    return f

a = make()
b = make()
print(a is b, a == b, a.__code__ is b.__code__)
print(a.__qualname__)

def g():
    pass
h = g
print(h is g, h.__name__)
del g
print(h())
funcs = {"x": lambda: "X"}
print(funcs["x"]())
print(type(make) is type(lambda: 0))
