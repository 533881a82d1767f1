def f():
    v = 1
    class C:
        r = [v for _ in range(2)]
    return C
