for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (7.5, 2), (-7.5, 2), (2 ** 100, 7), (True, 2), (1e300, 1e-300)):
    print(a, b, divmod(a, b))
for a, b in ((1, 0), (1.0, 0), (1j, 1), ("a", 1)):
    try:
        divmod(a, b)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
