import re

scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", lambda s, tok: ("name", tok)),
    (r"(\d+)(\.\d*)?", lambda s, tok: ("num", tok)),
    (r"[-+*/=]", lambda s, tok: ("op", tok)),
    (r"\s+", None),
])
print(scanner.scan("x = 3.5 * y2 + 10 ?rest"))
p = re.compile(r"\w+")
sc = p.scanner("ab cd  ef")
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.search())
print(re.findall(r"(?i)[^a]", "aAbB"), re.findall(r"(?i)[\w]", "aÀ_"))
print(re.match(r"(?i)ǅ", "ǆ"), re.match(r"(?i)ǆ", "Ǆ"), re.match("(?i)[ǅ]", "ǆ"))
print(re.match(r"(?i)\u0131", "I"), re.match(r"(?i)i", "\u0131"))
print(re.match(r"(?i)µ", "Μ"), re.match(r"(?i)[µ]", "μ"), re.match("(?i)ﬀ", "FF"))
print(re.findall(r"(?ai)k", "kK\u212a"), re.findall(rb"(?i)k", b"kK"))
print(re.findall(r"\s", "\x1c\x1f\x85\xa0 "), re.findall(rb"\s", b"\x1c\x85 \x0b"))
print(re.findall(r"\w", "²½Ⅳ٣_"), re.findall(r"\d", "²½٣"), re.findall(r"[^\W\d]", "a1_é"))
print(re.split(r"(?=b)", "abab"), re.sub(r"(?<=a)", "-", "aaa"), re.findall(r"a|b|", "abc"))
print(re.match(r"(a)(?:b|(c))*", "abcb").groups(), re.match(r"((a)|b)+", "ab").groups())
print(re.match(r"$", ""), re.match(r"\b", ""), re.match(r"\B", ""), re.search(r"\B", "a"))
print(re.search(r"\Z", "ab").span(), re.search(r"$", "ab\n").span(), re.findall(r"(?m)$", "a\nb\n"))
print(re.match(r"[\b]", "\b"), re.match(r"(?x)[ ]a", " a"), re.match(r"(?x)a\ b", "a b"))
print(re.match(r"(?=(a))a\1?", "aa").span(), re.sub("(?i)b+", "x", "aBbBa"))
print(re.sub(b"x", b"y", bytearray(b"abc")), re.sub("a", "b", "xyz"))
