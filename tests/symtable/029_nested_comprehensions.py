def f(m):
    return [[x * y for y in row] for row in m for x in row]
