for s in ("123", "٣", "²", "½", "Ⅻ", "一", "12.5", "-1", "", "０１", "𝟘", "①", "⒈"):
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric())
