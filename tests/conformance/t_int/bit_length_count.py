for v in (0, 1, -1, 2, 7, 8, -8, 255, 256, 2 ** 64, -(2 ** 64), 2 ** 100 - 1):
    print(v, v.bit_length(), v.bit_count())
print((True).bit_length(), (12345678901234567890).bit_count())
