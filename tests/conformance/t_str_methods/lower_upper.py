for s in ("Hello", "ß", "İ", "ǅ", "ΣΑΣ", "ΌΣΟΣ Σ", "ﬀ", "ŉ", "ᾳ", "Ω", "µ", "ÿ", "ǰ", "abc123XYZ"):
    print(repr(s), repr(s.lower()), repr(s.upper()), len(s.upper()))
