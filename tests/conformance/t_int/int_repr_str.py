for v in (0, -0, 1, -1, 10 ** 18, -(10 ** 19), 2 ** 63, -(2 ** 63), 2 ** 64):
    print(v, repr(v), str(v), v.__repr__())
print(hex(-255), oct(-8), bin(-5), hex(0), bin(0), oct(0))
print(hex(2 ** 70), bin(2 ** 65), oct(-(2 ** 66)))
