print(repr("ααβαα".strip("α")), repr("--==text==--".strip("=-")), repr("xyz".strip("zyx")), repr("  \u2003x\u2003  ".strip()), repr("abc".lstrip("ba")), repr("abc".rstrip("cb")))
