X = 41

def f():
    return X + 1

print(f.__globals__ is globals())
print(f.__globals__["X"])
print(f.__closure__)

def make(n):
    m = n * 2
    def add(x):
        return x + n + m
    return add

a = make(5)
print(len(a.__closure__))
print(sorted(a.__code__.co_freevars))
print([c.cell_contents for c in a.__closure__])
print(type(a.__closure__[0]).__name__)
print(a(1))
