ba = bytearray(b"0123456789")
m = memoryview(ba)
v = memoryview(m)
print(v.obj is ba, v.readonly, v.tobytes(), m[2:8][1:3].tobytes(), m[::-1][::2].tobytes(), m[8:2:-2].tolist())
m[::2] = b"abcde"
print(ba)
m[-1] = 33
print(ba, m[-1], m[-10])
for key in (10, -11, 1.5, "a", None):
    try:
        print(m[key])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(len(m[5:5]), m[5:5].tobytes(), m[5:5].tolist(), bool(m), bool(m[5:5]) if False else "-")
m.release()
m.release()
for f in (lambda: m.tobytes(), lambda: m[0], lambda: m.nbytes, lambda: m.cast("B"), lambda: list(m)):
    try:
        print(f())
    except ValueError as e:
        print(e)
print(v.tobytes())
try:
    ba.extend(b"x")
except BufferError as e:
    print(e)
del v
ba.extend(b"x")
print(ba, m == m, m != ba)
with memoryview(b"abc") as w:
    print(w[1], w.tolist())
try:
    w[0]
except ValueError as e:
    print(e)
it = iter(memoryview(b"xyz"))
print(type(it).__name__, next(it), list(it))
