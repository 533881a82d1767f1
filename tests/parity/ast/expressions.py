"""Every expression form of the ASDL."""
a and b
a or b or c
a and b or c and d
(y := 10)
[y := f(x), y**2]
a + b - c * d / e // f % g ** h @ i
a << b >> c | d ^ e & f
-a, +a, ~a, not a
lambda: 0
lambda x, y=1, *args, z, w=2, **kw: x
lambda a, /, b, *, c: a
lambda *, k: k
a if b else c
{}
{1: 2, "a": b, **rest, **{3: 4}}
{1, 2, *others}
[x for x in y]
[x for x in y if x if not x for z in x]
{x for x in y}
{k: v for k, v in items.items() if k}
(x for x in y)
f(x for x in y)
a < b <= c > d >= e == f != g
a is b, a is not b, a in b, a not in b
f()
f(a, b, *args, c=1, **kwargs)
f(*a, *b, **c, **d)
f(a)(b)(c)
obj.attr.other
obj[0]
obj[1:2]
obj[::]
obj[:]
obj[1:2:3]
obj[::2]
obj[a, b]
obj[1:2, ::3]
obj[*idx]
obj[a:b, c]
*a, b = c
[*a, *b]
(*a, *b)
()
(1,)
1,
[]
[1, 2, 3]
x = [
    1,
    2,
]
x.y = z
x[0] = 1
del x, x.y, x[0], (a, b), [c, d]
print(*args, sep="")
f(a for a in b)
f(**{"a": 1})
x = yield_ = 1
f(a=1)(b=2)
not not a
-(-a)
a ** -b
(a)
((a))
