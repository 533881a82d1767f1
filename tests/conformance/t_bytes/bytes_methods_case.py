b = b"Hello World \xe9 123"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.isalpha(), b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b"  ".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii(), b"".isascii())
