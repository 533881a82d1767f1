for s in ("ǅungla", "ǆ", "İstanbul", "ŉ", "ﬃ", "ß", "ᾳ", "ΐ", "ǰ", "Ǳ", "ǲ", "ﬀ tea", "ß straße", "Ⅻ", "ⓐⓑ", "𐐨𐐩", "ᏸ", "ꭰ"):
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
for s in ("ΑΣ ΑΣ.", "Σ", "ΣΑ", "aΣ", "Σ1", "Σ\u0301x", "x\u0301Σ", "ΑΣ\u200d", "aΣ'", "'Σ'"):
    print(repr(s), repr(s.lower()), repr(s.title()))
print("ǅ".istitle(), "ǅa".istitle(), "Ǆ".isupper(), "ǆ".islower(), "ᾼ".istitle(), "ⅰ".islower(), "Ⅰ".isupper(), "ª".islower(), "ʰ".islower())
print([c for c in ("a", "_", "1", "·", "ℕ", "℘", "℮", "゛", "゜", "ᢅ", "〇", "ⅰ", "\u0300", "\u00b7", "\u0387", "\u1369", "\u19da", "\u2118") if ("a" + c).isidentifier()])
print([c for c in ("a", "_", "ℕ", "℘", "℮", "゛", "゜", "ᢅ", "〇", "ⅰ", "\u2118", "\u212e", "\u309b") if c.isidentifier()])
print("straße".casefold() == "STRASSE".casefold(), "ΜΆΪΟΣ".casefold(), "ﬁ".casefold(), "ẞ".casefold(), "ſ".casefold(), "µ".casefold())
