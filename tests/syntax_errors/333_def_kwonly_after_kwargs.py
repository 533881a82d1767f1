def f(a: int = 1, *, b, **c, d):
    pass
