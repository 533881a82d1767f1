m = memoryview(b"hello world")
print(len(m), m[0], m[-1], m[1:5].tobytes(), bytes(m[::2]), m.tobytes(), m.tolist()[:3], m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.nbytes)
print(m == b"hello world", m[2:4] == b"ll", m.hex(), type(m[1:3]).__name__, m[::-1].tobytes())
try:
    m[0] = 1
except TypeError as e:
    print(e)
try:
    m[20]
except IndexError as e:
    print(e)
