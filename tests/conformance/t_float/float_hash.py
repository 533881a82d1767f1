for v in (0.0, -0.0, 1.0, 1.5, -1.5, 0.1, 1e300, 2.0 ** 61, float("inf"), float("-inf"), 1e-300):
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(2.0 ** 70) == hash(2 ** 70), hash(-1.0))
