print(b"%s %d %x %r %a %c %c %%" % (b"bytes", 42, 255, b"r", "é", 65, b"Z"))
print(b"%5s|%-5s|%05d|%.2f|%e|%(k)s" % (b"ab", b"cd", 3, 1.5, 2.0, b"x") if False else b"%5s|%-5s|%05d|%.2f|%e" % (b"ab", b"cd", 3, 1.5, 2.0))
print(b"%(k)s %(n)d" % {b"k": b"v", b"n": 7})
for fmt, arg in ((b"%s", "str"), (b"%s", 5), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%b", b"x")):
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)
print(b"%b" % bytearray(b"ba"), b"%s" % memoryview(b"mv"))
