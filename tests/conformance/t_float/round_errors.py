for f in (lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.5), lambda: round("1.5"), lambda: round(1.5, "2")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2), round(number=2.5), round(number=2.567, ndigits=2))
