def f():
    global g
    def h():
        return g
    return h
