def f(x, y):
    pass

def g(a, /, b):
    pass

class C:
    def meth(self, v):
        pass

tests = [
    lambda: f(1, z=2),
    lambda: f(1, 2, y=3),
    lambda: f(1, x=2),
    lambda: g(a=1, b=2),
    lambda: C().meth(w=1),
    lambda: f(**{"x": 1, "y": 2, "q": 3}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)

def h(a, b, /, c):
    pass
try:
    h(a=1, b=2, c=3)
except TypeError as e:
    print(e)
