s = "one one one"
print(s.replace("one", "1", 2), s.replace("one", "1", -1), s.replace("one", "1", 0))
for kw in ({"count": 1}, {"old": "one", "new": "x"}):
    try:
        s.replace("one", "1", **kw) if "count" in kw else s.replace(**kw)
    except TypeError as e:
        print(e)
print("abc".replace("", "|", 2), "aaa".replace("a", "aa"), "abc".replace("abc", "", 1))
