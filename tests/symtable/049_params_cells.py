def f(b, a):
    c = 1
    return lambda: a + b + c
