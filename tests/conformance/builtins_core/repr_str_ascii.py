values = [1, -1.5, "text", "quote's", 'dq"', b"\x01", [1, "a"], (1,), {"k": None}, {1}, frozenset(), None, True, ..., NotImplemented, range(3), slice(1, 2), 2j, print, len]
for v in values:
    print(repr(v), "|", str(v), "|", ascii(v))
print(repr("é☃"), ascii("é☃"), repr("\x1b"), repr("\u200b"))
