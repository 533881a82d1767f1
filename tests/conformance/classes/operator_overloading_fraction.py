def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        g = gcd(n, d)
        sign = -1 if d < 0 else 1
        self.n, self.d = sign * n // g, sign * d // g
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"
    def _coerce(self, o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __sub__(self, o):
        return self + (-self._coerce(o))
    def __rsub__(self, o):
        return self._coerce(o) - self
    def __truediv__(self, o):
        o = self._coerce(o)
        return self * Frac(o.d, o.n)
    def __eq__(self, o):
        o = self._coerce(o)
        return self.n == o.n and self.d == o.d if o is not NotImplemented else NotImplemented
    def __lt__(self, o):
        o = self._coerce(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, -h)
print(h == Frac(2, 4), h == 0.5, sorted([h, t, Frac(3, 4), Frac(-1, 5)]), float(t))
print(sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    h + 0.5
except TypeError as e:
    print(e)
