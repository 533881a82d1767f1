for s in ("abc", "", " ", "\t", "\n", "\x0b\x0c\x1c\x1d\x1e\x1f\x85", "\xa0", "\u2028", "\u200b", "a\x7f", "é", "\u3000", "\ufeff", "\U0001F600"):
    print(repr(s), s.isprintable(), s.isspace())
