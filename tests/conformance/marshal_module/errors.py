import marshal

for bad in [b"", b"i\x01", b"z\x05ab", b"?", b"\x00", b"Q", b"0", b"(\x01\x00\x00\x000",
            b"r\x00\x00\x00\x00", b"{", b"l\x01\x00\x00\x00\x00\x00", b"l\x01\x00\x00\x00\x00\x80"]:
    try:
        print(marshal.loads(bad))
    except Exception as e:
        print(bad, type(e).__name__, e)

for bad in ["text", 42, None, [1]]:
    try:
        marshal.loads(bad)
    except TypeError as e:
        print("TypeError:", e)

class C:
    pass

for v in [C(), C, object(), print, [1, object()], {1: C}, range(3), slice(1), NotImplemented]:
    try:
        marshal.dumps(v)
    except ValueError as e:
        print("ValueError:", e)

class MyInt(int):
    pass

for v in [MyInt(3), (MyInt(4),)]:
    try:
        marshal.dumps(v)
    except ValueError as e:
        print("subclass ValueError:", e)

try:
    marshal.dumps(1, "4")
except TypeError as e:
    print("TypeError:", e)
