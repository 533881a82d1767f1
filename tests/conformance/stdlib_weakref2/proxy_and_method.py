import weakref


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10

    def __add__(self, other):
        return self.v + other

    def __call__(self, x):
        return x + self.v


b = Box(5)
p = weakref.proxy(b)
print(p.v, p.get(), len(p), p[2], p + 1)
p.v = 7
print(b.v, p(1))
print(type(p) is weakref.CallableProxyType)
plain = object.__new__(type("Plain", (), {}))
pp = weakref.proxy(plain)
print(type(pp) is weakref.ProxyType, type(pp).__name__)
print(weakref.proxy(b) is p)
print(weakref.getweakrefcount(b))
try:
    hash(p)
except TypeError:
    print("proxy unhashable")
calls = []
p2 = weakref.proxy(b, lambda w: calls.append(w is p2))
del b
print(calls)
for action in (lambda: p.v, lambda: p.get(), lambda: len(p), lambda: p(1)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
wm = weakref.WeakMethod(c.bump)
print(wm()(), wm()(), c.n)
print(wm() == c.bump, wm == weakref.WeakMethod(c.bump))
died = []
wm2 = weakref.WeakMethod(c.bump, lambda w: died.append("method died"))
del c
print(wm(), died)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
