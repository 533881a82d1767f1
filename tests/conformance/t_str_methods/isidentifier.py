for s in ("abc", "_x", "1a", "a1", "", "class", "é", "a-b", "ℕ", "x\u0301", "℘", "·a", "a·", "None", "𝔘𝔫𝔦"):
    print(repr(s), s.isidentifier())
