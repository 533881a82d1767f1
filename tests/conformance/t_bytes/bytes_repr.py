for b in (b"", b"abc", b"'", b'"', b"'\"", b"\x00\x7f\x80\xff", b"\t\n\r\\", bytes(range(0, 256, 17))):
    print(repr(b), str(b))
print(repr(bytearray(b"a'b")), repr(bytearray()), bytearray(b"\x00x"))
