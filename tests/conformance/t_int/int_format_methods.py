print((255).__format__("x"), (255).__format__(""), format(-255, "#x"), "{:08b}".format(5), "{:+}".format(0), "{:o}".format(64))
print(int.__format__(10, "c"), f"{10:^7}|", f"{-10:=7}|", f"{2 ** 70:,}", f"{2 ** 70:e}")
