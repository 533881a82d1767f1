for b in (b"abc", b"ABC", b"Abc", b"123", b"a1", b" \t\n", b"", b"\xe9", b"Hello World", b"_"):
    print(b, b.isalnum(), b.isalpha(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle(), b.isascii())
