for v in (0, 1, 5, -5, 255, 2 ** 64, -(2 ** 64) + 1):
    print(format(v, "b"), format(v, "o"), format(v, "x"), format(v, "X"), format(v, "#b"), format(v, "12x"), format(v, "<12o") + "|")
for v in (True, False):
    print(format(v, "b"), format(v, "x"), format(v, "d"))
