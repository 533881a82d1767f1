for c in ("a", "é", "€", "\U0001F600", "\x00"):
    print(ord(c), repr(chr(ord(c))))
print(repr(chr(0x10FFFF)), repr(chr(0xD800)))
for f in (lambda: chr(0x110000), lambda: chr(-1), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(5), lambda: ord(b"ab")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")))
