for s in ("42", "-42", "+42", "", "-", "abc", "3.14", "-3.14", "١"):
    print(repr(s.zfill(5)), repr(s.zfill(1)), repr(s.zfill(-1)))
