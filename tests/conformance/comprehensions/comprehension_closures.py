def make():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make()])
def make_late():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in make_late()])
def nested_closure():
    base = 100
    return [(lambda: base + j)() for j in range(3)]
print(nested_closure())
def gen_captures():
    factor = 2
    g = (v * factor for v in range(3))
    factor = 10
    return list(g)
print(gen_captures())
