s = "abababa"
print(s.count("a"), s.count("aba"), s.count(""), s.count("b", 2), s.count("a", 1, -1), s.count("x"), s.count("a", 100))
print("".count(""), "".count("", 1), "abc".count("", 3), "abc".count("", 4), "aaaa".count("aa"))
print("ααβα".count("α"), s.count("a", None, None), s.count("a", -3))
try:
    s.count()
except TypeError as e:
    print(e)
try:
    s.count(1)
except TypeError as e:
    print(e)
