for w in range(0, 9):
    print(repr("ab".center(w)), repr("abc".center(w, "*")))
print(repr("".center(3, "é")))
for args in ((5, "ab"), (5, ""), ("5",)):
    try:
        "x".center(*args)
    except TypeError as e:
        print(e)
