def f():
    x = 1
    def g():
        x
        global x
