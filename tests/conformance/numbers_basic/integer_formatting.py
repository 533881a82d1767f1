for n in (0, 7, -7, 255, 1000000, 2 ** 40):
    print(f"{n:d} {n:,} {n:_} {n:x} {n:#o} {n:#b} {n:>12} {n:<8}| {n:+d} {n: d} {n:e}")
print(format(1234.5, ",.1f"), format(-0.0, ".1f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(f"{12:08.3f} {-12:08.3f} {3.14159:g} {1e-10:g} {1e20:g} {123456789:g}")
