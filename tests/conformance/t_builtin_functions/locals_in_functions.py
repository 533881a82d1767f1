def f(x, *args, **kw):
    y = x * 2
    return sorted(locals())
print(f(1), f(1, 2, k=3))
def g():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    return sorted(l1), sorted(l2), l1 is l2
print(g())
print(sorted(k for k in locals() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
