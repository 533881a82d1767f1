for v in (0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 61 + 5, -(2 ** 61), 2 ** 100, -(2 ** 100), 10 ** 30, 123456789):
    print(v, hash(v))
print(hash(True), hash(False), hash(-1) == hash(-2))
