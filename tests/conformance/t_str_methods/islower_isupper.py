for s in ("abc", "ABC", "aBc", "abc1", "1", "", "ß", "ǅ", "Σ", "σς", "ABC1 !", "ᵃ", "ª"):
    print(repr(s), s.islower(), s.isupper(), s.istitle())
