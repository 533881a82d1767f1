for v in (1.0, 0.5, -2.75, 0.1, 1e300, 5e-324, 0.0, -0.0, float("inf"), float("-inf"), float("nan"), 3.0, 1 / 3):
    print(repr(v), v.hex())
