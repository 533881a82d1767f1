for v in (0, 7, -7, 2 ** 31, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63), 10 ** 50 - 1):
    s = str(v)
    print(s, int(s) == v, int(hex(v), 16) == v, int(oct(v), 8) == v, int(bin(v), 2) == v, int(bin(v), 0) == v)
