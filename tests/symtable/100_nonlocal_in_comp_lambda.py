def f():
    x = 0
    return [lambda: (nonlocal_x := x) for _ in ()]
