class C:
    v = 1
    r = [(lambda: v) for _ in range(2)]
