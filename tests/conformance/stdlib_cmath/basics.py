import cmath
import math

print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(3 + 4j))
print(cmath.exp(1j * cmath.pi), cmath.exp(0), cmath.exp(1 + 1j))
print(cmath.log(-1), cmath.log(1j), cmath.log(8, 2), cmath.log10(100), cmath.log(math.e))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2))
print(cmath.rect(1, cmath.pi / 2), cmath.rect(2, 0), cmath.rect(0, 1))
for f in (cmath.sin, cmath.cos, cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh,
          cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh):
    print(f.__name__, f(0.5 + 0.25j), f(2), f(-3j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(cmath.nanj))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
print(math.asinh(1.5), math.acosh(2.5), math.atanh(0.25), math.cbrt(8.0), math.exp2(10))
for bad in (lambda: cmath.log(0), lambda: cmath.atanh(1), lambda: cmath.sqrt("x"), lambda: cmath.exp(1000),
            lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: cmath.isclose(1, 2, rel_tol=-1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self):
        return 2j
print(cmath.sqrt(C()), cmath.exp(1.0), cmath.sqrt(True))
print(abs(cmath.exp(cmath.log(3 + 4j)) - (3 + 4j)) < 1e-12)
