for w in (-1, 0, 3, 6):
    print(repr("abc".ljust(w)), repr("abc".rjust(w)), repr("abc".ljust(w, "-")), repr("abc".rjust(w, "é")))
try:
    "a".ljust(5, "ab")
except TypeError as e:
    print(e)
try:
    "a".rjust()
except TypeError as e:
    print(e)
