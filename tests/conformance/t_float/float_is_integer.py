for v in (1.0, 1.5, -0.0, 1e300, float("inf"), float("nan"), 2.0 ** 53 + 0.5 if False else 2.0 ** 52 + 0.5):
    print(repr(v), v.is_integer())
