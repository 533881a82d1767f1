def f(a, b=2):
    c = a + b
    snap = locals()
    return sorted(snap.items())
print(f(1))

def g():
    x = 1
    d = locals()
    d["x"] = 99
    return x
print(g())

def h():
    out = []
    for name in ("p", "q"):
        out.append(name)
    return sorted(locals())
print(h())

class K:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
