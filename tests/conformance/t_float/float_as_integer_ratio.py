for v in (0.5, 0.1, -2.25, 0.0, 1e20, 3.0, 5e-324):
    print(repr(v), v.as_integer_ratio())
for v in (float("inf"), float("nan")):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
