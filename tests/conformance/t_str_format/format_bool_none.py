print(format(True, ""), format(True, "s") if False else "", format(True, "d"), format(True, "5"), format(False, ".1f"), f"{True!r:>6}", f"{None!s:^8}|", format(None, ""))
try:
    format(None, "d")
except TypeError as e:
    print(e)
try:
    format(True, "s")
except ValueError as e:
    print(e)
