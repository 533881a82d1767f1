def f[T](x: [(y := 1) for _ in z]): pass
