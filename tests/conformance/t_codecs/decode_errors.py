for data, enc in ((b"\xff\xfe\x00", "utf-16"), (b"a\xe2\x82", "utf-8"), (b"\x80abc", "ascii"), (b"\xed\xa0\x80", "utf-8"), (b"\xf5\x80", "utf-8"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"ab", "utf-32")):
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(e.encoding, e.start, e.end, e.reason, repr(e.object), "|", e)
for errors in ("replace", "ignore", "backslashreplace", "surrogateescape"):
    print(errors, repr(b"a\xff\xe2\x82b\xc3".decode("utf-8", errors)))
print(repr(b"\xed\xa0\x80x".decode("utf-8", "surrogatepass")))
try:
    b"\xff".decode("utf-8", "nonsense")
except LookupError as e:
    print(type(e).__name__, e)
print(repr(b"\xef\xbb\xbfhi".decode("utf-8-sig")), repr(b"hi".decode("utf-8-sig")), repr(b"\xef\xbb\xbfhi".decode("utf-8")))
print(repr(b"\xfe\xff\x00h\x00i".decode("utf-16")), repr(b"h\x00i\x00".decode("utf-16-le")), repr(b"\x00h".decode("utf-16-be")))
print(repr(b"\x3d\xd8\x42\xde".decode("utf-16-le")), repr(b"\x3d\xd8".decode("utf-16-le", "replace")))
