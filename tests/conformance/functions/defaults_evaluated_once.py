calls = []

def make_default(tag):
    calls.append(tag)
    return tag * 2

def f(a=make_default("x"), b=make_default("y")):
    return a + b

print(calls)
print(f(), f(), f("q"))
print(calls)

n = 10
def g(x=n):
    return x
n = 20
print(g(), n)
print(g.__defaults__)
g.__defaults__ = (99,)
print(g())
