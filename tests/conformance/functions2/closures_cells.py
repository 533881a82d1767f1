fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    def get():
        return x
    return inc, get
inc, get = make()
inc(); inc()
print(get(), inc(), get())
def counter():
    count = 0
    def c():
        nonlocal count
        count += 1
        return count
    return c
c1, c2 = counter(), counter()
print(c1(), c1(), c2())
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x = x * 10
            return x
        return inner
    r = mid()()
    return r, x
print(outer())
def lazy():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(e)
    y = 5
    return f()
print(lazy())
def delcell():
    x = 1
    def f(): return x
    del x
    try:
        f()
    except NameError as e:
        print(e)
    try:
        print(x)
    except UnboundLocalError as e:
        print(e)
delcell()
def unbound():
    print(x)
    x = 1
x = 99
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def gl():
    global newg
    newg = 5
gl()
print(newg)
def shadow():
    x = "local"
    class C:
        x = "class"
        def m(self):
            return x
        y = [x for _ in range(1)]
    return C().m(), C.y
print(shadow())
gens = []
for i in range(3):
    gens.append((i * j for j in range(2)))
print([list(g) for g in gens])
def cell_loop():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    i = 100
    return [f() for f in fns]
print(cell_loop())
