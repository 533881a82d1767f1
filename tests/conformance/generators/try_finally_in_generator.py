def gen():
    try:
        yield "a"
        return "early"
    finally:
        print("finally runs")

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)

def override():
    try:
        yield 1
    finally:
        return "from finally"
o = override()
next(o)
try:
    next(o)
except StopIteration as e:
    print(e.value)

def loop():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
for v in loop():
    if v == 1:
        break
print("after break")
