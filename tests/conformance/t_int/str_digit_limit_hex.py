import sys
x = 1 << 20000
h = hex(x)
print(len(h), h[:10])
print(int(h, 16) == x, int(h[2:], 16) == x)
print(len(bin(x)), len(oct(x)))
sys.set_int_max_str_digits(640)
try:
    repr(10 ** 700)
except ValueError as e:
    print(e)
print(len(format(10 ** 700, "x")))
