print(format(5, "f"), format(5, "e"), format(5, "g"), format(5, "%"), format(5, "G"), format(2 ** 80, ".3e"), format(-7, "F"))
print(format(10 ** 30, "f"), format(10 ** 30, "g"), format(True, "f"))
