def f(m):
    return [[lambda: (x, y) for y in row] for x in m]
