gv = 1
def f(a):
    b = 2
    l = locals()
    return sorted(l.items())
print(f(1))
g = globals()
print(g["gv"], g is globals(), "__name__" in g, g["__name__"], "__builtins__" in g)
g["new_global"] = 5
print(new_global)
class C:
    x = 1
    names = sorted(locals())
print(C.names)
