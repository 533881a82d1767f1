s = "Straße Ünïcödé ΣΊΣΥΦΟΣ"
print(s.lower())
print(s.upper())
print(s.casefold())
print(len(s), len(s.encode()))
print([hex(ord(c)) for c in "é€😀"])
print("😀".encode("utf-8"), len("😀"), "😀"[0] == "😀")
print(sorted(["é", "e", "z", "a", "É"]))
print("ǅ".lower(), "ǅ".upper(), "ǅ".title(), "ﬁ".upper())
