class C:
    def f[T: [x for x in y]](self): pass
