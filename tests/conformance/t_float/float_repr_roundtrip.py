import math
vals = [0.1 * i for i in range(12)] + [1 / i for i in range(1, 12)] + [math.pi * 10 ** e for e in range(-5, 20, 4)]
for v in vals:
    print(repr(v), float(repr(v)) == v, str(v) == repr(v))
