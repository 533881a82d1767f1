def f(x, y):
    pass

def g():
    pass

def h(a, b=1):
    pass

def k(a, *, b):
    pass

class C:
    def m(self, x):
        pass

tests = [
    lambda: f(1, 2, 3),
    lambda: g(1),
    lambda: h(1, 2, 3),
    lambda: h(1, 2, 3, 4),
    lambda: k(1, 2),
    lambda: k(1, 2, b=3),
    lambda: C().m(1, 2),
    lambda: (lambda: 0)(1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
