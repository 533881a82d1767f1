x = 1
y = x + 2 * 3 - -4
s = "a" + "b"
t = (1, 2, (3, "x"))
big = 2 ** 100
z = x if y > 2 else None
print(x, y, sep=", ")
a, *b, c = range(5)
d = {"k": x, **{"j": 2}}
e = [*b, 1]
f = f"{x!r:>{y}} and {s}"
del x
