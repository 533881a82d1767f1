import math
print(math.sqrt(2), math.exp(1), math.log(10), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.sin(0), math.cos(0), math.pi, math.e, math.tau, math.inf, math.nan)
print(math.fabs(-2), math.fmod(-7, 3), math.copysign(1, -0.0), math.hypot(3, 4), math.fsum([0.1] * 10), sum([0.1] * 10))
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
