a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[5:2], a[1:-1:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[:0] = ["front"]
print(b)
b[len(b):] = ["back"]
print(b)
c = list(range(6))
c[::2] = ["e", "e", "e"]
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(e)
del c[::2]
print(c)
d = [1, 2, 3, 4]
del d[1:3]
print(d)
e = [0, 1, 2]
e[1:2] = []
print(e)
try:
    a[20]
except IndexError as e:
    print(e)
try:
    a[20] = 1
except IndexError as e:
    print(e)
