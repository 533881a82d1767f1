for v in (0, 0.5, 1, 0.12345, -0.001, 12.3456, float("inf"), 1e-10):
    print(format(v, "%"), format(v, ".0%"), format(v, ".2%"), format(v, "10.1%") + "|", format(v, ",.1%"))
