for v in (0.0, -0.0, 1.0, 0.125, 2.5, 3.5, 1e16, 1e-7, 1.23456789e8, float("inf"), float("nan"), 7, -2 ** 60):
    print(format(v, "f"), format(v, "F"), format(v, ".1f"), format(v, ".0f"), format(v, "10.2f") + "|")
