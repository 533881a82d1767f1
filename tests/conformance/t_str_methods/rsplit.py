for s in ("a b  c", "  a b  ", "", "a,b,,c,"):
    print(s.rsplit(), s.rsplit(None, 1), s.rsplit(","), s.rsplit(",", 1), s.rsplit(maxsplit=0))
print("a::b::c".rsplit("::", 1), "aaa".rsplit("aa"), "aaa".split("aa"))
try:
    "a".rsplit("")
except ValueError as e:
    print(e)
