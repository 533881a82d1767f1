class C:
    A = int
    global G
    G = 1
    def f[T: (A, G, Undefined)](self): pass
    type X[U: A] = dict[A, G]
