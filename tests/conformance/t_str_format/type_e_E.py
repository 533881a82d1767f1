for v in (0.0, 1.0, -1.5, 123456789.0, 1e-10, 1e300, 5e-324, float("inf"), float("-nan"), 12):
    print(format(v, "e"), format(v, "E"), format(v, ".0e"), format(v, ".2E"), format(v, "+15.3e") + "|")
