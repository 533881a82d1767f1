pairs = [("Straße", "STRASSE"), ("ǅ", "ǆ"), ("ΣΑΣ", "σας"), ("İ", "i̇"), ("ﬁ", "FI"), ("Ω", "ω")]
for a, b in pairs:
    print(repr(a), repr(b), a.lower() == b.lower(), a.casefold() == b.casefold(), a.upper() == b.upper())
