def f(x):
    class C:
        def m(self):
            return x
    return C
