def f():
    x = 1
    return [lambda: x for _ in range(2)]
