s = "aaa bbb aaa"
print(s.replace("a", "x"), s.replace("a", "x", 2), s.replace("a", "x", 0), s.replace("a", "x", -1), s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), s.replace("aaa", ""))
print("abc".replace("b", "ββ"), "ααα".replace("α", "a"), s.replace("zz", "y"), "abc".replace("", ""))
try:
    s.replace("a")
except TypeError as e:
    print(e)
print(s.replace("a", "b", count=1) if False else s.replace("a", "b", 1))
