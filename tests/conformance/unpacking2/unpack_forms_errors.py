def t(thunk):
    try:
        print("ok", thunk())
    except Exception as e:
        print(type(e).__name__, e)
def u3(v):
    a, b, c = v
    return a, b, c
def u2(v):
    a, b = v
    return a, b
def us(v):
    a, *b, c = v
    return a, b, c
def us2(v):
    a, b, *c, d, e = v
    return a, b, c, d, e
t(lambda: u3([1, 2]))
t(lambda: u3([1]))
t(lambda: u3([]))
t(lambda: u2([1, 2, 3]))
t(lambda: u2([1, 2, 3, 4]))
t(lambda: u2(iter([1, 2, 3])))
t(lambda: u2(x for x in range(5)))
t(lambda: u2(5))
t(lambda: u2(None))
t(lambda: u2("ab"))
t(lambda: u2({"a": 1, "b": 2}))
t(lambda: u2({1: 2}.items()))
t(lambda: us([1]))
t(lambda: us([1, 2]))
t(lambda: us([1, 2, 3, 4]))
t(lambda: us2([1, 2, 3]))
t(lambda: us2(range(4)))
t(lambda: us2(range(7)))
t(lambda: us(5))
def nested(v):
    (a, b), [c, *d] = v
    return a, b, c, d
t(lambda: nested([(1, 2), [3, 4, 5]]))
t(lambda: nested([(1, 2, 3), [3]]))
t(lambda: nested([(1, 2), 5]))
def starfirst(v):
    *a, b = v
    return a, b
t(lambda: starfirst([1]))
t(lambda: starfirst([]))
x = [1, 2, 3]
i = 0
i, x[i] = 1, 9
print(i, x)
a = b = c = [1]
print(a is b is c)
a, b = b, a = 1, 2
print(a, b)
(a, b), c = "xy", 3
print(a, b, c)
[a, [b, [c]]] = 1, (2, [3])
print(a, b, c)
for k, (v1, *vs) in {"p": [1, 2, 3], "q": "ab"}.items():
    print(k, v1, vs)
print([*range(3), *"ab", *{1: 2}])
print({**{"a": 1}, "b": 2, **dict(c=3)})
print((*[1], ))
s = {*range(3), *[2, 3]}
print(sorted(s))
first, *rest = "hello"
print(first, rest)
class Obj: pass
o = Obj()
o.a, o.b = 1, 2
print(o.a, o.b)
d = {}
d["x"], d["y"] = "XY"
print(d)
def multi():
    return 1, 2, 3
*_, last = multi()
print(last)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c, d = 1, 2
except ValueError as e:
    print(e)
class LenLies:
    def __iter__(self): return iter([1, 2, 3])
    def __len__(self): return 2
try:
    a, b = LenLies()
except ValueError as e:
    print(e)
class Infinite:
    def __iter__(self): return self
    def __next__(self): return 1
try:
    a, b = Infinite()
except ValueError as e:
    print(e)
a, *b = Infinite.__mro__
print(a.__name__, len(b))
srcs = ["*a = [1]", "a, *b, *c = x", "*a, *b = x", "[*a] = [1]", "del *a", "*a", "print(*)", "a = *b",
        "(*a) = 1", "*a, = [1]", "x = [*]", "f(**)", "a, b += 1", "[a, b] += 1", "(a) += 1", "f() = 1",
        "1 = x", "None = 1", "a + 1 = 2", "[x for x in y] = 1", "a, 1 = x", "del f()", "del 1", "del (a, 1)",
        "x = yield = 1", "lambda: 1 = 2", "a if b else c = 1", "(a, b) := 1", "a.b := 1", "f'{x}' = 1",
        ", = 1", "*a, *b, c = d", "a[1:2], *b = 1, 2", "True = 1", "__debug__ = 1", "x.__debug__ = 1",
        "def f(*): pass", "def f(*, **k): pass", "def f(a, a): pass", "def f(a=1, b): pass", "lambda a, a: 0",
        "def f(**k, a): pass", "f(a=1, 2)", "f(**k, *a)", "f(a for a in b, c)", "f(a=1, a=2)", "f(x.y=1)",
        "f(True=1)", "def f(__debug__): pass", "nonlocal x", "def f():\n x = 1\n global x",
        "def f(a):\n global a", "def f():\n nonlocal y", "return 1", "yield 1", "break", "continue",
        "for x in y:\n def f():\n  break", "class C:\n return 1", "def f():\n x = 1\n nonlocal x",
        "async def f():\n yield from x", "def f():\n await x", "await x", "async with x: pass",
        "def f():\n async for x in y: pass", "[x async for x in y]"]
for s in srcs:
    try:
        compile(s, "<u>", "exec")
        print(repr(s), "compiled")
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset)
