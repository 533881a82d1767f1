import numbers
from fractions import Fraction
for v in (1, True, 1.5, 2j, Fraction(1, 2), 'x', None):
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(v, c)])
class Meters(numbers.Real):
    def __init__(self, v): self.v = float(v)
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, n=None): return round(self.v, n)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __repr__(self): return f'Meters({self.v})'
m = Meters(3)
print(m - 1, 1 - m, divmod(m, 2), complex(m), m.real, m.imag, m.conjugate(), bool(Meters(0)), isinstance(m, numbers.Complex))
class Bad(numbers.Integral):
    pass
try:
    Bad()
except TypeError as e:
    print(str(e).split(' with')[0])
numbers.Integral.register(Meters) if False else None
print(issubclass(bool, numbers.Integral), issubclass(Fraction, numbers.Integral), numbers.Number.__hash__)
