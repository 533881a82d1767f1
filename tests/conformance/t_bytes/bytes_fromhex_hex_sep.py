b = bytes(range(1, 9))
print(b.hex(), b.hex(" "), b.hex(" ", 3), b.hex(" ", -3), b.hex(b"|"), b.hex(":", 8), b.hex(":", 100))
for sep in ("ab", "é", 5):
    try:
        b.hex(sep)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex("0a\t0b\n0c"), bytes.fromhex(" "))
