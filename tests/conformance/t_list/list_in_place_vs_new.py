a = [1, 2]
b = a
a = a + [3]
print(a, b, a is b)
c = [1, 2]
d = c
c += [3]
print(c, d, c is d)
e = [1]
f = e
e *= 3
print(e, f, e is f)
