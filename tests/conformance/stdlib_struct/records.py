# Typical uses of struct: binary records, headers, network byte order, round trips.
import struct
from collections import namedtuple

Point = namedtuple("Point", "x y z")
rec = struct.Struct("<3f")
data = rec.pack(1.0, -2.5, 3.25)
print(data.hex(), rec.size, rec.format)
print(Point._make(rec.unpack(data)))

header = struct.pack(">4sHHI", b"RIFF", 1, 2, 0xDEADBEEF)
print(header)
magic, major, minor, length = struct.unpack(">4sHHI", header)
print(magic, major, minor, hex(length))

# network order, mixed with padding
pkt = struct.pack("!BxH", 7, 513)
print(pkt, struct.calcsize("!BxH"), struct.unpack("!BxH", pkt))

# records packed back to back and read with iter_unpack
entry = struct.Struct("<hB?")
blob = b"".join(entry.pack(i * 100 - 150, i, i % 2 == 0) for i in range(4))
for fields in entry.iter_unpack(blob):
    print(fields)
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))

# pack_into / unpack_from with offsets into a shared buffer
buf = bytearray(16)
struct.pack_into("<I", buf, 0, 0x01020304)
struct.pack_into("<d", buf, 8, 2.5)
entry.pack_into(buf, 4, -1, 255, True)
print(buf.hex())
print(struct.unpack_from("<I", buf), struct.unpack_from("<d", buf, offset=8), entry.unpack_from(buf, 4))
print(struct.unpack_from("<H", buf, -2))

# native alignment vs standard sizes
for fmt in ["bhiq", "@bhiq", "=bhiq", "<bhiq", "qb", "bq", "3s i", "0s", "2x", "?e", "5p"]:
    print(repr(fmt), struct.calcsize(fmt))

# strings: s pads/truncates, p is a Pascal string
print(struct.pack("5s", b"hi"), struct.pack("2s", b"hello"), struct.pack("4p", b"hello"), struct.unpack("4p", b"\x02abc"))
print(struct.pack("c3c", b"a", b"b", b"c", b"d"))

# floats in every width
for x in [0.0, -0.0, 1.0, 0.1, 1e-5, 65504.0, float("inf"), -float("inf")]:
    print(x, struct.pack("<e", x).hex(), struct.pack("<f", x).hex(), struct.pack(">d", x).hex(),
          struct.unpack("<e", struct.pack("<e", x))[0], struct.unpack("<f", struct.pack("<f", x))[0])
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan, struct.pack("<d", float("nan")).hex(), struct.pack(">f", float("nan")).hex())

# integer limits
for code in "bBhHiIlLqQnN":
    size = struct.calcsize(code)
    lo = 0 if code.isupper() else -(1 << (size * 8 - 1))
    hi = (1 << (size * 8)) - 1 if code.isupper() else (1 << (size * 8 - 1)) - 1
    print(code, size, struct.unpack(code, struct.pack(code, lo)), struct.unpack(code, struct.pack(code, hi)))
print(struct.unpack("<q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8), struct.unpack(">i", b"\x80\x00\x00\x00"))

# bool, __index__, format as bytes
class Seven:
    def __index__(self):
        return 7
print(struct.pack("<?i", [], Seven()), struct.pack(b"<h", True), struct.Struct(b">h").format)
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
print(sorted(n for n in dir(struct) if not n.startswith("_")))
