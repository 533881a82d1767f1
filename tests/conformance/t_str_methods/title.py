for s in ("hello world", "HELLO WORLD", "they're bill's friends", "ß x", "ǆa ǆb", "ﬁsh ﬂy", "a1b2 c3d", "hello_world", "élan", "ŉa", ""):
    print(repr(s), repr(s.title()))
