def f():
    x = 'outer'
    y = [x for x in range(3)]
    return x, y
