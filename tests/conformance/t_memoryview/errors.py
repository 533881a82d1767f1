for o in ("str", 5, [1], None):
    try:
        memoryview(o)
    except TypeError as e:
        print(e)
m = memoryview(b"abc")
try:
    hash(memoryview(bytearray(b"x")))
except ValueError as e:
    print(e)
print(hash(m) == hash(b"abc"), list(m), bytes(m[5:]), m.tobytes(), m.cast("B").tolist())
