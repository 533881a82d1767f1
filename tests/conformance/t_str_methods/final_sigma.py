for s in ("ΣΑΣ", "ΣΑΣ ΣΑΣ", "Σ", "ΑΣ.", "ΑΣΑ", "A Σ", "ΑΣ\u0301", "ΑΣ'Σ", "ΟΔΟΣ"):
    print(repr(s), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
