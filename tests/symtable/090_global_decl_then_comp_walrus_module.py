def f():
    global q
    return [(q := i) for i in range(3)]
