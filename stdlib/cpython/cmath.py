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
