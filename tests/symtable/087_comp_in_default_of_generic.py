def f[T](a=[x for x in range(3)], *, k=(y for y in ())): pass
