ba = bytearray(b"abc")
print(type(ba + b"x").__name__, type(b"x" + ba).__name__, type(ba * 2).__name__, type(ba[1:]).__name__, type(ba.upper()).__name__, ba == b"abc", ba < b"abd", type(bytes(ba)).__name__)
print(ba[0], ba[-1], ba[::-1], ba.index(b"c"), ba.count(98), 99 in ba, b"bc" in ba)
