import struct

def encode(values):
    return struct.pack("<" + "H" * len(values), *values)

print(encode([1, 2, 3]))
try:
    encode([1, -2])
except struct.error as e:
    print("error:", e)
encode([70000])
