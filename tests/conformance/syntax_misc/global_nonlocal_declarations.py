g1 = g2 = 0
def f():
    global g1, g2
    g1, g2 = 1, 2
f()
print(g1, g2)
def outer():
    a = b = 0
    def inner():
        nonlocal a, b
        a, b = 10, 20
    inner()
    return a, b
print(outer())
