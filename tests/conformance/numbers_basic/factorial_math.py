import math
print(math.factorial(50))
print(math.factorial(20), math.factorial(0))
print(math.gcd(12, 18), math.gcd(2 ** 100, 6 ** 50))
print(math.isqrt(10 ** 20), math.isqrt(99))
print(math.comb(50, 25), math.perm(10, 3))
print(math.pi, math.e, math.tau)
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf))
print(math.log(100, 10), math.log2(1024), math.log10(1000), math.exp(0))
print(math.sin(0), math.cos(0), round(math.atan2(1, 1) * 4, 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.copysign(3, -0.0), math.fabs(-4), math.hypot(3, 4), math.prod([1, 2, 3, 4]))
try:
    math.factorial(-1)
except ValueError as e:
    print(e)
