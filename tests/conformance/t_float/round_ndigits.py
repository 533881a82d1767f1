for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375):
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2))
print(round(1234.5678, -2), round(1234.5678, -5), round(-0.4), round(-0.0, 1), round(1e300, -299))
print(round(0.1 + 0.2, 15), round(123.456, 400), round(5e-324, 330))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
