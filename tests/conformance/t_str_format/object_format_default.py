print(object.__format__(5, ""), (5).__format__("x"), (1.5).__format__(".1f"), "ab".__format__(">4"))
try:
    object.__format__(5, "d")
except TypeError as e:
    print(e)
print(type(format(1, "")).__name__, format(1.0), format(-0.0), format(1e16), format(1e300, ""))
