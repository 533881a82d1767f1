def f():
    a = range(3)
    return [x for x in a], (x for x in a)
