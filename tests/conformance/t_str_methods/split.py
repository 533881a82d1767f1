for s in ("a b  c", "  a b  ", "", "   ", "a\tb\nc\x0bd\x1ce\u3000f\x85g", "a,b,,c,"):
    print(s.split(), s.split(None, 1), s.split(","), s.split(",", 1), s.split(maxsplit=0))
print("a::b::c".split("::"), "abc".split("abc"), "x".split("x"), "a b c".split(" ", -1), "aXbXc".split(sep="X", maxsplit=1))
try:
    "a".split("")
except ValueError as e:
    print(e)
