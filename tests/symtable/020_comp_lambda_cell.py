def f(a):
    x = [lambda: y for y in a]
    return x
