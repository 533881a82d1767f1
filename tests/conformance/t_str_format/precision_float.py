x = 1234.56789
for p in range(0, 8):
    print(p, format(x, "." + str(p) + "f"), format(x, "." + str(p) + "e"), format(x, "." + str(p) + "g"), format(x, "." + str(p)), format(x, "." + str(p) + "%"))
