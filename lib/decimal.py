"""pyvm's decimal: a reasonable core of decimal floating point (General Decimal Arithmetic).

Provided: Decimal from str/int/float/tuple, str/repr in the specification's scientific form,
+ - * / // % and integer powers rounded to the context precision, the eight rounding modes,
comparisons and hashes consistent with int/float, quantize, normalize, sqrt, to_integral,
as_tuple, int/float/round, format specs with 'f'/'e'/'g'/'%' and grouping, contexts
(getcontext/setcontext/localcontext, prec, rounding, traps for InvalidOperation,
DivisionByZero and Overflow) and CPython's exception classes and messages.

Not provided (documented gap): exp/ln/log10, fma, the logical and remainder_near operations,
Emin/Emax subnormal handling and clamping, signal flags beyond the traps above.
"""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
           DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
           Overflow, Underflow, FloatOperation):
    _c.__module__ = 'decimal'


def _signal(cond, ctx, result=None):
    """Raise cond when trapped (as CPython's C decimal: the message lists the condition)."""
    base = InvalidOperation if issubclass(cond, InvalidOperation) else cond
    ctx.flags[base] = True
    if ctx.traps.get(base, False):
        raise base([cond])
    return result


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


class Context(object):
    """The environment of arithmetic operations: precision, rounding and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else
                                                               ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else -999999
        self.Emax = Emax if Emax is not None else 999999
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        signals = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal,
                   Overflow, Underflow, FloatOperation]
        if traps is None:
            traps = ([InvalidOperation, DivisionByZero, Overflow] if dc is None
                     else [s for s in signals if dc.traps[s]])
        if isinstance(traps, dict):
            self.traps = {s: bool(traps.get(s, False)) for s in signals}
        else:
            self.traps = {s: s in traps for s in signals}
        if flags is None:
            flags = []
        if isinstance(flags, dict):
            self.flags = {s: bool(flags.get(s, False)) for s in signals}
        else:
            self.flags = {s: s in flags for s in signals}

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, "
                                "ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, "
                                "ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        names = {Clamped: 'Clamped', InvalidOperation: 'InvalidOperation',
                 DivisionByZero: 'DivisionByZero', Inexact: 'Inexact', Rounded: 'Rounded',
                 Subnormal: 'Subnormal', Overflow: 'Overflow', Underflow: 'Underflow',
                 FloatOperation: 'FloatOperation'}
        order = [InvalidOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
                 FloatOperation, Rounded, Clamped]
        flags = [names[s] for s in order if self.flags.get(s)]
        traps = [names[s] for s in order if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                            self.capitals, self.clamp, ', '.join(flags),
                                            ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in self.flags:
            self.flags[s] = False

    def clear_traps(self):
        for s in self.traps:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def create_decimal(self, num='0'):
        d = Decimal(num)
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _apply(self, a):
        return _convert(a, True)._fix(self)

    def add(self, a, b):
        return _convert(a, True).__add__(b, self)

    def subtract(self, a, b):
        return _convert(a, True).__sub__(b, self)

    def multiply(self, a, b):
        return _convert(a, True).__mul__(b, self)

    def divide(self, a, b):
        return _convert(a, True).__truediv__(b, self)

    def divide_int(self, a, b):
        return _convert(a, True).__floordiv__(b, self)

    def remainder(self, a, b):
        return _convert(a, True).__mod__(b, self)

    def power(self, a, b, modulo=None):
        return _convert(a, True).__pow__(b, modulo, self)

    def sqrt(self, a):
        return _convert(a, True).sqrt(self)

    def quantize(self, a, b):
        return _convert(a, True).quantize(b, context=self)

    def abs(self, a):
        return _convert(a, True).__abs__(context=self)

    def plus(self, a):
        return _convert(a, True).__pos__(self)

    def minus(self, a):
        return _convert(a, True).__neg__(self)

    def compare(self, a, b):
        return _convert(a, True).compare(b, self)

    def to_sci_string(self, a):
        return str(_convert(a, True))


_context = None


def getcontext():
    """The current context."""
    global _context
    if _context is None:
        _context = Context()
    return _context


def setcontext(context):
    """Set the current context."""
    global _context
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _context = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager for a copy of ctx (or the current context) with kwargs applied."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                       'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


def _convert(other, raise_on_bad=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raise_on_bad:
        raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)
    return NotImplemented


def _round_digits(sign, coeff, drop, rounding):
    """coeff with its last `drop` digits removed, rounded by `rounding` (sign: 0 or 1)."""
    if drop <= 0:
        return coeff * 10 ** (-drop)
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q
    half = div // 2 if div % 2 == 0 else None
    twice = 2 * r
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = twice >= div
    elif rounding == ROUND_HALF_DOWN:
        up = twice > div
    elif rounding == ROUND_HALF_EVEN:
        up = twice > div or (twice == div and q % 2 == 1)
    else:  # ROUND_05UP
        up = q % 10 in (0, 5)
    del half
    return q + 1 if up else q


class Decimal(object):
    """Floating point class for decimal arithmetic."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        self._special = ''
        if isinstance(value, str):
            s = value.strip().replace('_', '') if '_' not in value.strip()[:1] else value.strip()
            if not _parse(self, s):
                ctx = context if context is not None else getcontext()
                _signal(ConversionSyntax, ctx)
                self._sign, self._int, self._exp, self._special = 0, 0, 0, 'n'
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (value._sign, value._int,
                                                              value._exp, value._special)
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            return self
        if isinstance(value, float):
            ctx = context if context is not None else getcontext()
            if ctx.traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            ctx.flags[FloatOperation] = True
            return cls.from_float(value)
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if exp == 'F':
                self._sign, self._int, self._exp, self._special = sign, 0, 0, 'F'
                return self
            if exp in ('n', 'N'):
                self._sign, self._exp, self._special = sign, 0, exp
                self._int = int(''.join(map(str, digits)) or '0')
                return self
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            for d in digits:
                if not (isinstance(d, int) and 0 <= d <= 9):
                    raise ValueError("coefficient must be a tuple of digits")
            self._sign = sign
            self._int = int(''.join(map(str, digits)) or '0')
            self._exp = exp
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        d = object.__new__(cls)
        d._special = ''
        if _math.isinf(f) or _math.isnan(f):
            d._sign = 1 if _math.copysign(1.0, f) < 0 else 0
            d._int, d._exp = 0, 0
            d._special = 'n' if _math.isnan(f) else 'F'
            return d
        d._sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, den = abs(f).as_integer_ratio()
        k = den.bit_length() - 1
        d._int = n * 5 ** k
        d._exp = -k
        return d

    # ----- predicates and views ---------------------------------------------------------

    def _isnan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        return self._isnan()

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        digits = tuple(int(c) for c in str(self._int)) if self._int or not self._special else ()
        if self._special:
            return DecimalTuple(self._sign, digits, self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
        g = _math.gcd(n, d)
        n, d = n // g, d // g
        return (-n if self._sign else n), d

    # ----- text -------------------------------------------------------------------------

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special == 'F':
            return sign + 'Infinity'
        if self._special:
            tail = str(self._int) if self._int else ''
            return sign + ('sNaN' if self._special == 'N' else 'NaN') + tail
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            exp = 'E%+d' % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, spec):
        if not spec:
            return str(self)
        import re
        m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([eEfFgGn%])?',
                         spec)
        if m is None:
            raise ValueError("invalid format string")
        fill, align, sign, _z, _alt, zero, width, group, prec, kind = m.groups()
        if self._special:
            body = str(abs(self)) if not self._isnan() else 'NaN'
            neg = self._sign == 1
        else:
            q = self
            kind = kind or ('g' if prec is not None else None)
            ctx = getcontext()
            neg = self._sign == 1
            if kind in ('f', 'F', '%'):
                if kind == '%':
                    q = Decimal((q._sign, tuple(map(int, str(q._int))), q._exp + 2))
                p = int(prec) if prec is not None else max(-q._exp, 0)
                q = q._rescale(-p, ctx.rounding)
                body = _plain(q._int, q._exp)
                if kind == '%':
                    body += '%'
            elif kind in ('e', 'E'):
                digits = str(q._int)
                p = int(prec) if prec is not None else len(digits) - 1
                adj = q.adjusted()
                r = q._rescale(adj - p, ctx.rounding)
                if len(str(r._int)) > p + 1:
                    adj += 1
                    r = q._rescale(adj - p, ctx.rounding)
                ds = str(r._int).rjust(p + 1, '0')
                body = ds[0] + ('.' + ds[1:] if p > 0 else '') + kind + '%+d' % adj
            elif kind is None:
                body = str(abs(q))
            else:
                body = str(abs(q)) if prec is None else format(float(abs(q)), '.' + prec + kind)
        if group and 'E' not in body and 'e' not in body:
            head, dot, tail = body.partition('.')
            head = '{:,}'.format(int(head)).replace(',', group) if head.isdigit() else head
            body = head + dot + tail
        sgn = '-' if neg else ('+' if sign == '+' else (' ' if sign == ' ' else ''))
        width = int(width) if width else 0
        if zero and not align:
            fill, align = '0', '='
        fill = fill or ' '
        align = align or '>'
        pad = max(width - len(sgn) - len(body), 0)
        if align == '=':
            return sgn + fill * pad + body
        text = sgn + body
        if align == '<':
            return text + fill * pad
        if align == '^':
            return fill * (pad // 2) + text + fill * (pad - pad // 2)
        return fill * pad + text

    # ----- rounding ---------------------------------------------------------------------

    def _fix(self, ctx):
        """Round to the context's precision."""
        if self._special:
            return self
        digits = len(str(self._int))
        if digits <= ctx.prec:
            return self
        drop = digits - ctx.prec
        coeff = _round_digits(self._sign, self._int, drop, ctx.rounding)
        exp = self._exp + drop
        if len(str(coeff)) > ctx.prec:
            coeff //= 10
            exp += 1
        _signal(Inexact, ctx)
        ctx.flags[Rounded] = True
        return _make(self._sign, coeff, exp)

    def _rescale(self, exp, rounding):
        """This value with exponent exp (rounding off or padding digits)."""
        if self._special:
            return self
        if exp <= self._exp:
            return _make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        coeff = _round_digits(self._sign, self._int, exp - self._exp, rounding)
        return _make(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        """A value equal to this one (rounded) with the exponent of exp."""
        exp = _convert(exp, True)
        ctx = context if context is not None else getcontext()
        rounding = rounding or ctx.rounding
        if self._special or exp._special:
            if self._isnan() or exp._isnan():
                return _nan_result(self, exp, ctx)
            if self._special == exp._special:
                return Decimal(self)
            return _signal(InvalidOperation, ctx, _make_nan())
        ans = self._rescale(exp._exp, rounding)
        if len(str(ans._int)) > ctx.prec:
            return _signal(InvalidOperation, ctx, _make_nan())
        if ans != self:
            ctx.flags[Inexact] = True
        return ans

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return Decimal(self)
        ctx = context if context is not None else getcontext()
        return self._rescale(0, rounding or ctx.rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            return Decimal(self)
        d = self._fix(ctx)
        if d._int == 0:
            return _make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _make(d._sign, coeff, exp)

    # ----- arithmetic -------------------------------------------------------------------

    def __add__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            if self._isnan() or other._isnan():
                return _nan_result(self, other, ctx)
            if self._special and other._special and self._sign != other._sign:
                return _signal(InvalidOperation, ctx, _make_nan())
            return Decimal(self if self._special else other)
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (
                ctx.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return _make(sign, abs(total), exp)._fix(ctx)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context)

    def __rsub__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __mul__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if self._isnan() or other._isnan():
                return _nan_result(self, other, ctx)
            if self.is_zero() or other.is_zero():
                return _signal(InvalidOperation, ctx, _make_nan())
            return _make_inf(sign)
        return _make(sign, self._int * other._int, self._exp + other._exp)._fix(ctx)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            if self._isnan() or other._isnan():
                return _nan_result(self, other, ctx)
            if self._special and other._special:
                return _signal(InvalidOperation, ctx, _make_nan())
            if self._special:
                return _make_inf(sign)
            return _make(sign, 0, ctx.Etiny())
        if other._int == 0:
            if self._int == 0:
                return _signal(DivisionUndefined, ctx, _make_nan())
            return _signal(DivisionByZero, ctx, _make_inf(sign))
        if self._int == 0:
            return _make(sign, 0, self._exp - other._exp)
        prec = ctx.prec
        shift = len(str(other._int)) - len(str(self._int)) + prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            ideal = self._exp - other._exp
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return _make(sign, coeff, exp)._fix(ctx)

    def __rtruediv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context)

    def _divmod(self, other, ctx):
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                _signal(DivisionUndefined, ctx)
                return _make_nan(), _make_nan()
            _signal(DivisionByZero, ctx)
            return _make_inf(sign), _make_nan()
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > ctx.prec:
            _signal(DivisionImpossible, ctx)
            return _make_nan(), _make_nan()
        rem = _make(self._sign, r, exp)
        if r == 0:
            rem = _make(self._sign, 0, exp)
        return _make(sign, q, 0), rem._fix(ctx)

    def __floordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            return _nan_result(self, other, ctx)
        return self._divmod(other, ctx)[0]

    def __rfloordiv__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context)

    def __mod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if self._special or other._special:
            return _nan_result(self, other, ctx)
        if other._int == 0:
            return _signal(DivisionUndefined if self._int == 0 else InvalidOperation, ctx,
                           _make_nan())
        return self._divmod(other, ctx)[1]

    def __rmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context)

    def __divmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        return self._divmod(other, ctx)

    def __rdivmod__(self, other, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context)

    def __pow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        ctx = context if context is not None else getcontext()
        if modulo is not None:
            m = _convert(modulo, True)
            return Decimal(pow(int(self), int(other), int(m)))
        if other._special or self._special:
            return _nan_result(self, other, ctx)
        if other._exp >= 0 or other == other.to_integral_value():
            n = int(other)
            if n == 0 and self._int == 0:
                return _signal(InvalidOperation, ctx, _make_nan())
            if n > 0 and self._int == 0:
                return _make(self._sign if n % 2 else 0, 0, 0)
            if n >= 0:
                return _make(self._sign if n % 2 else 0, self._int ** n,
                             self._exp * n)._fix(ctx)
            if self._int == 0:
                return _signal(DivisionByZero, ctx, _make_inf(self._sign if n % 2 else 0))
            with localcontext(ctx) as c:
                c.prec = ctx.prec + 3
                base = _make(self._sign if n % 2 else 0, self._int ** -n, self._exp * -n)
                r = Decimal(1).__truediv__(base, c)
            return r._fix(ctx)
        if self._sign:
            return _signal(InvalidOperation, ctx, _make_nan())
        r = Decimal(repr(float(self) ** float(other)).replace('e', 'E'))
        return r._fix(ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other = _convert(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            return self.copy_negate()
        if self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)
        return self.copy_negate()._fix(ctx)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            return Decimal(self)
        if self._int == 0 and ctx.rounding != ROUND_FLOOR:
            return _make(0, 0, self._exp)
        return self._fix(ctx)

    def __abs__(self, round=True, context=None):
        ctx = context if context is not None else getcontext()
        d = self.copy_abs()
        return d._fix(ctx) if round else d

    def copy_abs(self):
        d = Decimal(self)
        d._sign = 0
        return d

    def copy_negate(self):
        d = Decimal(self)
        d._sign = 1 - d._sign
        return d

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        d = Decimal(self)
        d._sign = other._sign
        return d

    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        if self._special:
            if self._isnan() or self._sign:
                return _nan_result(self, self, ctx) if self._isnan() else _signal(
                    InvalidOperation, ctx, _make_nan())
            return Decimal(self)
        if self._int == 0:
            return _make(self._sign, 0, self._exp // 2)
        if self._sign:
            return _signal(InvalidOperation, ctx, _make_nan())
        prec = ctx.prec
        ideal = self._exp // 2
        # scale so the integer square root has prec+1 digits
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        digits = len(str(c))
        shift = max(prec + 1 - (digits + 1) // 2, 0)
        c *= 10 ** (2 * shift)
        e -= 2 * shift
        r = _math.isqrt(c)
        exact = r * r == c
        exp = e // 2
        if not exact:
            if r % 5 == 0:
                r += 1
        else:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        # The square root is always rounded half-even, whatever the context says.
        c = ctx.copy()
        c.rounding = ROUND_HALF_EVEN
        ans = _make(0, r, exp)._fix(c)
        for sig in (Inexact, Rounded):
            if c.flags[sig]:
                ctx.flags[sig] = True
        return ans

    def max(self, other, context=None):
        other = _convert(other, True)
        return self if self.compare(other) >= 0 else other

    def min(self, other, context=None):
        other = _convert(other, True)
        return self if self.compare(other) <= 0 else other

    # ----- comparisons ------------------------------------------------------------------

    def _key(self):
        """An exact rational for comparisons (None for NaN)."""
        if self._isnan():
            return None
        if self._special == 'F':
            return float('-inf') if self._sign else float('inf')
        from fractions import Fraction
        v = Fraction(self._int) * (Fraction(10) ** self._exp)
        return -v if self._sign else v

    def _cmp_other(self, other):
        if isinstance(other, Decimal):
            return other._key()
        if isinstance(other, int):
            return other
        if isinstance(other, float):
            getcontext().flags[FloatOperation] = True
            if _math.isnan(other):
                return None
            if _math.isinf(other):
                return other
            from fractions import Fraction
            return Fraction(other)
        if isinstance(other, _numbers.Rational):
            from fractions import Fraction
            return Fraction(other.numerator, other.denominator)
        return NotImplemented

    def __eq__(self, other, context=None):
        o = self._cmp_other(other)
        if o is NotImplemented:
            return o
        k = self._key()
        if k is None or o is None:
            return False
        return k == o

    def _order(self, other, op):
        o = self._cmp_other(other)
        if o is NotImplemented:
            return o
        k = self._key()
        if k is None or o is None:
            _signal(InvalidOperation, getcontext())
            return False
        return op(k, o)

    def __lt__(self, other, context=None):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other, context=None):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other, context=None):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other, context=None):
        return self._order(other, lambda a, b: a >= b)

    def compare(self, other, context=None):
        other = _convert(other, True)
        if self._isnan() or other._isnan():
            return _make_nan()
        a, b = self._key(), other._key()
        return Decimal((a > b) - (a < b))

    def __hash__(self):
        if self._special:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._isnan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        if self._exp >= 0 or self._int % 10 ** (-self._exp) == 0:
            return hash(int(self))
        modulus = 2 ** 61 - 1
        inv10 = pow(10, modulus - 2, modulus)
        exp_hash = pow(inv10, -self._exp, modulus)
        h = self._int * exp_hash % modulus
        ans = -h if self._sign else h
        return -2 if ans == -1 else ans

    def __bool__(self):
        return bool(self._special) or self._int != 0

    # ----- conversions ------------------------------------------------------------------

    def __int__(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(_make(0, 1, -n))
        if self._special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        if self._special:
            raise ValueError("cannot round a NaN") if self._isnan() else OverflowError(
                "cannot round an infinity")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._special:
            raise ValueError("cannot round a NaN") if self._isnan() else OverflowError(
                "cannot round an infinity")
        return int(self._rescale(0, ROUND_CEILING))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Decimal.__module__ = 'decimal'
Context.__module__ = 'decimal'


def _make(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign, d._int, d._exp, d._special = sign, coeff, exp, ''
    return d


def _make_inf(sign):
    d = _make(sign, 0, 0)
    d._special = 'F'
    return d


def _make_nan(sign=0):
    d = _make(sign, 0, 0)
    d._special = 'n'
    return d


def _nan_result(a, b, ctx):
    if a.is_snan() or b.is_snan():
        return _signal(InvalidOperation, ctx, _make_nan())
    return Decimal(a if a._isnan() else b)


def _plain(coeff, exp):
    s = str(coeff)
    if exp >= 0:
        return s + '0' * exp
    s = s.rjust(-exp + 1, '0')
    return s[:exp] + '.' + s[exp:]


def _parse(d, s):
    import re
    m = re.fullmatch(r'([-+])?(?:(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?|(inf(?:inity)?)|'
                     r'(s?nan)(\d*))', s, re.IGNORECASE)
    if m is None or s == '':
        return False
    sign, intpart, frac, exp, inf_, nan_, payload = m.groups()
    d._sign = 1 if sign == '-' else 0
    if inf_:
        d._int, d._exp, d._special = 0, 0, 'F'
        return True
    if nan_:
        d._int, d._exp = int(payload or '0'), 0
        d._special = 'N' if nan_.lower().startswith('s') else 'n'
        return True
    intpart = intpart or ''
    frac = frac or ''
    if not intpart and not frac:
        return False
    d._int = int(intpart + frac)
    d._exp = int(exp or 0) - len(frac)
    d._special = ''
    return True


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_default_ready = True

__import__("_stackinfo").c_implemented(globals())
