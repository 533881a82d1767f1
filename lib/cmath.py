"""pyvm's cmath: mathematical functions for complex numbers.

The formulas are the numerically careful ones CPython's cmath documents and uses (square root
by scaled hypot, logarithm through log1p near the unit circle, the inverse functions through
two square roots), so results agree with CPython's for finite arguments of ordinary size.
Special values follow C99 Annex G where it matters most (zeros keep their signs, infinities
and NaNs propagate); the full special-value tables for every function are not reproduced.
"""

import math as _m

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
           'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'phase', 'polar', 'rect',
           'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'e', 'pi', 'tau', 'inf', 'infj', 'nan',
           'nanj']

pi = _m.pi
e = _m.e
tau = _m.tau
inf = float('inf')
nan = float('nan')
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e308
_DBL_MIN = 2.2250738585072014e-308
_LARGE = _DBL_MAX / 4.0
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_DBL_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _z(x):
    """The complex value of an argument (complex, float, int, __complex__/__float__/__index__)."""
    if isinstance(x, complex):
        return x
    if isinstance(x, (int, float)):
        return complex(float(x), 0.0)
    t = type(x)
    if hasattr(t, '__complex__'):
        r = t.__complex__(x)
        if not isinstance(r, complex):
            raise TypeError("__complex__ returned non-complex (type %s)" % type(r).__name__)
        return r
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return complex(float(x), 0.0)
    raise TypeError("must be real number, not %s" % t.__name__)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def _check(r):
    if not _finite(r):
        raise OverflowError("math range error")
    return r


def _sqrt(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(nan, nan)
        if _m.isinf(x):
            if x > 0:
                return complex(x, nan if _m.isnan(y) else _m.copysign(0.0, y))
            return complex(nan if _m.isnan(y) else 0.0, _m.copysign(inf, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = _m.ldexp(ax, 53)
        s = _m.ldexp(_m.sqrt(ax + _m.hypot(ax, _m.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _m.hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def sqrt(z, /):
    """Return the square root of z."""
    return _sqrt(_z(z))


def exp(z, /):
    """Return the exponential value e**z."""
    z = _z(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and x < 0 and not _m.isnan(y):
            return complex(0.0 * _m.cos(y) if _m.isfinite(y) else 0.0,
                           0.0 * _m.sin(y) if _m.isfinite(y) else 0.0)
        if _m.isinf(x) and x > 0 and _m.isfinite(y):
            if y == 0.0:
                return complex(inf, y)
            return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)))
        if _m.isnan(x) and y == 0.0:
            return complex(nan, y)
        if _m.isinf(y) and _m.isfinite(x):
            raise ValueError("math domain error")
        return complex(nan, nan)
    if x > _LOG_LARGE:
        l = _m.exp(x - 1.0)
        r = complex(l * _m.cos(y) * _m.e, l * _m.sin(y) * _m.e)
    else:
        l = _m.exp(x)
        r = complex(l * _m.cos(y), l * _m.sin(y))
    return _check(r)


def _log(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            return complex(inf, _m.atan2(y, x))
        return complex(nan, nan)
    ax, ay = abs(x), abs(y)
    if ax > _DBL_MAX / 4.0 or ay > _DBL_MAX / 4.0:
        real = _m.log(_m.hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = _m.log(_m.hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
        else:
            raise ValueError("math domain error")
    else:
        h = _m.hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = _m.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def log(z, base=None, /):
    """log(z[, base]) -> the logarithm of z to the given base (natural if omitted)."""
    r = _log(_z(z))
    if base is not None:
        b = _log(_z(base))
        if b == 0:
            raise ZeroDivisionError("complex division by zero")
        r = r / b
    return r


def log10(z, /):
    """Return the base-10 logarithm of z."""
    r = _log(_z(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def phase(z, /):
    """Return argument, also known as the phase angle, of a complex."""
    z = _z(z)
    return _m.atan2(z.imag, z.real)


def polar(z, /):
    """Convert a complex from rectangular coordinates to polar coordinates (r, phi)."""
    z = _z(z)
    phi = _m.atan2(z.imag, z.real)
    r = _m.hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise OverflowError("math range error")
    return r, phi


def rect(r, phi, /):
    """Convert from polar coordinates to rectangular coordinates."""
    r = float(r)
    phi = float(phi)
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0.0:
        if r > 0:
            return complex(_m.copysign(inf, _m.cos(phi)), _m.copysign(inf, _m.sin(phi)))
        return complex(-_m.copysign(inf, _m.cos(phi)), -_m.copysign(inf, _m.sin(phi)))
    if not _m.isfinite(phi):
        if r == 0.0:
            return complex(0.0, 0.0)
        if _m.isinf(phi):
            raise ValueError("math domain error")
        return complex(nan, nan)
    if phi == 0.0:
        return complex(r, r * phi) if not _m.isnan(r) else complex(r, phi)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def _cosh(x, y):
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        return _check(complex(_m.cos(y) * _m.cosh(xm1) * _m.e,
                              _m.sin(y) * _m.sinh(xm1) * _m.e))
    return _check(complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x)))


def _sinh(x, y):
    if abs(x) > _LOG_LARGE:
        xm1 = x - _m.copysign(1.0, x)
        return _check(complex(_m.cos(y) * _m.sinh(xm1) * _m.e,
                              _m.sin(y) * _m.cosh(xm1) * _m.e))
    return _check(complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x)))


def _tanh(x, y):
    if abs(x) > _SQRT_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx = _m.tanh(x)
    ty = _m.tan(y)
    cx = 1.0 / _m.cosh(x) if abs(x) < 710.0 else 0.0
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cosh(z, /):
    """Return the hyperbolic cosine of z."""
    z = _z(z)
    return _cosh(z.real, z.imag)


def sinh(z, /):
    """Return the hyperbolic sine of z."""
    z = _z(z)
    return _sinh(z.real, z.imag)


def tanh(z, /):
    """Return the hyperbolic tangent of z."""
    z = _z(z)
    return _tanh(z.real, z.imag)


def cos(z, /):
    """Return the cosine of z."""
    z = _z(z)
    return _cosh(-z.imag, z.real)


def sin(z, /):
    """Return the sine of z."""
    z = _z(z)
    r = _sinh(-z.imag, z.real)
    return complex(r.imag, -r.real)


def tan(z, /):
    """Return the tangent of z."""
    z = _z(z)
    r = _tanh(-z.imag, z.real)
    return complex(r.imag, -r.real)


def _asinh(x, y):
    if abs(x) > _LARGE or abs(y) > _LARGE:
        if y >= 0:
            real = _m.copysign(_log(complex(abs(x), abs(y))).real + _LN2, x)
        else:
            real = -_m.copysign(_log(complex(abs(x), abs(y))).real + _LN2, -x)
        return complex(real, _m.atan2(y, abs(x)))
    s1 = _sqrt(complex(1.0 + y, -x))
    s2 = _sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z, /):
    """Return the inverse hyperbolic sine of z."""
    z = _z(z)
    return _asinh(z.real, z.imag)


def asin(z, /):
    """Return the arc sine of z."""
    z = _z(z)
    s = _asinh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def acos(z, /):
    """Return the arc cosine of z."""
    z = _z(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _m.atan2(abs(y), x)
        if x < 0:
            imag = -_m.copysign(_log(complex(abs(x), abs(y))).real + _LN2, y)
        else:
            imag = _m.copysign(_log(complex(abs(x), abs(y))).real + _LN2, -y)
        return complex(real, imag)
    s1 = _sqrt(complex(1.0 - x, -y))
    s2 = _sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real),
                   _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z, /):
    """Return the inverse hyperbolic cosine of z."""
    z = _z(z)
    x, y = z.real, z.imag
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_log(complex(abs(x), abs(y))).real + _LN2, _m.atan2(y, x))
    s1 = _sqrt(complex(x - 1.0, y))
    s2 = _sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag),
                   2.0 * _m.atan2(s1.imag, s2.real))


def _atanh(x, y):
    if x < 0:
        r = _atanh(-x, -y)
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _m.hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2.0, -y))
    if x == 1.0 and ay < _SQRT_DBL_MIN:
        if ay == 0.0:
            raise ValueError("math domain error")
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_m.hypot(ay, 2.0))),
                       _m.copysign(_m.atan2(2.0, -ay) / 2.0, y))
    return complex(_m.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atanh(z, /):
    """Return the inverse hyperbolic tangent of z."""
    z = _z(z)
    return _atanh(z.real, z.imag)


def atan(z, /):
    """Return the arc tangent of z."""
    z = _z(z)
    s = _atanh(-z.imag, z.real)
    return complex(s.imag, -s.real)


def isfinite(z, /):
    """Return True if both the real and imaginary parts of z are finite, else False."""
    return _finite(_z(z))


def isinf(z, /):
    """Checks if the real or imaginary part of z is infinite."""
    z = _z(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isnan(z, /):
    """Checks if the real or imaginary part of z not a number (NaN)."""
    z = _z(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    """Determine whether two complex numbers are close in value."""
    a, b = _z(a), _z(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return (diff <= abs(rel_tol * b)) or (diff <= abs(rel_tol * a)) or (diff <= abs_tol)


__import__("_stackinfo").c_implemented(globals())
