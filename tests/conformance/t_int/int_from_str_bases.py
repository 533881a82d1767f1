for base in range(2, 37):
    s = "10"
    print(base, int(s, base), int("zz"[:1] if base > 35 else "1", base))
print(int("Zz", 36), int("zZ", 36))
print(int("ff", 16), int("FF", 16), int("777", 8), int("1010", 2))
