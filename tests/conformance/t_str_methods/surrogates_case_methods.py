for s in ("a\ud800B\udcff", "\udc80abc", "ΑΣ\ud800ΣΑ", "x\udcffσς y", "\ud800"):
    print(ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()), ascii(s.casefold()))
s = "a\ud800B\udcff"
print(ascii(s.strip()), ascii(s.zfill(8)), ascii(s.splitlines()), ascii(s.split()), ascii(s.partition("B")))
print(s.isalpha(), s.isupper(), s.islower(), s.isspace(), s.isdigit(), s.isidentifier(), s.isascii(), s.istitle(), s.isprintable())
print(ascii(s.replace("B", "\udc80")), ascii(s[::-1]), ascii(s * 2), ascii("".join([s, s])), ascii(s.translate({0xd800: "X"})))
print(s.find("\udcff"), s.count("\ud800"), s.index("B"), s.startswith("a\ud800"), ascii(f"{s}"), ascii(str(s)), ascii(repr(s)))
print(hash(s) == hash("a\ud800B\udcff"), s == "a\ud800B\udcff", s < "b", sorted([s, "a"])[0] == "a", len({s, s}))
