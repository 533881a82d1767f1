print(b"abc".replace(b"b", b"XX"), b"aaa".replace(b"a", b"b", 2), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-5".zfill(4), b"a\tb".expandtabs(4))
print(b"pre-x".removeprefix(b"pre-"), b"x.py".removesuffix(b".py"))
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"a"))
print(b"\xc3\xa9t\xc3\xa9".decode(), b"\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"), b"\xff".decode("ascii", "ignore"), b"\xffa".decode("utf-8", "backslashreplace"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
