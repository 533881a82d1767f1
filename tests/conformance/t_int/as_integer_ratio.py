for v in (0, 5, -5, 2 ** 70, True):
    r = v.as_integer_ratio()
    print(r, type(r[0]).__name__)
print((7).numerator, (7).denominator, (7).real, (7).imag, (7).conjugate())
print((-3).is_integer() if hasattr(int, "is_integer") else "no is_integer")
