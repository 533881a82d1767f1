def check(fn, /, *a, **k):
    try:
        r = fn(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def f0(): pass
def f1(a): return a
def f2(a, b): return a, b
def f3(a, b, c): return a, b, c
def f4(a, b, c, d): return a, b, c, d
def fd(a, b=2): return a, b
def fdd(a, b=2, c=3): return a, b, c
def fk(*, x): return x
def fk2(*, x, y): return x, y
def fk3(*, x, y, z): return x, y, z
def fkd(a, *, x, y=1): return a, x, y
def fpo(a, b, /, c): return a, b, c
def fpo2(a, b=1, /, *, c): return a, b, c
def fva(a, *args): return a, args
def fvk(a, **kw): return a, kw
def fall(a, b=1, /, c=2, *args, d, e=5, **kw): return a, b, c, args, d, e, kw

check(f0, 1)
check(f0, 1, 2)
check(f0, x=1)
check(f1)
check(f1, 1, 2)
check(f2)
check(f2, 1)
check(f3)
check(f3, 1)
check(f4)
check(f4, d=1)
check(f2, 1, 2, 3)
check(fd)
check(fd, 1, 2, 3)
check(fdd, 1, 2, 3, 4)
check(fdd, 1, 2, 3, 4, 5)
check(fk)
check(fk2)
check(fk3)
check(fk3, y=1)
check(fk, 1)
check(fk, 1, x=2)
check(fk2, 1, 2)
check(fkd, 1, 2)
check(fkd, 1, 2, x=3)
check(fkd, 1, 2, 3, x=3)
check(fkd)
check(fpo, 1, 2, 3)
check(fpo, a=1, b=2, c=3)
check(fpo, 1, b=2, c=3)
check(fpo, 1, 2)
check(fpo2, c=1)
check(fpo2, 1, b=2, c=1)
check(fpo2, 1, 2, 3)
check(fva)
check(fva, 1, 2, 3, a=4)
check(fvk, 1, a=2)
check(fvk, 1, b=2, c=3)
check(fvk)
check(f1, b=1)
check(f1, 1, b=1)
check(f2, 1, a=1)
check(f2, 1, 2, a=1)
check(fall)
check(fall, 1)
check(fall, 1, d=1)
check(fall, 1, 2, 3, 4, 5, d=6, f=7)
check(fall, 1, a=5, d=6)
check(fall, a=1, b=2, d=3)
check(lambda: 0, 1)
check(lambda x: x)
check(lambda x, y: x, 1)
check(lambda x, y, z: x)
check(lambda *, k: k)
check(lambda x: x, y=1)
check(fd, 1, 2, b=3)
check(fd, b=3)
check(f2, 1, 2, **{'c': 3})
check(f2, *[1, 2, 3])
check(f2, **{'a': 1, 'b': 2, 'z': 3})
check(fk3, 1, 2, 3)
check(fk3, 1, x=1)
check(fkd, 1, 2, 3)
check(fdd, 1, 2, 3, c=4)
check(fdd, 1, 2, 3, 4, c=4)
