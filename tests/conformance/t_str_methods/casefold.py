for s in ("Straße", "ΣΑΣ", "ﬁ", "İstanbul", "MASSE", "ǅ", "ß".upper(), "ᾼ", "abc"):
    print(repr(s), repr(s.casefold()), s.casefold() == s.lower())
print("straße".casefold() == "STRASSE".casefold())
