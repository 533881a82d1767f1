def t(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__code__.co_freevars, counter.__code__.co_cellvars)

def multi():
    a = b = 0
    def set_both(x):
        nonlocal a, b
        a, b = x, x * 2
    set_both(3)
    return a, b
print(multi())

def nested3():
    x = 'outer'
    def mid():
        def inner():
            nonlocal x
            x = 'inner'
        inner()
        return x
    r = mid()
    return r, x
print(nested3())

gx = 0
def glob_in_nested():
    gx = 'local'
    def inner():
        global gx
        gx = 'global set'
    inner()
    return gx
print(glob_in_nested(), gx)

def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i): return i
        fs.append(f)
    gs = [lambda: i for i in range(3)]
    hs = []
    for j in range(3):
        hs.append(lambda: j)
    return [f() for f in fs], [g() for g in gs], [h() for h in hs]
print(loop_closures())

def class_in_func_nonlocal():
    v = 1
    class C:
        def m(self):
            nonlocal v
            v += 10
            return v
    C().m()
    return v
print(class_in_func_nonlocal())

def del_then_closure():
    x = 1
    def g(): return x
    del x
    try:
        g()
    except NameError as e:
        print('NameError', e)
    x = 2
    return g()
print(del_then_closure())

def walrus_scope():
    [y := 5 for _ in range(1)] if False else [(y := k) for k in range(3)]
    return y
print(walrus_scope())

def walrus_nested():
    def inner():
        return [(z := k) for k in range(2)], z
    return inner()
print(walrus_nested())

def walrus_nonlocal():
    w = 0
    def inner():
        nonlocal w
        [(w := k) for k in range(4)]
    inner()
    return w
print(walrus_nonlocal())

def genexp_scope():
    x = 10
    g = (x + i for i in range(3))
    x = 20
    return list(g)
print(genexp_scope())

def genexp_first_iter():
    it = [1, 2]
    g = (i for i in it)
    it = [3, 4]
    return list(g)
print(genexp_first_iter())

def late_binding_default():
    d = 1
    def f(a=d): return a
    d = 2
    return f()
print(late_binding_default())

print([f.__code__.co_varnames for f in [counter, multi]])
def cv(a, b=1, *args, c, **kw):
    d = a
    def inner(): return d
    return inner
print(cv.__code__.co_varnames, cv.__code__.co_cellvars, cv.__code__.co_nlocals, cv(1, c=2).__code__.co_freevars)
def cv2():
    x = y = 1
    for k in range(2): pass
    with open(__file__) as fh: pass
    try: pass
    except Exception as exc: pass
    import os.path as op
    return [q for q in range(1)]
print(cv2.__code__.co_varnames, cv2.__code__.co_nlocals)
