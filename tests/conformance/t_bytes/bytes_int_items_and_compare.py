b = b"AZaz09"
print([c for c in b], [chr(c) for c in b], b[0] == 65, b[0:1] == b"A", b[0] == b"A", bytes([b[0]]))
print(b"a" < b"b", b"a" < b"aa", b"\xff" > b"\x00\xff", b"" == bytearray(), sorted([b"b", b"A", b"\x00"]))
