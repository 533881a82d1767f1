vals = (1234.5678, -1234.5678, 2.5e15, 1e300, -1e300, 5e-324, 0.5, 15.0, 25.0, 35.0, 45.0, 150.0, 250.0, 1.7976931348623157e308, 123456789.0, 0.0, -0.0)
for v in vals:
    out = []
    for nd in (-1, -2, -3, -10, -300, -308, -400):
        try:
            out.append(repr(round(v, nd)))
        except OverflowError as e:
            out.append("OverflowError")
    print(repr(v), " ".join(out))
print(round(5.0, -1), round(15.0, -1), round(25.0, -1), round(-25.0, -1), round(2.675, 2), round(2.665, 2))
print(round(1.5e308, -308), round(float("inf"), -2), round(float("nan"), -2), round(-0.0, -1))
