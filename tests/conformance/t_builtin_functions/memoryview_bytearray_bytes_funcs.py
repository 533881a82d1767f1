print(bytes(2), bytearray(2), memoryview(b"x").tobytes(), bytes([1]), bytearray([1]), bytes(b"a"), bytearray(bytearray(b"b")))
for f in (lambda: bytes("a"), lambda: bytearray("a"), lambda: bytes(-1), lambda: bytearray(-1), lambda: bytes(1, "utf-8"), lambda: bytes(errors="x")):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
