print([ord(c) for c in "Az09 ~"], "".join(chr(i) for i in range(97, 103)))
print(chr(0x1F600), ord("😀"), chr(0), repr(chr(127)))
print(bin(5), bin(-5), oct(64), oct(-8), hex(4096), hex(-1), hex(2 ** 64))
print(int(bin(37), 2), int(hex(999), 16), int(oct(77), 8))
print(format(10, "b"), format(255, "08b"), format(255, "#06x"))
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
