cps = [0x85, 0xa0, 0x1680, 0x2000, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0x180e, 0xfeff, 0x1c, 0x1f, 0x0b, 0x0c]
print([hex(c) for c in cps if chr(c).isspace()])
print(("a" + "".join(map(chr, cps)) + "b").split())
print("a\x1cb\x1dc\x1ed\x85e\u2028f\u2029g\x0bh\x0ci".splitlines())
print(repr("\u0378\ue000\u2028\U000e0001\u00ad\u200b\U0001f600\u0300x\ud800\x7f\x80\xa0"))
print(ascii("\u0378\ue000"), "\u0378".isprintable(), "\U0001f600".isprintable(), "\u0300".isprintable())
print([c for c in "A1_٣²Ⅷ½𝟘 " if c.isalnum()], [c for c in "A1_٣²Ⅷ½𝟘" if c.isalpha()], [c for c in "A1_٣²Ⅷ½𝟘" if c.isdigit()], [c for c in "A1_٣²Ⅷ½𝟘〇" if c.isnumeric()])
print("ǅ".upper(), "ǅ".lower(), "ǅ".title(), "ß".upper().lower(), "İ".lower().upper(), len("İ".lower()))
print("ﬁ".upper(), "ŉ".upper(), "ΐ".upper(), "ᾳ".title(), "ﬀ".title(), "Ǳ".casefold())
s = "The ǆungla ﬁsh ΣΑΣ ǲ"
print(s.title(), s.swapcase(), s.capitalize(), s.casefold())
print(" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0x\u3000".strip(), len(" \u3000x\u2028".strip()))
print("x".center(4, "é"), "é".zfill(3), "abc".expandtabs(), "\t".expandtabs(0), "a\tb".expandtabs(-1))
print(ascii(" \ud800 ".strip()), ascii("\udcffab\udcff".strip("\udcff")), "\ud800".isprintable(), "a\x7f".isprintable(), "".isprintable())
for f in (lambda: "a".strip(5), lambda: "a".lstrip(5), lambda: "a".rstrip(5)):
    try:
        f()
    except TypeError as e:
        print(e)
