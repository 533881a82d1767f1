def f(*args, **kwargs):
    return list(kwargs)
print(f(z=1, a=2, m=3))
print(f(**{"b": 1, "a": 2}, c=3))
def g(a, b, c):
    return a, b, c
print(g(c=3, a=1, b=2), g(1, c=3, b=2))
def h(x, *, y=2, **rest):
    return x, y, rest
print(h(1, z=5, y=0), h(x=3))
