for v in (0, -0.0, 5, -5, 2.5, -2.5):
    print(repr(v), format(v, "+08"), format(v, "-08"), format(v, " 08"), format(v, "+08.1f"), format(v, "=+8"), format(v, "<+8") + "|")
