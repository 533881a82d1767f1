def f(x, y):
    return x + y

def g(a, b, c):
    pass

def h(*, k, m):
    pass

tests = [
    lambda: f(1),
    lambda: f(),
    lambda: g(1),
    lambda: g(),
    lambda: h(),
    lambda: h(k=1),
    lambda: g(1, c=3),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
