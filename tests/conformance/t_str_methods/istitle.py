for s in ("Hello World", "Hello world", "HELLO", "Hello", "", "1A", "A1b", "ǅungla", "Élan Vital", "They'Re", "A.B.C"):
    print(repr(s), s.istitle())
