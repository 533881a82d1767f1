for v in (0.5, -0.5, 0.1, 1e100, -1e100, 2.0 ** 61, 2.0 ** 62, 1.0, 123.456, 5e-324, float("inf"), float("-inf"), -0.0):
    print(repr(v), hash(v))
print(hash(0.5) == hash(1 / 2), hash(10.0) == hash(10), hash(2.0 ** 100) == hash(2 ** 100))
