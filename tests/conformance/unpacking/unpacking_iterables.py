a, b, c = {"x": 1, "y": 2, "z": 3}
print(a, b, c)
k, v = ("key", "val")
first, second = iter([1, 2])
print(k, v, first, second)
(x, y), = [(8, 9)]
print(x, y)
m, n = sorted({3, 1})
print(m, n)
s, *t = b"bytes"
print(s, t)
def gen():
    print("gen started")
    yield "g1"
    yield "g2"
p, q = gen()
print(p, q)
r1, r2 = map(str.upper, "ab")
print(r1, r2)
