def f(a):
    a += 1
    b -= 2
    del c
    d[0] = 1
    e.f = 2
    *g, h = a
