print(b"\x01\xab\xff".hex(), b"".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex("_", -2), bytearray(b"\x10").hex())
print(bytes.fromhex("01 ab ff"), bytes.fromhex(""), bytes.fromhex("DEADbeef"), bytearray.fromhex(" 00 11 "))
for s in ("0", "zz", "0 1", "1g"):
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print(e)
try:
    bytes.fromhex(b"00")
except TypeError as e:
    print(e)
