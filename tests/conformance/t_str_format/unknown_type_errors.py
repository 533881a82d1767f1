for v, spec in ((1, "q"), (1.5, "x"), (1.5, "b"), ("a", "d"), ("a", "f"), (1, "s"), (True, "s"), (1j, "d"), (1, "=<"), ("a", "="), ("a", "+"), (1, ".f"), (1, "5.5.5"), (1.5, "c"), ("a", "#")):
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
