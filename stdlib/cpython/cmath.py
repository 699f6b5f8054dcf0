"""Python's `cmath` module, written in the subset (part of it).

`import cmath` finds this module rather than typeshed's stub; under CPython
the built-in module runs.  The functions follow CPython 3.11's
Modules/cmathmodule.c: its algorithms on finite values, and on infinities
and NaNs the values of its special-value tables (read off CPython, written
here as the rules they follow).  The libm calls are math's (exact) and the
absolute value is complex's abs (C's hypot).
"""

from __future__ import annotations

import math

pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float("inf")
nan = float("nan")
infj = complex(0.0, float("inf"))
nanj = complex(0.0, float("nan"))

_DBL_MIN = 2.2250738585072014e-308


def _is_inf(x: float) -> bool:
    return x == x and x - x != x - x


def phase(z: complex, /) -> float:
    """The argument of z, in [-pi, pi]: atan2(z.imag, z.real).  C's atan2
    reports an underflow to zero (ERANGE), which cmath raises."""
    y = z.imag
    phi = math.atan2(y, z.real)
    if phi == 0.0 and y != 0.0 and math.isfinite(z.real):
        raise OverflowError("math range error")
    return phi


def polar(z: complex, /) -> tuple[float, float]:
    phi = math.atan2(z.imag, z.real)
    try:
        r = abs(z)
    except OverflowError:
        raise OverflowError("math range error") from None
    return (r, phi)


def rect(r: float, phi: float, /) -> complex:
    """r * (cos(phi) + sin(phi)j)."""
    if math.isfinite(r) and math.isfinite(phi):
        if phi == 0.0:
            return complex(r, r * phi)
        return complex(r * math.cos(phi), r * math.sin(phi))
    if _is_inf(r) and math.isfinite(phi) and phi != 0.0:
        re = math.copysign(inf, math.cos(phi))
        im = math.copysign(inf, math.sin(phi))
        return complex(re, im) if r > 0.0 else complex(-re, -im)
    if r != 0.0 and r == r and _is_inf(phi):
        raise ValueError("math domain error")
    if r == 0.0:
        return complex(0.0, 0.0)
    if r != r:
        return complex(nan, 0.0 if phi == 0.0 else nan)
    if phi == 0.0:   # r infinite: the sign of the zero is sign(r) * sign(phi)
        return complex(r, math.copysign(0.0, r) * math.copysign(1.0, phi))
    return complex(inf if _is_inf(r) else nan, nan)


def sqrt(z: complex, /) -> complex:
    """The principal square root, without overflow or loss for tiny parts."""
    x = z.real
    y = z.imag
    if not (math.isfinite(x) and math.isfinite(y)):
        if _is_inf(y):
            return complex(inf, y)
        if x == -inf:
            return complex(nan, inf) if y != y else complex(0.0, math.copysign(inf, y))
        if x == inf:
            return complex(inf, nan) if y != y else complex(inf, math.copysign(0.0, y))
        return complex(nan, nan)
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    ax = math.fabs(x)
    ay = math.fabs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:   # hypot(ax, ay) would be subnormal
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + abs(complex(ax, math.ldexp(ay, 53)))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + abs(complex(ax, ay / 8.0)))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def isfinite(z: complex, /) -> bool:
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z: complex, /) -> bool:
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z: complex, /) -> bool:
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a: complex, b: complex, *, rel_tol: float = 1e-09, abs_tol: float = 0.0) -> bool:
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = _abs(a - b)
    return diff <= rel_tol * _abs(b) or diff <= rel_tol * _abs(a) or diff <= abs_tol


def _abs(z: complex) -> float:
    """_Py_c_abs: inf where abs() raises OverflowError."""
    try:
        return abs(z)
    except OverflowError:
        return inf


# ---- a ** b of complex numbers beyond an int exponent (irbuild/complexes.py) ----------
# The builtin operator's own module cannot reach math (it is compiled into
# every program that uses complex numbers), so `z ** 0.5` compiles in a
# program that imports cmath, and calls this.

def _libm_pow(x: float, y: float) -> float:
    """C's pow: math.pow's values, without its exceptions (x > 0 here)."""
    if math.isfinite(x) and math.isfinite(y):
        return math._pow(x, y)
    return math.pow(x, y)


def _divide(x: float, y: float) -> float:
    """C's x / y: a zero divisor gives an infinity or NaN, not ZeroDivisionError."""
    if y != 0.0:
        return x / y
    if x == 0.0 or x != x:
        return nan
    return math.copysign(inf, x) * math.copysign(1.0, y)


def _integral(x: float) -> bool:
    return math.isfinite(x) and (math.fabs(x) >= 4503599627370496.0 or x == math.floor(x))


def _c_pow(ar: float, ai: float, br: float, bi: float) -> complex:
    """_Py_c_pow, with complex_pow's errors (errno: EDOM from cos/sin of an
    infinite phase, ERANGE where a part is infinite)."""
    if br == 0.0 and bi == 0.0:
        return complex(1.0, 0.0)
    if ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        return complex(0.0, 0.0)
    vabs = _abs(complex(ar, ai))
    length = _libm_pow(vabs, br)
    at = math.atan2(ai, ar)
    phase = at * br
    if bi != 0.0:
        length = _divide(length, math._exp(at * bi))
        phase += bi * math._log(vabs)
    if _is_inf(phase):
        raise ZeroDivisionError("0.0 to a negative or complex power")
    re = length * math._cos(phase)
    im = length * math._sin(phase)
    if _is_inf(re) or _is_inf(im):
        raise OverflowError("complex exponentiation")
    return complex(re, im)


def _real(x: object) -> float:
    if isinstance(x, complex):
        return x.real
    return float(x) if isinstance(x, (int, float)) else 0.0


def _power(a: object, b: object) -> object:
    """a ** b where a or b is typed complex (complex_pow); either may hold an
    int or a float, as in CPython, where two reals take float's power (a
    negative base with a fractional exponent going on to complex's)."""
    if not (isinstance(a, complex) or isinstance(b, complex)):
        if isinstance(a, int) and isinstance(b, int) and int(b) >= 0:
            n: int = int(a) ** int(b)
            return n
        x = _real(a)
        y = _real(b)
        if not (x < 0.0 and math.isfinite(y) and not _integral(y)):
            r: float = x ** y
            return r
        return _c_pow(x, 0.0, y, 0.0)
    ar = _real(a)
    ai = a.imag if isinstance(a, complex) else 0.0
    br = _real(b)
    bi = b.imag if isinstance(b, complex) else 0.0
    if bi == 0.0 and -100.0 <= br <= 100.0 and _integral(br):
        return complex(ar, ai) ** int(br)   # c_powi: the builtin operator's own power
    return _c_pow(ar, ai, br, bi)
