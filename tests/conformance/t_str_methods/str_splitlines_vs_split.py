for s in ("a\nb", "a\r\nb\n", "\n\n", "a\x0cb", "x\u2029y", "no newline"):
    print(repr(s), s.splitlines(), s.split("\n"), s.splitlines(True))
