class A[T](B)
    pass
