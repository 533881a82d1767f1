ba = bytearray(b"abcdef")
m = memoryview(ba)
m[0] = ord("A")
m[1:3] = b"BC"
print(ba, m.readonly, m.obj is ba)
try:
    m[0:2] = b"xyz"
except ValueError as e:
    print(e)
try:
    ba.append(1)
except BufferError as e:
    print(e)
m.release()
ba.append(ord("!"))
print(ba)
try:
    len(m)
except ValueError as e:
    print(e)
with memoryview(b"ctx") as mv:
    print(mv.tobytes())
