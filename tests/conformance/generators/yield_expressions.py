def g():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    print("got", a, b, c)
    yield (yield 5) if a else "no"

gen = g()
print(next(gen))
print(gen.send("A"))
print(gen.send(5))
print(gen.send("x"))
print(gen.send("y"))
print(gen.send("z"))
print(next(gen, "end"))

def lam():
    f = lambda: (yield "from lambda")
    return f
print(list(lam()()))
