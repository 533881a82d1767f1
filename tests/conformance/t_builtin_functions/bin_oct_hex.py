for v in (0, 1, -1, 10, -10, 255, 2 ** 64, -(2 ** 64), True):
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for v in (1.5, "1", None):
    try:
        hex(v)
    except TypeError as e:
        print(e)
