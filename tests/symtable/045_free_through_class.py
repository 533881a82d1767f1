def f():
    a = 1
    class C:
        def m(self):
            return a
    return C
