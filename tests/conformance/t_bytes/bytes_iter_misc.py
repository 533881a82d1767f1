b = b"\x00\x01\xfe"
print(list(b), tuple(iter(b)), [x for x in b"ab"], sum(b), len(b), bytes(list(b)) == b)
print(b.isdigit(), b"".join([b"x"] * 3), b"abc".find(b"c", -1), b"abc"[-1:], b"abc".count(b""))
print(bytes.fromhex("41") .decode(), b"A".lower(), str(b"A", "ascii"))
