f = lambda: (yield)
print(type(f()).__name__)
g = lambda *a, **k: (a, k)
print(g(1, x=2))
h = lambda x: x if x else "falsy"
print(h(0), h(5))
nested = lambda x: lambda y: lambda z: x + y + z
print(nested(1)(2)(3))
print((lambda: lambda: "deep")()())
