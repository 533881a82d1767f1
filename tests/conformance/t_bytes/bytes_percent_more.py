print(b"%5b|%-5b|%.1b" % (b"ab", b"cd", b"xyz"))
print(b"%r %a" % ("é", b"\xff"))
print(b"%c%c%c" % (0, 255, b"\n"))
print(b"%(a)b-%(b)d-%(a)s" % {b"a": b"A", b"b": 2})
print(b"%x %o %X %#x %#o %e %g %%" % (255, 8, 255, 255, 8, 1.5, 0.0001))
print(bytearray(b"%s|%d") % (b"x", 1), type(bytearray(b"%s") % b"x").__name__)
class B:
    def __bytes__(self):
        return b"BYTES"
print(b"[%s]" % B(), b"[%b]" % memoryview(b"mv"), b"%s" % bytearray(b"ba"))
for fmt, args in ((b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%(x)s", (b"a",)), (b"%z", (1,)), (b"%c", (-1,)), (b"%c", ("a",)), (b"%d", ("1",)), (b"%(k)s", {"k": b"v"})):
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
