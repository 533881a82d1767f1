s = "abracadabra"
print(s.find("a"), s.find("bra"), s.find("bra", 2), s.find("z"), s.find(""), s.find("", 11), s.find("", 12), s.find("a", -3), s.find("a", 1, 3))
print(s.rfind("a"), s.rfind("bra"), s.rfind("bra", 0, 8), s.rfind("z"), s.rfind(""), s.rfind("a", -3, -1), s.rfind("", 5, 2))
print("ünïcödé".find("ö"), "ünïcödé".rfind("é"), s.find("a", None), s.find("c", True))
