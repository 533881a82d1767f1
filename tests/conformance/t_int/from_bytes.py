print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), signed=True))
print(int.from_bytes(b"\x01" * 20, "little"))
print(int.from_bytes(b"\x00\x80", byteorder="little", signed=True))
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__)
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print(e)
try:
    int.from_bytes("ab", "big")
except TypeError as e:
    print(e)
