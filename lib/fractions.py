"""pyvm's fractions: exact rational numbers (Fraction), as CPython's module behaves.

Mixed arithmetic follows the numeric tower: with ints and Fractions the result is a Fraction,
with floats a float, with complex numbers a complex. Hashes agree with equal ints and floats.
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

_PyHASH_MODULUS = sys.hash_info.modulus if hasattr(sys, 'hash_info') else (1 << 61) - 1
_PyHASH_INF = sys.hash_info.inf if hasattr(sys, 'hash_info') else 314159


def _hash_algorithm(numerator, denominator):
    try:
        dinv = pow(denominator, -1, _PyHASH_MODULUS)
    except ValueError:
        hash_ = _PyHASH_INF
    else:
        hash_ = hash(hash(abs(numerator)) * dinv)
    result = hash_ if numerator >= 0 else -hash_
    return -2 if result == -1 else result


def _digits(text, i):
    """Read digits with single underscores between them from text[i:]; (digits, end)."""
    start = i
    n = len(text)
    while i < n and text[i].isdigit() and text[i].isascii():
        i += 1
        if i < n - 1 and text[i] == '_' and text[i + 1].isdigit():
            i += 1
    return text[start:i].replace('_', ''), i


def _parse(literal):
    """(numerator, denominator) of a Fraction literal such as ' -3/4 ', '1.5e-3'; or None."""
    text = literal.strip()
    i = 0
    n = len(text)
    negative = False
    if i < n and text[i] in '+-':
        negative = text[i] == '-'
        i += 1
    if not (i < n and (text[i].isdigit() or (text[i] == '.' and i + 1 < n
                                             and text[i + 1].isdigit()))):
        return None
    num, i = _digits(text, i)
    numerator = int(num or '0')
    denominator = 1
    j = i
    while j < n and text[j].isspace():
        j += 1
    if j < n and text[j] == '/':
        j += 1
        while j < n and text[j].isspace():
            j += 1
        den, j = _digits(text, j)
        if not den or j != n:
            return None
        denominator = int(den)
    else:
        if i < n and text[i] == '.':
            decimal, i = _digits(text, i + 1)
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
        if i < n and text[i] in 'eE':
            k = i + 1
            exp_negative = False
            if k < n and text[k] in '+-':
                exp_negative = text[k] == '-'
                k += 1
            exp, k = _digits(text, k)
            if not exp:
                return None
            exp = int(exp)
            if exp_negative:
                denominator *= 10 ** exp
            else:
                numerator *= 10 ** exp
            i = k
        if i != n:
            return None
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction(numbers.Rational):
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75), Fraction('1.5')."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or type(numerator).__name__ == 'Decimal':
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        if type(dec).__name__ != 'Decimal':
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        obj = super(Fraction, cls).__new__(cls)
        obj._numerator = numerator
        obj._denominator = denominator
        return obj

    def is_integer(self):
        """Return True if the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """Return a pair of integers whose ratio is equal to the original Fraction."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    def __format__(self, format_spec, /):
        if not format_spec:
            return str(self)
        kind = format_spec[-1]
        if kind in 'eEfFgG%':
            if kind in 'fF%' and '.' in format_spec:
                return self._format_fixed(format_spec)
            return format(float(self), format_spec)
        raise ValueError(f'Invalid format specifier {format_spec!r} for object of type '
                         f'{type(self).__name__!r}')

    def _format_fixed(self, spec):
        # Exact rounding (half to even) for the 'f' and '%' types; the rest of the spec
        # (fill, alignment, sign, width, grouping) is applied by str.format on the digits.
        kind = spec[-1]
        head, _, prec = spec[:-1].rpartition('.')
        if not prec.isdigit():
            return format(float(self), spec)
        prec = int(prec)
        value = self * 100 if kind == '%' else self
        scaled = round(value * 10 ** prec)
        negative = scaled < 0 or (scaled == 0 and value < 0)
        digits = str(abs(scaled)).rjust(prec + 1, '0')
        text = digits[:len(digits) - prec] + ('.' + digits[len(digits) - prec:] if prec else '')
        if '#' in head and not prec:
            text += '.'
        head = head.replace('#', '')
        if kind == '%':
            text += '%'
        sign = '-' if negative else ''
        if head and head[-1] in ',_':
            grouping = head[-1]
            head = head[:-1]
            whole, dot, rest = text.partition('.')
            whole = format(int(whole), grouping)
            text = whole + dot + rest
        if head.endswith('z'):
            head = head[:-1]
            if scaled == 0:
                sign = ''
        fill_align = ''
        if len(head) >= 2 and head[1] in '<>=^':
            fill_align, head = head[:2], head[2:]
        elif head and head[0] in '<>=^':
            fill_align, head = head[0], head[1:]
        if head and head[0] in '+- ':
            if not negative and head[0] == '+':
                sign = '+'
            elif not negative and head[0] == ' ':
                sign = ' '
            head = head[1:]
        zero = head.startswith('0')
        width = int(head) if head.isdigit() else 0
        if zero and not fill_align:
            return sign + text.rjust(width - len(sign), '0')
        return format(sign + text, (fill_align or '>') + (str(width) if width else ''))

    # ----- arithmetic ---------------------------------------------------------------------

    def _operator_fallbacks(monomorphic_operator, fallback_operator):
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            if isinstance(b, int):
                return monomorphic_operator(a, Fraction._from_coprime_ints(b, 1))
            if isinstance(b, float):
                return fallback_operator(float(a), b)
            if isinstance(b, complex):
                return fallback_operator(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + fallback_operator.__name__ + '__'

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic_operator(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback_operator(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return fallback_operator(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + fallback_operator.__name__ + '__'
        return forward, reverse

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db + nb * da, da * db)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        return Fraction(na * db - nb * da, da * db)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (db * a._numerator))
        return Fraction(a._numerator * db, a._denominator * nb)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: a Fraction for integral exponents, else a float or complex."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_coprime_ints(a._numerator ** power,
                                                       a._denominator ** power)
                if a._numerator > 0:
                    return Fraction._from_coprime_ints(a._denominator ** -power,
                                                       a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % a._denominator ** -power)
                return Fraction._from_coprime_ints((-a._denominator) ** -power,
                                                   (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b with a Fraction exponent."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): half to even, like the builtin types."""
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        return _hash_algorithm(self._numerator, self._denominator)

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
