for s in ("hello world", "HELLO", "", "ßtraße", "ǆemal", "ﬁsh", "1abc", " abc", "éCOLE", "ΣΑΣ", "ŉx"):
    print(repr(s), repr(s.capitalize()))
