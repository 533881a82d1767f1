class C:
    type A = B
    def f[T: B](self): pass
