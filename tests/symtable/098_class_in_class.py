class A:
    x = 1
    class B:
        y = x
        def m(self):
            return x, y, B, A
