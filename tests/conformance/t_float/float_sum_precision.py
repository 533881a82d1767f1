import math
vals = [1e16, 1.0, -1e16] * 3
print(sum(vals), math.fsum(vals), sum([0.1] * 3), math.fsum([0.1] * 3), sum([1e100, 1.0, -1e100, 1.0]))
print(sum((0.1, 0.2)), 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, math.isclose(0.1 + 0.2, 0.3))
