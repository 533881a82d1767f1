for s in ("abc", "abc1", "", " ", "é", "ß", "٣", "½", "a_b", "ǅ", "漢字", "Ⅻ", "²", "\u0301"):
    print(repr(s), s.isalnum(), s.isalpha(), s.isascii())
