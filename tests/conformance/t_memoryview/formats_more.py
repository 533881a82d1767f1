import sys
ba = bytearray(range(16))
m = memoryview(ba)
for fmt in ("B", "b", "H", "h", "I", "i", "L", "l", "Q", "q", "c"):
    c = m.cast(fmt)
    print(fmt, c.itemsize, len(c), c.nbytes, c.shape, c.strides, c.tolist()[:3])
d = memoryview(bytearray(16)).cast("d")
d[0] = 1.5
d[1] = -2
print(d.tolist(), d.format, d[0], type(d[1]).__name__)
f = memoryview(bytearray(8)).cast("f")
f[1] = 0.1
print(f.tolist())
h = m.cast("H")
h[0] = 0xFFFF
print(ba[:4], h[0])
for bad in (70000, -1, "x"):
    try:
        h[1] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for fmt in ("Z", "BB", "@H"):
    try:
        print(m.cast(fmt).format)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    memoryview(bytearray(3)).cast("H")
except TypeError as e:
    print(e)
try:
    m[::2].cast("B")
except TypeError as e:
    print(e)
try:
    m.cast("H").cast("I")
except TypeError as e:
    print(e)
print(m.cast("H") == m.cast("H"), m.cast("B") == bytes(ba), memoryview(b"ab").cast("c") == b"ab")
try:
    hash(memoryview(b"ab").cast("H"))
except ValueError as e:
    print(e)
print(hash(memoryview(b"ab").cast("c")) == hash(b"ab"))
