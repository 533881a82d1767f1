for s in ("ß", "ﬃ", "ŉ", "ǰ", "ΐ", "ᾀ", "ﬆ", "ẞ", "ᵏ"):
    u = s.upper()
    print(repr(s), repr(u), [hex(ord(c)) for c in u], repr(s.lower()), repr(s.title()))
