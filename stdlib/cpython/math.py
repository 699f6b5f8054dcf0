"""Python's `math` module, written in the subset.

`import math` finds this module rather than typeshed's stub, so mypy checks
programs against these signatures; under CPython the built-in module runs.
sqrt, floor, ceil, trunc, fabs, isnan, isinf, isfinite, isclose and the
constants are lowered by the compiler itself (irbuild/builtin_funcs.py), as
are the functions taking *args (gcd, lcm, hypot), which call the helpers
below.  The results are CPython's on Linux x86-64 bit for bit: the exact
functions (frexp, ldexp, fmod, remainder, fsum, hypot, ...) follow CPython's
algorithms; the transcendental ones are computed in double-double
arithmetic by the runtime (runtime/core/float.c) and correctly rounded,
which is what glibc's results are on all but a few inputs in a million.
"""

from __future__ import annotations

from typing import Iterable, SupportsFloat, TypeVar

from unicc_rt import extern, lowered

pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float("inf")
nan = float("nan")

_N = TypeVar("_N", int, float)

_SIGN = -0x7FFFFFFFFFFFFFFF - 1     # the sign bit of a float's bits, as an int
_MANT = 0xFFFFFFFFFFFFF             # the 52 fraction bits
_TWO54 = 18014398509481984.0
_DBL_MIN = 2.2250738585072014e-308


@extern("rt_float_bits")
def _bits(x: float) -> int:
    """The IEEE bits of x as a signed 64-bit int."""
    import struct
    n: int = struct.unpack("<q", struct.pack("<d", x))[0]
    return n


@extern("rt_float_from_bits")
def _from_bits(n: int) -> float:
    import struct
    x: float = struct.unpack("<d", struct.pack("<q", n))[0]
    return x


@extern("rt_float_fmod")
def _fmod(x: float, y: float) -> float:
    import math
    return math.fmod(x, y) if y != 0 and x - x == 0 and y == y else (x * y) / (x * y) if x * y == x * y else nan


def _finite(x: float) -> bool:
    return x - x == 0


def _domain() -> ValueError:
    return ValueError("math domain error")


def _range() -> OverflowError:
    return OverflowError("math range error")


@lowered
def sqrt(x: SupportsFloat, /) -> float:
    raise NotImplementedError


@lowered
def floor(x: SupportsFloat, /) -> int:
    raise NotImplementedError


@lowered
def ceil(x: SupportsFloat, /) -> int:
    raise NotImplementedError


@lowered
def trunc(x: SupportsFloat, /) -> int:
    raise NotImplementedError


@lowered
def fabs(x: SupportsFloat, /) -> float:
    raise NotImplementedError


@lowered
def isnan(x: SupportsFloat, /) -> bool:
    raise NotImplementedError


@lowered
def isinf(x: SupportsFloat, /) -> bool:
    raise NotImplementedError


@lowered
def isfinite(x: SupportsFloat, /) -> bool:
    raise NotImplementedError


@lowered
def isclose(a: SupportsFloat, b: SupportsFloat, *, rel_tol: SupportsFloat = 1e-09,
            abs_tol: SupportsFloat = 0.0) -> bool:
    raise NotImplementedError


# ---- exact functions ----------------------------------------------------------

def copysign(x: float, y: float, /) -> float:
    return _from_bits((_bits(x) & ~_SIGN) | (_bits(y) & _SIGN))


def frexp(x: float, /) -> tuple[float, int]:
    if x == 0 or not _finite(x):
        return (x, 0)
    n = _bits(x)
    ex = (n >> 52) & 0x7FF
    extra = 0
    if ex == 0:    # subnormal: scale into the normal range first
        n = _bits(x * _TWO54)
        ex = (n >> 52) & 0x7FF
        extra = 54
    return (_from_bits((n & ~(0x7FF << 52)) | (1022 << 52)), ex - 1022 - extra)


def _scale(x: float, n: int) -> float:
    """x * 2**n, rounded once."""
    if n > 1023:
        x *= 8.98846567431158e307     # 2**1023
        n -= 1023
        if n > 1023:
            x *= 8.98846567431158e307
            n -= 1023
            if n > 1023:
                n = 1023
    elif n < -1022:
        x *= 2.2250738585072014e-308 * 9007199254740992.0    # 2**-1022 * 2**53
        n += 1022 - 53
        if n < -1022:
            x *= 2.2250738585072014e-308 * 9007199254740992.0
            n += 1022 - 53
            if n < -1022:
                n = -1022
    return x * _from_bits((0x3FF + n) << 52)


def ldexp(x: float, i: int, /) -> float:
    if x == 0 or not _finite(x):
        return x
    if i > 2100:
        raise _range()
    if i < -2200:
        return copysign(0.0, x)
    r = _scale(x, i)
    if not _finite(r):
        raise _range()
    return r


def modf(x: float, /) -> tuple[float, float]:
    if not _finite(x):
        if x != x:
            return (x, x)
        return (copysign(0.0, x), x)
    n = _bits(x)
    ex = ((n >> 52) & 0x7FF) - 1023
    if ex >= 52:
        whole = x
    elif ex < 0:
        whole = _from_bits(n & _SIGN)
    else:
        whole = _from_bits(n & ~(_MANT >> ex))
    return (copysign(x - whole, x), whole)


def fmod(x: float, y: float, /) -> float:
    if not _finite(y) and _finite(x):
        if y != y:
            return y
        return x
    r = _fmod(x, y)
    if r != r and x == x and y == y:
        raise _domain()
    return r


def remainder(x: float, y: float, /) -> float:
    if _finite(x) and _finite(y):
        if y == 0.0:
            raise _domain()
        ax = fabs(x)
        ay = fabs(y)
        m = _fmod(ax, ay)
        c = ay - m
        if m < c:
            r = m
        elif m > c:
            r = -c
        else:   # half way: the even multiple
            r = m - 2.0 * _fmod(0.5 * (ax - m), ay)
        return copysign(1.0, x) * r
    if x != x:
        return x
    if y != y:
        return y
    if not _finite(x):
        raise _domain()
    return x


def nextafter(x: float, y: float, /) -> float:
    if x != x:
        return x
    if y != y:
        return y
    if x == y:
        return y
    if x == 0:
        return copysign(_from_bits(1), y)
    n = _bits(x)
    if (y > x) == (x > 0):
        n += 1
    else:
        n -= 1
    return _from_bits(n)


def ulp(x: float, /) -> float:
    if x != x:
        return x
    x = fabs(x)
    if not _finite(x):
        return x
    up = nextafter(x, inf)
    if not _finite(up):
        return x - nextafter(x, -inf)
    return up - x


def degrees(x: float, /) -> float:
    return x * (180.0 / pi)


def radians(x: float, /) -> float:
    return x * (pi / 180.0)


def _split(x: float) -> tuple[float, float]:
    t = x * 134217729.0    # Veltkamp: 2**27 + 1
    hi = t - (t - x)
    return (hi, x - hi)


def _vector_norm(vec: list[float], top: float, found_nan: bool) -> float:
    """CPython's vector_norm: the square root of a sum of squares carried in
    extended precision, with one differential correction."""
    n = len(vec)
    if not _finite(top):
        return top
    if found_nan:
        return nan
    if top == 0.0 or n <= 1:
        return top
    top_e = frexp(top)[1]
    if top_e < -1023:   # subnormals: scale up first
        return _DBL_MIN * _vector_norm([v / _DBL_MIN for v in vec], top / _DBL_MIN, found_nan)
    scale = _scale(1.0, -top_e)
    csum = 1.0
    frac1 = 0.0
    frac2 = 0.0
    for v in vec:
        x = v * scale
        xh, xl = _split(x)
        p = xh * xh
        q = xh * xl + xl * xh
        hi = p + q
        lo = p - hi + q + xl * xl
        s = csum + hi
        frac2 += (csum - s) + hi
        csum = s
        frac1 += lo
    h = sqrt(csum - 1.0 + (frac1 + frac2))
    hh, hl = _split(-h)
    kh, kl = _split(h)
    p = hh * kh
    q = hh * kl + hl * kh
    hi = p + q
    lo = p - hi + q + hl * kl
    s = csum + hi
    frac2 += (csum - s) + hi
    csum = s
    frac1 += lo
    x = csum - 1.0 + (frac1 + frac2)
    h += x / (2.0 * h)
    return h / scale


@lowered
def hypot(*coordinates: float) -> float:
    raise NotImplementedError   # _hypot of a list


def _hypot(coordinates: list[float]) -> float:
    top = 0.0
    found_nan = False
    vec: list[float] = []
    for c in coordinates:
        x = fabs(c)
        vec.append(x)
        found_nan = found_nan or x != x
        if x > top:
            top = x
    return _vector_norm(vec, top, found_nan)


def dist(p: Iterable[float], q: Iterable[float], /) -> float:
    ps = list(p)
    qs = list(q)
    if len(ps) != len(qs):
        raise ValueError("both points must have the same number of dimensions")
    top = 0.0
    found_nan = False
    vec: list[float] = []
    for i in range(len(ps)):
        d = ps[i] - qs[i]
        x = fabs(d)
        vec.append(x)
        found_nan = found_nan or x != x
        if x > top:
            top = x
    return _vector_norm(vec, top, found_nan)


def fsum(seq: Iterable[float], /) -> float:
    """Shewchuk's exact summation with CPython's handling of infinities,
    nans, overflow and the final rounding."""
    partials: list[float] = []
    special_sum = 0.0
    inf_sum = 0.0
    for v in seq:
        x = v
        xsave = x
        i = 0
        for j in range(len(partials)):
            y = partials[j]
            if fabs(x) < fabs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        del partials[i:]
        if x != 0.0:
            if not _finite(x):
                # a nonfinite x could come from an intermediate overflow
                if _finite(xsave):
                    raise OverflowError("intermediate overflow in fsum")
                if not _finite(xsave) and xsave == xsave:
                    inf_sum += xsave
                special_sum += xsave
                partials.clear()
            else:
                partials.append(x)
    if special_sum != 0.0:
        if inf_sum != inf_sum:
            raise ValueError("-inf + inf in fsum")
        return special_sum
    hi = 0.0
    n = len(partials)
    if n > 0:
        n -= 1
        hi = partials[n]
        lo = 0.0
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            yr = hi - x
            lo = y - yr
            if lo != 0.0:
                break
        # round half to even across the partials left
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            yr = x - hi
            if y == yr:
                hi = x
    return hi


# ---- integer functions -----------------------------------------------------------

@lowered
def gcd(*integers: int) -> int:
    raise NotImplementedError   # lowered by the compiler: _gcd of each pair


def _gcd(a: int, b: int) -> int:
    a = a if a >= 0 else -a
    b = b if b >= 0 else -b
    while b:
        a, b = b, a % b
    return a


@lowered
def lcm(*integers: int) -> int:
    raise NotImplementedError   # lowered by the compiler: _lcm of each pair


def _lcm(a: int, b: int) -> int:
    if a == 0 or b == 0:
        return 0
    r = a // _gcd(a, b) * b
    return r if r >= 0 else -r


def isqrt(n: int, /) -> int:
    if n < 0:
        raise ValueError("isqrt() argument must be nonnegative")
    if n == 0:
        return 0
    # Newton's iteration from above, in integers
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y


def factorial(n: int, /) -> int:
    if n < 0:
        raise ValueError("factorial() not defined for negative values")
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def perm(n: int, k: int | None = None, /) -> int:
    if k is None:
        return factorial(n)
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    r = 1
    for i in range(n - k + 1, n + 1):
        r *= i
    return r


def comb(n: int, k: int, /) -> int:
    if n < 0:
        raise ValueError("n must be a non-negative integer")
    if k < 0:
        raise ValueError("k must be a non-negative integer")
    if k > n:
        return 0
    if k > n - k:
        k = n - k
    r = 1
    for i in range(1, k + 1):    # r stays C(n - k + i, i): exact at each step
        r = r * (n - k + i) // i
    return r


@lowered
def prod(iterable: Iterable[_N], /, *, start: _N = 1) -> _N:
    raise NotImplementedError
