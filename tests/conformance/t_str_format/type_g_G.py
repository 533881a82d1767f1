for v in (0.0, -0.0, 1.0, 0.0001, 0.00001, 123456, 1234567, 1e16, 1.5e-300, 100.0, 0.1, 2.0 / 3, float("inf"), float("nan"), 42):
    print(format(v, "g"), format(v, "G"), format(v, ".2g"), format(v, ".10g"), format(v, "#g"), format(v, ".0g"))
