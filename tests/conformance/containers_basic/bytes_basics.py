b = b"hello"
print(b, b[0], b[1:3], len(b), list(b[:2]), b.upper(), b + b"!", b * 2)
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"a" in b"cat", 97 in b"a")
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, bytes(ba), len(ba))
print(b"a,b".split(b","), b" x ".strip(), b"ab".hex(), bytes.fromhex("4142"))
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
print(repr(b"\x00\xff\n'\""), b"abc" == bytearray(b"abc"))
