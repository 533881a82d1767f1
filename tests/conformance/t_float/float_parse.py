for s in (" 1_0.5 ", "1_000.000_1", "1e5", "1E-5", ".5", "5.", "-.5e+3", "  +3.25\n", "0x1p3" , "infinity", "-nan", "1e500", "-1e500", "1e-500", "١٫٥", "1.5\u2003", "00012.5"):
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
