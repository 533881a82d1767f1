def v(tag, val):
    print("eval", tag)
    return val

class Obj:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

o = Obj()
o.a = o.b = v("rhs", 1)
d = {}
d[v("key", "k")] = v("value", 2)
print(d)
x = [0, 0]
x[v("index", 0)], x[v("index2", 1)] = v("r1", 5), v("r2", 6)
print(x)
print(v("left", 1) + v("right", 2) * v("third", 3))
f = lambda *a: a
print(f(v("a1", 1), v("a2", 2), k=v("kw", 3)) if False else f(v("a1", 1), v("a2", 2)))
