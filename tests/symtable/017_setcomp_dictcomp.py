def f(n):
    s = {i for i in n}
    d = {k: v for k, v in n}
    return s, d
