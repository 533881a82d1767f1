a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = "xy"
print(f, g)
h, = [9]
print(h)
x = y = z = 0
print(x, y, z)
i, j, k = range(3)
print(i, j, k)
for key, value in {"p": 1, "q": 2}.items():
    print(key, value)
for n, (l, r) in enumerate([(1, 2), (3, 4)]):
    print(n, l, r)
