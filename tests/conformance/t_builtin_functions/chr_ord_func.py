print(chr(65), chr(0x263A), chr(0), repr(chr(127)), chr(True), ord("A"), ord("\u263a"), ord(b"\x00"), ord(bytearray(b"\xff")))
for f in (lambda: chr(1114112), lambda: chr(-5), lambda: chr(65.0), lambda: ord("xy"), lambda: ord(b""), lambda: ord(1), lambda: ord([])):
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
