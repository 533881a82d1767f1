for s in ("  abc  ", "\t\n abc\x0b\x0c", "xxabcxx", "", "\u3000a\xa0", "abc"):
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xa")), repr(s.lstrip("x")), repr(s.rstrip("cx")))
print(repr("aaa".strip("a")), repr("abcba".strip("ab")), repr("abc".strip(None)), repr("abc".strip("")))
try:
    "a".strip(1)
except TypeError as e:
    print(e)
