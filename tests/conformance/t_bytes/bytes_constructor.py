print(bytes(), bytes(3), bytes([65, 66, 255]), bytes(b"ab"), bytes("é", "utf-8"), bytes("abc", encoding="ascii"), bytes(range(5)), bytes(bytearray(b"xy")), bytes(memoryview(b"mv")))
for args in ((-1,), ([256],), ([-1],), ("abc",), (1.5,), (["a"],), ("é", "ascii"), (b"x", "utf-8")):
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()))
