def f():
    a = 1
    class C:
        b = 2
        r = [a + b + i for i in range(3)]
        s = [lambda: a + b for _ in range(2)]
    return C
