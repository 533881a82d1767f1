a = b"abc"
print(a + b"def", a * 3, 2 * a, a * 0, a == b"abc", a < b"abd", a != bytearray(b"abc"), a == "abc", a + bytearray(b"!"), type(a + bytearray(b"!")).__name__)
for f in (lambda: a + "x", lambda: a < "b", lambda: a * 1.5, lambda: "x" + a):
    try:
        print(f())
    except TypeError as e:
        print(e)
print(hash(b"") == hash(""), sorted([b"b", b"a", b"ab"]), max(b"azc"), list(reversed(b"abc")))
