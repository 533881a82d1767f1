g = {}
exec("def sq(x): return x * x\nresult = sq(7)", g)
print(g["result"], eval("sq(3)", g), eval("sq(n)", g, {"n": 4}))
l = {}
exec("a = 1\nb = a + 1", None, l) if False else exec("a = 1\nb = a + 1", {}, l)
print(sorted(l.items()))
print(eval("__name__"), eval("x", {"x": "glob"}, {"x": "loc"}))
try:
    eval("x", {}, [])
except TypeError as e:
    print(e)
try:
    eval("1", [])
except TypeError as e:
    print(e)
