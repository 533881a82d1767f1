import collections.abc as c
objs = [1, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), iter([]), (x for x in []), len, print, lambda: 0, {}.keys(), {}.values(), {}.items(), memoryview(b""), type, None, zip(), map(len, []), enumerate([]), reversed([]), object(), slice(1), 1j, True]
names = [n for n in c.__all__ if n != "ByteString"]
for o in objs:
    print(type(o).__name__, "".join("1" if isinstance(o, getattr(c, n)) else "0" for n in names))
print(names)
