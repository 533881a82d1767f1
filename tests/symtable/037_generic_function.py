def f[T](x: T, y=1, *, k=2) -> T:
    return x

def g[T, U: (int, str)](a): pass

def h[T](): pass
