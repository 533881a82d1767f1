for v in (0.0, 1.0, 1e16, 1e15, 1.5e-5, 123.456, 1e100, 2.0 / 3, float("inf")):
    print(format(v, ""), format(v, ".3"), format(v, ".17"), format(v, "10") + "|", format(v, "<10.2") + "|")
