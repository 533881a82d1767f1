import math
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.isqrt(10 ** 30), math.isqrt(99), math.lcm(4, 6), math.factorial(25))
print(math.comb(50, 25), math.perm(10, 3))
