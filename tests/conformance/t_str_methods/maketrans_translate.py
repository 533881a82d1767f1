t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t2 = str.maketrans("ab", "cd", "e")
print(sorted(t2.items()), "abecede".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "ZZ", "é": 101})
print(sorted(t3.items()), "abcé".translate(t3))
print("hello".translate({ord("l"): "L"}), "hello".translate({}), "abc".translate([]) if False else "")
for f in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5})):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
