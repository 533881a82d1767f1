def f():
    base = 10
    return [base + i for i in range(3)]
print(f())

def g():
    scale = 2
    return {k: k * scale for k in "ab"}
print(g())

def h():
    n = 3
    gen = (i * n for i in range(4))
    n = 4
    return list(gen)
print(h())

def k():
    fns = [lambda: j for j in range(3)]
    return [fn() for fn in fns]
print(k())
