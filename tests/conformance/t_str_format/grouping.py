for v in (0, 1, 999, 1000, -1000, 1234567, 12345678901234567890, -0.5, 1234.5678, 1e16):
    print(format(v, ","), format(v, "_"), format(v, ",.2f") if isinstance(v, float) else format(v, "_x"), format(v, "20,") )
print(format(123456789, "_b"), format(2 ** 40, "_o"), format(2 ** 40, "_X"), format(1234567.891, ",.1e"), format(1234567.891, ",g"))
