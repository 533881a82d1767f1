from fractions import Fraction
import numbers
import math

F = Fraction
print(F(3, 4), repr(F(6, 8)), F(-6, 8), F(6, -8), F(5), F(), F(F(1, 3)), F(2, 1))
for s in ('3/4', ' -2/3 ', '1.5', '-.25', '1e3', '1.5e-3', '7', '1_000/3', '+5/10', '1.', '2.E2', ' 3 / 4 '):
    print(repr(s), repr(F(s)))
print(F(0.75), F(0.1), F(-2.5), F.from_float(0.5), F.from_float(3), F(1, 3).as_integer_ratio())
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(F(-1, 2)))
print(a + 1, 1 + a, a * 3, 2 - a, 1 / a, a ** 2, a ** -2, F(-2, 3) ** -3, 2 ** F(3), F(4) ** F(1, 2))
print(a + 0.5, 0.5 + a, a * 1j, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, F(1, 2) != 1)
print(a < b, a > b, a <= F(1, 3), a < 1, a > 0.3, F(1, 2) < 0.6, sorted([F(1, 2), F(1, 3), 0.4, 1]))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)))
print(int(F(7, 2)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2))
print(float(F(1, 3)), bool(F(0)), bool(F(1, 9)), F(1, 3).is_integer(), F(4, 2).is_integer())
print(F('3.14159265358979').limit_denominator(1000), F(1, 3).limit_denominator(2), F(math.pi).limit_denominator(100))
print(F(1, 3).numerator, F(1, 3).denominator, F(-4, 6).numerator, F(-4, 6).denominator)
print(isinstance(F(1), numbers.Rational), isinstance(F(1), numbers.Real), isinstance(1, numbers.Rational))
print(isinstance(1.5, numbers.Real), isinstance(1.5, numbers.Rational), isinstance(1j, numbers.Complex))
print(issubclass(int, numbers.Integral), issubclass(bool, numbers.Number), isinstance('x', numbers.Number))
print(f'{F(1, 3)}', format(F(1, 3), '.5f'), format(F(-2, 3), '10.3f'), format(F(1, 8), '.1%'), str(F(10, 4)))
print(sum([F(1, 2), F(1, 3), F(1, 6)]), max(F(1, 2), F(2, 3)), F(1, 2) in {0.5}, {F(1, 2): 'x'}[0.5])
for bad in (lambda: F(1, 0), lambda: F('abc'), lambda: F('1/0'), lambda: F(1.5, 2),
            lambda: F(float('nan')), lambda: F(float('inf')), lambda: F([1]), lambda: F(1, 3) / 0,
            lambda: F(0) ** -1, lambda: F.from_float('x'), lambda: F(1, 3).limit_denominator(0),
            lambda: F('1/'), lambda: F('1 /2x'), lambda: F(1, 3) + 'x', lambda: F(1, 2) < 'a'):
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
