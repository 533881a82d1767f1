for s in ("a b  c ", "  a  ", "", "   ", "a", "x\u3000y\x1cz", "a\ud800 b\udcff"):
    print(ascii(s.rsplit()), ascii(s.rsplit(None, 1)), ascii(s.rsplit(maxsplit=0)), ascii(s.split()), ascii(s.split(None, 1)))
for s, sep in (("a,b,,c", ","), (",a,", ","), ("aaa", "aa"), ("abc", "x"), ("a--b--c", "--"), ("", ",")):
    print(ascii(s.rsplit(sep)), ascii(s.rsplit(sep, 1)), ascii(s.rsplit(sep, 0)), ascii(s.split(sep, 1)))
print(ascii("a\ud800b".rpartition("\ud800")), ascii("x\ud800".removesuffix("\ud800")), ascii("\ud800\tq".expandtabs(4)))
