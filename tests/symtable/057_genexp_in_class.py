class C:
    x = 1
    g = list(y for y in range(x))
