for s in ("a\tb", "\t", "abc\tdef\tg", "12345678\tx", "a\nb\tc", "a\r\tb", ""):
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)), repr(s.expandtabs(tabsize=3)))
