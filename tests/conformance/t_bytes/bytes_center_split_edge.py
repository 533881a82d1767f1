print(b"abc".split(b"b"), b"a b".split(None), b"".split(), b"".split(b"x"), b"aaa".split(b"a"), b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1))
try:
    b"abc".split(b"")
except ValueError as e:
    print(e)
print(b"x".center(4), b"x".center(5, b"-"), b"abc".ljust(2), b"abc".zfill(5), b"+5".zfill(4))
try:
    b"x".center(4, b"ab")
except TypeError as e:
    print(e)
