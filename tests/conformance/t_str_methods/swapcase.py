for s in ("Hello World", "ß", "ǅ", "İı", "ΣΑΣ σ", "ﬁ", "123", "µ", "ÿŸ"):
    print(repr(s), repr(s.swapcase()))
