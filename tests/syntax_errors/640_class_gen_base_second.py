class A(x, y for y in z):
    pass
