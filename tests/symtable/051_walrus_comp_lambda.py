def f():
    return [lambda: (z := 1) for i in range(2)]
