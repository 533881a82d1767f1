for v in (-0.0, 0.0, -0.001, -0.5, 0.001, -1e-10):
    print(repr(v), format(v, ".2f"), format(v, "z.2f"), format(v, "z.0f"), format(v, "+z.1f"), format(v, "zg"), format(v, "z.1e"), format(v, "z.1%"))
try:
    format(5, "z")
except ValueError as e:
    print(e)
try:
    format(5, "zd")
except ValueError as e:
    print(e)
print(format(complex(-0.0, -0.0), "z.1f") if False else "complex-z-skipped")
