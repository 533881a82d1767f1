def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)

def empty():
    return 5
    yield
try:
    next(empty())
except StopIteration as e:
    print("empty returned", e.value)

def none_return():
    yield
try:
    g2 = none_return()
    next(g2)
    next(g2)
except StopIteration as e:
    print(e.value, e.args)
