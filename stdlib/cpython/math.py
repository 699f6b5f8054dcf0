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


# ---- glibc's exp and exp2 ------------------------------------------------------------
# CPython's math calls the C library; on Linux x86-64 that is glibc, whose
# exp/exp2/log/log2/pow are ARM's optimized-routines algorithms: a table of
# 2**(i/128) and a short polynomial.  glibc's x86-64 build runs a variant
# compiled with fused multiply-adds where the CPU has them, so the steps
# below fuse exactly where that machine code does (_fma rounds once), which
# makes the results the same bits on every target.

def _fma(a: float, b: float, c: float) -> float:
    """a * b + c rounded once (Boldo and Melquiond: the exact product and
    sum, the low parts added with rounding to odd)."""
    p = a * b
    if p - p != 0 or c - c != 0 or p == 0:
        return p + c
    t = a * 134217729.0
    ah = t - (t - a)
    al = a - ah
    t = b * 134217729.0
    bh = t - (t - b)
    bl = b - bh
    pl = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    s = c + p
    v = s - c
    sl = (c - (s - v)) + (p - v)
    u = pl + sl
    v = u - pl
    err = (pl - (u - v)) + (sl - v)
    if err != 0:
        n = _bits(u)
        if n & 1 == 0:   # round to odd: move off the even neighbour towards the exact sum
            n += 1 if (err > 0) == (u > 0) else -1
            u = _from_bits(n)
    return s + u


_INVLN2N = 184.6649652337873
_NEGLN2HIN = -0.005415212348111709
_NEGLN2LON = -1.2864023111638346e-14
_EXP_C2 = 0.49999999999996786
_EXP_C3 = 0.16666666666665886
_EXP_C4 = 0.0416666808410674
_EXP_C5 = 0.008333335853059549
_EXP_SHIFT = 6755399441055744.0      # 0x1.8p52
_EXP2_SHIFT = 52776558133248.0       # 0x1.8p45
_EXP2_C1 = 0.6931471805599453
_EXP2_C2 = 0.24022650695909065
_EXP2_C3 = 0.0555041086686087
_EXP2_C4 = 0.009618131975721055
_EXP2_C5 = 0.0013332074570119598
_TWO1009 = 5.486124068793689e+303
_TWOM1022 = 2.2250738585072014e-308
_NEG_INF_BITS = -0x10000000000000    # the bits of -inf

# 2**(i/128) for i in 0..127, two words each: the bits of the relative error
# of the rounded power, and the bits of the rounded power less i << 45
# (generated from the exact values)
_EXP_TAB = [
    0x0, 0x3ff0000000000000, 0x3c9b3b4f1a88bf6e, 0x3feff63da9fb3335, -0x438e9fec632723a3, 0x3fefec9a3e778061,
    -0x436fa185ef78992f, 0x3fefe315e86e7f85, 0x3c8cd2523567f613, 0x3fefd9b0d3158574, -0x4374317fdc067106,
    0x3fefd06b29ddf6de, 0x3c60f74e61e6c861, 0x3fefc74518759bc8, 0x3c90a3e45b33d399, 0x3fefbe3ecac6f383,
    0x3c979aa65d837b6d, 0x3fefb5586cf9890f, 0x3c8eb51a92fdeffc, 0x3fefac922b7247f7, 0x3c3ebe3d702f9cd1,
    0x3fefa3ec32d3d1a2, -0x4395fccb766f91f5, 0x3fef9b66affed31b, -0x436aa9add5d042f2, 0x3fef9301d0125b51,
    -0x43af7f1073b115ab, 0x3fef8abdc06c31cc, -0x436e36dc462a0bea, 0x3fef829aaea92de0, 0x3c80d3e3e95c55af,
    0x3fef7a98c8a58e51, -0x437fe4ea155a6cb8, 0x3fef72b83c7d517b, -0x4370e00faa21cdc3, 0x3fef6af9388c8dea,
    0x3c8b898c3f1353bf, 0x3fef635beb6fcb75, -0x4369266389ee14da, 0x3fef5be084045cd4, 0x3c9aecf73e3a2f60,
    0x3fef54873168b9aa, -0x4370187d3479c763, 0x3fef4d5022fcd91d, 0x3c8a6f4144a6c38d, 0x3fef463b88628cd6,
    0x3c807a05b0e4047d, 0x3fef3f49917ddc96, 0x3c968efde3a8a894, 0x3fef387a6e756238, 0x3c875e18f274487d,
    0x3fef31ce4fb2a63f, 0x3c80472b981fe7f2, 0x3fef2b4565e27cdd, -0x43694784c08ef7a2, 0x3fef24dfe1f56381,
    0x3c82f7e16d09ab31, 0x3fef1e9df51fdee1, -0x43c2de64e5904006, 0x3fef187fd0dad990, 0x3c8b3782720c0ab4,
    0x3fef1285a6e4030b, 0x3c6e149289cecb8f, 0x3fef0cafa93e2f56, 0x3c834d754db0abb6, 0x3fef06fe0a31b715,
    0x3c864201e2ac744c, 0x3fef0170fc4cd831, 0x3c8fdd395dd3f84a, 0x3feefc08b26416ff, -0x43795c7fc471a4fc,
    0x3feef6c55f929ff1, -0x436db51233b4af98, 0x3feef1a7373aa9cb, -0x4366f807e4aed272, 0x3feeecae6d05d866,
    -0x438e2e17c16bc92e, 0x3feee7db34e59ff7, -0x4366e6e64c31e4eb, 0x3feee32dc313a8e5, 0x3c859f48a72a4c6d,
    0x3feedea64c123422, -0x436ced9f85d79676, 0x3feeda4504ac801c, -0x43a75870b7e876a5, 0x3feed60a21f72e2a,
    -0x4383d36498b665e5, 0x3feed1f5d950a897, 0x3c4363ed60c2ac11, 0x3feece086061892d, 0x3c9666093b0664ef,
    0x3feeca41ed1d0057, 0x3c6ecce1daa10379, 0x3feec6a2b5c13cd0, 0x3c93ff8e3f0f1230, 0x3feec32af0d7d3de,
    0x3c7690cebb7aafb0, 0x3feebfdad5362a27, 0x3c931dbdeb54e077, 0x3feebcb299fddd0d, -0x43706bcbff8e5c72,
    0x3feeb9b2769d2ca7, -0x43782133236c5cb7, 0x3feeb6daa2cf6642, -0x4387213942f0c7a1, 0x3feeb42b569d4f82,
    -0x4379edb91384a30a, 0x3feeb1a4ca5d920f, 0x3c93350518fdd78e, 0x3feeaf4736b527da, 0x3c7b98b72f8a9b05,
    0x3feead12d497c7fd, 0x3c9063e1e21c5409, 0x3feeab07dd485429, 0x3c34c7855019c6ea, 0x3feea9268a5946b7,
    0x3c9432e62b64c035, 0x3feea76f15ad2148, -0x43731bb59e668961, 0x3feea5e1b976dc09, -0x4373cc3ac410b258,
    0x3feea47eb03a5585, -0x437bac8776d41652, 0x3feea34634ccc320, -0x436c312287a9a7a8, 0x3feea23882552225,
    0x3c5710aa807e1964, 0x3feea155d44ca973, -0x436c4c1040a1ddd8, 0x3feea09e667f3bcd, -0x4395ed5278cb467e,
    0x3feea012750bdabf, -0x439c981047925612, 0x3fee9fb23c651a2f, -0x437f23c2ab1f77af, 0x3fee9f7df9519484,
    -0x4387e09b81a5c131, 0x3fee9f75e8ec5f74, -0x437911b53f748250, 0x3fee9f9a48a58174, -0x4379e6cde1aa1976,
    0x3fee9feb564267c9, 0x3c909ccb5e09d4d3, 0x3feea0694fde5d3f, -0x4384cd2346b25ae3, 0x3feea11473eb0187,
    0x3c94ecfd5467c06b, 0x3feea1ed0130c132, 0x3c65ebe1abd66c55, 0x3feea2f336cf4e62, -0x43775e3ad04c30be,
    0x3feea427543e1a12, -0x436c96490ec4c8cc, 0x3feea589994cce13, -0x437fa17bc5e600e2, 0x3feea71a4623c7ad,
    -0x436b2baf278da892, 0x3feea8d99b4492ed, 0x3c90ad675b0e8a00, 0x3feeaac7d98a6699, 0x3c8db72fc1f0eab4,
    0x3feeace5422aa0db, -0x439a499f633a1801, 0x3feeaf3216b5448c, 0x3c7bf68359f35f44, 0x3feeb1ae99157736,
    -0x436cf6e058e1c27d, 0x3feeb45b0b91ffc6, -0x43a256477493e1d7, 0x3feeb737b0cdc5e5, -0x4393dc06836f46a7,
    0x3feeba44cbc8520f, -0x436dbcbcdd0b0656, 0x3feebd829fde4e50, -0x437a3593289971b5, 0x3feec0f170ca07ba,
    0x3c71affc2b91ce27, 0x3feec49182a3f090, 0x3c6dd235e10a73bb, 0x3feec86319e32323, -0x43783afbdd9ddd9d,
    0x3feecc667b5de565, 0x3c8b1c86e3e231d5, 0x3feed09bec4a2d33, -0x436e442e2c4344eb, 0x3feed503b23e255d,
    0x3c90cc319cee31d2, 0x3feed99e1330b358, 0x3c8469846e735ab3, 0x3feede6b5579fdbf, -0x437d20326871624c,
    0x3feee36bbfd3f37a, 0x3c8c1a7792cb3387, 0x3feee89f995ad3ad, -0x436f8470b52e2606, 0x3feeee07298db666,
    -0x43aa3c26a9235146, 0x3feef3a2b84f15fb, -0x436f5bf1c25909c0, 0x3feef9728de5593a, -0x4397290bc7526ccc,
    0x3feeff76f2fb5e47, -0x436e111d94a775cb, 0x3fef05b030a1064a, 0x3c74ffd70a5fddcd, 0x3fef0c1e904bc1d2,
    -0x436e4204056d6754, 0x3fef12c25bd71e09, 0x3c736eae30af0cb3, 0x3fef199bdd85529c, 0x3c8ee3325c9ffd94,
    0x3fef20ab5fffd07a, 0x3c84e08fd10959ac, 0x3fef27f12e57d14b, 0x3c63cdaf384e1a67, 0x3fef2f6d9406e7b5,
    0x3c676b2c6c921968, 0x3fef3720dcef9069, -0x437f75e77c334a2e, 0x3fef3f0b555dc3fa, -0x437052a2c0000591,
    0x3fef472d4a07897c, -0x436ff251c78a56b7, 0x3fef4f87080d89f2, 0x3c74a385a63d07a7, 0x3fef5818dcfba487,
    -0x437d6e61dfbfddf1, 0x3fef60e316c98398, 0x3c8e5a50d5c192ac, 0x3fef69e603db3285, 0x3c843a59ac016b4b,
    0x3fef7321f301b460, -0x437d2adef84bc1e1, 0x3fef7c97337b9b5f, -0x4376d546c4b8f237, 0x3fef864614f5a129,
    0x3c74b604603a88d3, 0x3fef902ee78b3ff6, 0x3c83c5ec519d7271, 0x3fef9a51fbc74c83, -0x437008ed702c6e10,
    0x3fefa4afa2a490da, -0x437251671ddc8b83, 0x3fefaf482d8e67f1, 0x3c8ec3bc41aa2008, 0x3fefba1bee615a27,
    0x3c842b94c3a9eb32, 0x3fefc52b376bba97, 0x3c8a64a931d185ee, 0x3fefd0765b6e4540, -0x4371c8451bc41c13,
    0x3fefdbfdad9cbe14, 0x3c77893b4d91cd9d, 0x3fefe7c1819e90d8, 0x3c5305c14160cc89, 0x3feff3c22b8f71f1,
]


def _low32(n: int) -> int:
    """The low 32 bits of n as a signed number."""
    return ((n & 0xFFFFFFFF) ^ 0x80000000) - 0x80000000


def _exp_tiny(tmp: float, scale: float) -> float:
    """scale * (1 + tmp) for a result in the subnormal range: rounded once
    to its precision before the final scaling (scale is 2**1022 too big)."""
    y = scale + scale * tmp
    if y < 1.0:
        lo = scale - y + scale * tmp
        hi = 1.0 + y
        lo = 1.0 - hi + y + lo
        y = (lo + hi) - 1.0
        if y == 0.0:
            y = 0.0
    return _TWOM1022 * y


def _exp(x: float) -> float:
    ix = _bits(x)
    abstop = (ix >> 52) & 0x7FF
    if abstop < 0x3C9 or abstop >= 0x408:
        if abstop < 0x3C9:   # |x| < 2**-54
            return 1.0 + x
        if abstop >= 0x409:
            if ix == _NEG_INF_BITS:
                return 0.0
            if abstop >= 0x7FF:
                return 1.0 + x
            return 0.0 if ix < 0 else inf
        abstop = 0   # 512 <= |x| < 1024: the result may over- or underflow
    kd = _fma(x, _INVLN2N, _EXP_SHIFT)
    k = _low32(_bits(kd))
    kd -= _EXP_SHIFT
    r = _fma(kd, _NEGLN2HIN, x)
    r = _fma(kd, _NEGLN2LON, r)
    idx = 2 * (k & 127)
    tail = _from_bits(_EXP_TAB[idx])
    r2 = r * r
    p = _fma(_fma(r, _EXP_C3, _EXP_C2), r2, tail + r)
    tmp = _fma(r2 * r2, _fma(r, _EXP_C5, _EXP_C4), p)
    if abstop == 0:
        if k > 0:
            scale = _from_bits(_EXP_TAB[idx + 1] + ((k << 45) - (1009 << 52)))
            return _TWO1009 * _fma(scale, tmp, scale)
        return _exp_tiny(tmp, _from_bits(_EXP_TAB[idx + 1] + ((k << 45) + (1022 << 52))))
    scale = _from_bits(_EXP_TAB[idx + 1] + (k << 45))
    return _fma(scale, tmp, scale)


def _exp2(x: float) -> float:
    ix = _bits(x)
    abstop = (ix >> 52) & 0x7FF
    if abstop < 0x3C9 or abstop >= 0x408:
        if abstop < 0x3C9:
            return 1.0 + x
        if abstop >= 0x409:
            if ix == _NEG_INF_BITS:
                return 0.0
            if abstop >= 0x7FF:
                return 1.0 + x
            if ix >= 0:
                return inf
            if x <= -1075.0:
                return 0.0
        if fabs(x) > 928.0:
            abstop = 0
    kd = x + _EXP2_SHIFT
    k = _low32(_bits(kd))
    kd -= _EXP2_SHIFT
    r = x - kd
    idx = 2 * (k & 127)
    tail = _from_bits(_EXP_TAB[idx])
    r2 = r * r
    tmp = tail + r * _EXP2_C1 + r2 * (_EXP2_C2 + r * _EXP2_C3) + r2 * r2 * (_EXP2_C4 + r * _EXP2_C5)
    if abstop == 0:
        if k > 0:
            scale = _from_bits(_EXP_TAB[idx + 1] + ((k << 45) - (1 << 52)))
            return 2.0 * (scale + scale * tmp)
        return _exp_tiny(tmp, _from_bits(_EXP_TAB[idx + 1] + ((k << 45) + (1022 << 52))))
    scale = _from_bits(_EXP_TAB[idx + 1] + (k << 45))
    return scale + scale * tmp


# ---- glibc's log ------------------------------------------------------------------------
_LN2HI = 0.6931471805598903
_LN2LO = 5.497923018708371e-14
_LOG_A0 = -0.5000000000000001
_LOG_A1 = 0.33333333331825593
_LOG_A2 = -0.2499999999622955
_LOG_A3 = 0.20000304511814496
_LOG_A4 = -0.16667054827627667
_LOG_B = [-0.5, 0.3333333333333352, -0.24999999999998432, 0.19999999999320328, -0.16666666669929706,
          0.14285715076560868, -0.12499997863982555, 0.11110712032936046, -0.10000486757818193,
          0.09181994006195467, -0.08328363062289341]
_LOG_OFF = 0x3FE6000000000000
_TWO52 = 4503599627370496.0
_TWO27 = 134217728.0

# for 128 subintervals of [0x1.6p-1, 0x1.6p0): 1/c and log(c) for c near the middle
_LOG_TAB = [
    1.4504249240398293, -0.3718565645633589, 1.442253508327276, -0.36620682668944937, 1.4341736174350004,
    -0.3605888069791945, 1.426183816329995, -0.3550022171419869, 1.4182825527052965, -0.34944666968829097,
    1.4104682921759335, -0.3439217713603284, 1.4027396147468003, -0.3384271921261188, 1.3950954438932313,
    -0.332962831494342, 1.3875338232485754, -0.32752794345742586, 1.3800539211058593, -0.32212257167088865,
    1.3726542695419708, -0.3167462884799761, 1.3653332798446802, -0.3113985598928366, 1.358090204587874,
    -0.3060794515165526, 1.3509234892132138, -0.300788424667644, 1.3438320840699889, -0.2955252968476998,
    1.3368146974742003, -0.29028969275850613, 1.329870114677736, -0.2850812793277555, 1.322997339161106,
    -0.27989987391470095, 1.316195352741367, -0.27474526621870154, 1.3094628125672239, -0.2696169863701243,
    1.3027990455471041, -0.26451506180308115, 1.2962024229438942, -0.2594387762767383, 1.2896726275815547,
    -0.2543884090981692, 1.2832080305745537, -0.24936321635129843, 1.276807885983376, -0.24436312405975968,
    1.2704714060687552, -0.23938801747897287, 1.2641976054949482, -0.23443761696705678, 1.257985357514882,
    -0.22951151871518505, 1.2518337750655457, -0.2246094963439873, 1.2457421919097305, -0.21973149037705753,
    1.2397094966625508, -0.2148770752847895, 1.2337348463589233, -0.210046029103637, 1.2278176973028803,
    -0.20523836373934046, 1.2219570190618474, -0.20045368751368642, 1.2161519732977757, -0.1956917537758045,
    1.2104018095009725, -0.19095237845203883, 1.204705805718973, -0.18623539250290833, 1.1990631185441964,
    -0.18154051731551135, 1.1934733004462308, -0.1768677957431919, 1.1879350812847385, -0.17221657406412305,
    1.1824481322833125, -0.16758697765942543, 1.1770114976921955, -0.16297859687290384, 1.1716248121809465,
    -0.15839151377804228, 1.1662869231674715, -0.15382513241456763, 1.1609977486762766, -0.14927976358922024,
    1.1557563220795803, -0.14475495398119165, 1.1505619105480347, -0.14025044090817573, 1.1454138888505974,
    -0.1357660466685502, 1.140311877374656, -0.1313018016355727, 1.1352550225747513, -0.12685731518763532,
    1.1302429094831266, -0.1224325737671279, 1.1252747693068048, -0.11802724521862729, 1.1203501571039876,
    -0.11364127671663482, 1.1154683327680124, -0.10927434611278386, 1.1106291463292157, -0.10492665324943573,
    1.1058315813301596, -0.10059761422644442, 1.1010752177696026, -0.09628717309055901, 1.0963597137952512,
    -0.09199534069557558, 1.0916844827550398, -0.08772190036688698, 1.0870487291277784, -0.08346643613867855,
    1.082452357388312, -0.07922916827544668, 1.0778948225025884, -0.0750099004750382, 1.0733751731601076,
    -0.07080805133352897, 1.068893585073351, -0.06662408085151128, 1.0644491706655506, -0.06245745471915143,
    1.0600414846328305, -0.0583080438042316, 1.0556701316181605, -0.05417576112313327, 1.051334750556926,
    -0.050060547896805474, 1.0470347288442157, -0.045962101199052086, 1.0427699229652954,
    -0.04188056008865715, 1.0385395013738175, -0.03781540056183985, 1.034343418940345, -0.03376684757915882,
    1.0301811073173315, -0.029734619131772888, 1.026052043621297, -0.025718470239212365, 1.0219561082336197,
    -0.021718543925430822, 1.0178926505784922, -0.01773446126981071, 1.0138614436244586,
    -0.013766252464051831, 1.0098620186501341, -0.009813706322574944, 1.0058938559734134,
    -0.005876555150052809, 1.00195696235014, -0.0019550499938532084, 0.9961089923088509,
    0.0038985973556009412, 0.9884170338185201, 0.011650571286395461, 0.9808429191005297, 0.019342955478919066,
    0.9733840169987446, 0.0269766014846482, 0.9660377568876556, 0.034552359728422744, 0.9588014945307369,
    0.04207121767183253, 0.9516728569073111, 0.049533940950141186, 0.9446494635965822, 0.056941358295944156,
    0.9377288993026223, 0.06429439168346107, 0.9309091073790681, 0.0715936354946507, 0.924187681612722,
    0.07884010933776153, 0.9175626765599192, 0.08603438905970506, 0.9110320403624034, 0.09317721180013905,
    0.9045935839762024, 0.10026951462748457, 0.8982456375922825, 0.10731170956330516, 0.8919860966782501,
    0.11430473320717738, 0.8858131121185129, 0.12124928503033061, 0.879725075760676, 0.12814583422959913,
    0.8737201372634685, 0.1349951636851756, 0.8677966405782273, 0.1417978768189414, 0.8619528050060739,
    0.14855476039031146, 0.8561872354420692, 0.1552661937658968, 0.8504983927816893, 0.16193275688146969,
    0.8448844572790304, 0.16855539792220497, 0.8393442741575965, 0.1751343179947753, 0.8338762249349438,
    0.1816702989864325, 0.8284789320557778, 0.18816387146023317, 0.8231510800065832, 0.1946155228479256,
    0.8178913903778707, 0.20102572579389744, 0.8126984007245374, 0.2073952090795501, 0.8075710029460227,
    0.21372429840596396, 0.8025078881160415, 0.2200135945981856, 0.7975077379364331, 0.22626374162859975,
    0.792569604966373, 0.23247494747693054, 0.7876923641254114, 0.23864766620658884, 0.7828746724940998,
    0.24478265647405806, 0.7781155388790811, 0.25088025827324145, 0.7734139557869777, 0.2569408552510595,
    0.7687687179914933, 0.26296511155101143, 0.7641790698041854, 0.2689531327189343, 0.7596438763692399,
    0.27490553924610595, 0.7551621951078668, 0.2808227248478943, 0.7507331780216866, 0.286704979267256,
    0.7463557196361751, 0.29255295645509705, 0.7420289364869653, 0.2983670386142876, 0.7377521537065876,
    0.30414734587282055, 0.7335242966002608, 0.30989455774829366, 0.729344777457841, 0.31560871301871884,
]


def _log(x: float) -> float:
    """log(x) for x > 0 (and inf); glibc's algorithm with its fused steps."""
    ix = _bits(x)
    if 0x3FEE000000000000 <= ix < 0x3FF1090000000000:   # 1 - 2**-4 <= x < 1 + 0x1.09p-4
        if x == 1.0:
            return 0.0
        b = _LOG_B
        r = x - 1.0
        r2 = r * r
        r3 = r * r2
        p = _fma(r2, b[3], _fma(r, b[2], b[1]))
        q = _fma(r2, b[6], _fma(r, b[5], b[4]))
        s = _fma(r3, b[10], _fma(r2, b[9], _fma(r, b[8], b[7])))
        y = _fma(_fma(s, r3, q), r3, p)
        w = r * _TWO27
        rhi = r + w - w
        rlo = r - rhi
        w = rhi * rhi * b[0]
        hi = r + w
        lo = r - hi + w
        lo = _fma(b[0] * rlo, rhi + r, lo)
        return hi + _fma(y, r3, lo)
    top = ix >> 48
    if top < 0x0010 or top >= 0x7FF0:
        if x == 0.0:
            return -inf
        if x == inf:
            return x
        if ix < 0 or top >= 0x7FF0:
            return nan
        ix = _bits(x * _TWO52) - (52 << 52)    # subnormal: normalise
    tmp = ix - _LOG_OFF
    i = (tmp >> 45) & 127
    k = tmp >> 52
    z = _from_bits(ix - (tmp & (-1 << 52)))
    invc = _LOG_TAB[2 * i]
    logc = _LOG_TAB[2 * i + 1]
    r = _fma(z, invc, -1.0)
    kd = float(k)
    w = _fma(kd, _LN2HI, logc)
    hi = w + r
    lo = _fma(kd, _LN2LO, w - hi + r)
    r2 = r * r
    y = _fma(r * r2, _fma(_fma(r, _LOG_A4, _LOG_A3), r2, _fma(r, _LOG_A2, _LOG_A1)), _fma(r2, _LOG_A0, lo))
    return y + hi


# ---- glibc's log2 -----------------------------------------------------------------------
_INVLN2HI = 1.4426950407214463
_INVLN2LO = 1.6751713164886512e-10
_LOG2_A = [-0.7213475204444882, 0.4808983469629985, -0.36067375954075914, 0.2885390073180969,
           -0.2404693555628422, 0.2061202382173603]
_LOG2_B = [-0.7213475204444817, 0.48089834696298744, -0.360673760222145, 0.2885390081805197,
           -0.24044917405728863, 0.2060992861022954, -0.18033596705327856, 0.1603032746063156,
           -0.14483316576701266, 0.13046826811283835]

# for 64 subintervals of [0x1.6p-1, 0x1.6p0): 1/c and log2(c) for c near the middle
_LOG2_TAB = [
    1.4463276106642393, -0.5323943771486483, 1.4301675812282968, -0.516184206053822, 1.4143648676229383,
    -0.5001543441974263, 1.3989068970611538, -0.4842999484799293, 1.3837838957784339, -0.46861865624623533,
    1.368983882697786, -0.4531054615783887, 1.3544972916324536, -0.43775750882059583, 1.3403139676437443,
    -0.4225709906127122, 1.3264249304188642, -0.40754302793970965, 1.3128203652112156, -0.3926695240384106,
    1.299492412370217, -0.3779482100565019, 1.28643198385998, -0.36337518101890964, 1.2736319291846832,
    -0.3489484089425332, 1.2610838968062879, -0.33466425780738973, 1.248780314313572, -0.3205197000629596,
    1.2367150450059063, -0.3065131231801388, 1.2248804968401878, -0.2926410022678283, 1.2132702353497795,
    -0.2789009220805383, 1.2018780785715362, -0.2652905529862437, 1.190697765061355, -0.2518072602367738,
    1.1797235410550593, -0.23844881494437686, 1.1689498986205256, -0.22521309705462045, 1.158371137408455,
    -0.21209756102439314, 1.1479820146386086, -0.1991000395789797, 1.1377775576851088, -0.18621852970682085,
    1.127753150630225, -0.17345131655361, 1.1179037012282074, -0.16079591649577196, 1.1082251967632821,
    -0.14825107384353942, 1.098712461056607, -0.13581387465410444, 1.0893619091634283, -0.12348332762257996,
    1.0801689912316736, -0.11125703807351783, 1.071129489697672, -0.09913289918449664, 1.0622406576750423,
    -0.08711065531497297, 1.0534977607927976, -0.07518724771330199, 1.044897877982342, -0.06336194888240243,
    1.0364370289499079, -0.0516324649456692, 1.0281122132034575, -0.039997735929773626, 1.0199202450036955,
    -0.028456341769015125, 1.0118577522306755, -0.017006489068080555, 1.003921649236766,
    -0.005646678981520381, 0.9922480467550775, 0.011227277611396858, 0.9770993366178549, 0.033422853921138085,
    0.9624059787315814, 0.05528248992573026, 0.9481480598286369, 0.07681573143713649, 0.9343065931261065,
    0.09803204623631245, 0.9208633936884979, 0.11894094059630334, 0.9078013641840602, 0.13955143862290242,
    0.8951048181512927, 0.15987146080919956, 0.882758574260473, 0.17990916589428707, 0.8707481902241709,
    0.19967252559081317, 0.8590602881746972, 0.2191687127685782, 0.8476822044336688, 0.23840459427242422,
    0.8366013284053287, 0.25738780610663525, 0.8258064913621258, 0.27612433583180973, 0.8152865101579193,
    0.2946209507022104, 0.8050314363208223, 0.31288297359969874, 0.7950310492640542, 0.33091689015759584,
    0.7852760432487271, 0.3487282100279572, 0.7757575660314712, 0.36632223233368677, 0.7664670566588946,
    0.383704309808536, 0.7573965608078645, 0.4008792246509074, 0.7485380168514022, 0.41785250494945103,
    0.7398844213755009, 0.4346281724315304, 0.7314286113178112, 0.45121103315341315,
]


def _log2(x: float) -> float:
    """log2(x) for x > 0 (and inf); glibc's algorithm with its fused steps."""
    ix = _bits(x)
    if 0x3FEEA4AF00000000 <= ix < 0x3FF0B55900000000:   # 1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5
        if x == 1.0:
            return 0.0
        b = _LOG2_B
        r = x - 1.0
        hi = r * _INVLN2HI
        lo = _fma(r, _INVLN2LO, _fma(_INVLN2HI, r, -hi))
        r2 = r * r
        r4 = r2 * r2
        p = _fma(r, b[1], b[0])
        y = _fma(p, r2, hi)
        lo = _fma(p, r2, hi - y) + lo
        q = _fma(_fma(r, b[5], b[4]), r2, _fma(r, b[3], b[2]))
        s = _fma(_fma(r, b[9], b[8]), r2, _fma(r, b[7], b[6]))
        return y + _fma(_fma(s, r4, q), r4, lo)
    top = ix >> 48
    if top < 0x0010 or top >= 0x7FF0:
        if x == 0.0:
            return -inf
        if x == inf:
            return x
        if ix < 0 or top >= 0x7FF0:
            return nan
        ix = _bits(x * _TWO52) - (52 << 52)
    a = _LOG2_A
    tmp = ix - _LOG_OFF
    i = (tmp >> 46) & 63
    z = _from_bits(ix - (tmp & (-1 << 52)))
    t3 = float(tmp >> 52) + _LOG2_TAB[2 * i + 1]
    r = _fma(z, _LOG2_TAB[2 * i], -1.0)
    t1 = _INVLN2HI * r
    t2 = _fma(r, _INVLN2LO, _fma(_INVLN2HI, r, -t1))
    hi = t1 + t3
    lo = t3 - hi + t1 + t2
    r2 = r * r
    r4 = r2 * r2
    p = _fma(_fma(r, a[5], a[4]), r4, _fma(_fma(r, a[3], a[2]), r2, _fma(r, a[1], a[0])))
    return _fma(r2, p, lo) + hi


# ---- glibc's pow ------------------------------------------------------------------------
_POW_A = [-0.5, 0.5000000000000007, -0.6666666663487739, 1.0000415263675542]    # A0 A2 A4 A6
_POW_A1 = -0.6666666666666679
_POW_A3 = 0.7999999995323976
_POW_A5 = -1.142909628459501
_POW_OFF = 0x3FE6955500000000

# for 128 subintervals of [0x1.69555p-1, 0x1.69555p0): 1/c, log(c) and the
# low part of log(c)
_POW_TAB = [
    1.4140625, -0.3464667673462145, 5.929407345889625e-15, 1.40625, -0.34092658697056777,
    -2.544157440035963e-14, 1.3984375, -0.3353555419211034, -3.443525940775045e-14, 1.390625,
    -0.3297532863724655, -2.500123826022799e-15, 1.3828125, -0.32411946865420305, -8.929337133850617e-15,
    1.375, -0.31845373111855224, 1.7625431312172662e-14, 1.3671875, -0.31275571000389846,
    1.5688303180062087e-15, 1.359375, -0.3070250352949415, 2.9655274673691784e-14, 1.3515625,
    -0.3012613305781997, 3.7923164802093147e-14, 1.34375, -0.2954642128938758, 3.993416384387844e-14,
    1.3359375, -0.28963329258306203, 1.9352855826489123e-14, 1.3359375, -0.28963329258306203,
    1.9352855826489123e-14, 1.328125, -0.28376817313062475, -1.9852665484979036e-14, 1.3203125,
    -0.27786845100342816, -2.814323765595281e-14, 1.3125, -0.2719337154836694, 2.7643769993528702e-14,
    1.3046875, -0.2659635484970977, -4.025092402293806e-14, 1.296875, -0.25995752443691345,
    -1.2621729398885316e-14, 1.2890625, -0.25391520998095984, -3.600176732637335e-15, 1.2890625,
    -0.25391520998095984, -3.600176732637335e-15, 1.28125, -0.2478361639045943, 1.3029797173308663e-14,
    1.2734375, -0.2417199368871934, 4.8230289429940886e-14, 1.265625, -0.23556607131274632,
    -2.0592242769647135e-14, 1.2578125, -0.22937410106487732, 3.149265065191484e-14, 1.25,
    -0.22314355131425145, 4.169796584527195e-14, 1.25, -0.22314355131425145, 4.169796584527195e-14, 1.2421875,
    -0.21687393830063684, 2.2477465222466186e-14, 1.234375, -0.21056476910735, 3.6507188831790577e-16,
    1.2265625, -0.2042155414286526, -3.827767260205414e-14, 1.2265625, -0.2042155414286526,
    -3.827767260205414e-14, 1.21875, -0.19782574332987224, -4.7641388950792196e-14, 1.2109375,
    -0.19139485299967873, 4.9278276214647115e-14, 1.203125, -0.18492233849406148, 4.9485167661250996e-14,
    1.203125, -0.18492233849406148, 4.9485167661250996e-14, 1.1953125, -0.1784076574728033,
    -1.5003333854266542e-14, 1.1875, -0.17185025692663203, -2.7194441649495324e-14, 1.1875,
    -0.17185025692663203, -2.7194441649495324e-14, 1.1796875, -0.1652495728952772, -2.99659267292569e-14,
    1.171875, -0.15860503017665906, 2.0472357800461955e-14, 1.171875, -0.15860503017665906,
    2.0472357800461955e-14, 1.1640625, -0.15191604202584585, 3.879296723063646e-15, 1.15625,
    -0.1451820098444614, -3.6506824353335045e-14, 1.1484375, -0.13840232285906495, -5.4183331379008994e-14,
    1.1484375, -0.13840232285906495, -5.4183331379008994e-14, 1.140625, -0.131576357788731,
    1.1729485484531301e-14, 1.140625, -0.131576357788731, 1.1729485484531301e-14, 1.1328125,
    -0.12470347850091912, -3.811763084710266e-14, 1.125, -0.11778303565643, 4.654729747598445e-14, 1.125,
    -0.11778303565643, 4.654729747598445e-14, 1.1171875, -0.11081436634026431, -2.5799991283069902e-14,
    1.109375, -0.10379679368168127, 3.7700471749674615e-14, 1.109375, -0.10379679368168127,
    3.7700471749674615e-14, 1.1015625, -0.09672962645856842, 1.7306161136093256e-14, 1.1015625,
    -0.09672962645856842, 1.7306161136093256e-14, 1.09375, -0.089612158689647, -4.012913552726574e-14,
    1.0859375, -0.08244366921110213, 2.7541708360737882e-14, 1.0859375, -0.08244366921110213,
    2.7541708360737882e-14, 1.078125, -0.07522342123763792, 5.0396178134370583e-14, 1.078125,
    -0.07522342123763792, 5.0396178134370583e-14, 1.0703125, -0.06795066190852594, 1.8195060030168815e-14,
    1.0625, -0.06062462181648698, 5.213620639136504e-14, 1.0625, -0.06062462181648698, 5.213620639136504e-14,
    1.0546875, -0.053244514518837605, 2.532168943117445e-14, 1.0546875, -0.053244514518837605,
    2.532168943117445e-14, 1.046875, -0.045809536031242715, -5.148849572685811e-14, 1.046875,
    -0.045809536031242715, -5.148849572685811e-14, 1.0390625, -0.038318864302141264, 4.6652946995830086e-15,
    1.0390625, -0.038318864302141264, 4.6652946995830086e-15, 1.03125, -0.03077165866670839,
    -4.529814257790929e-14, 1.03125, -0.03077165866670839, -4.529814257790929e-14, 1.0234375,
    -0.023167059281490765, -4.361324067851568e-14, 1.015625, -0.015504186535963527, -1.7274567499706107e-15,
    1.015625, -0.015504186535963527, -1.7274567499706107e-15, 1.0078125, -0.0077821404420319595,
    -2.298941004620351e-14, 1.0078125, -0.0077821404420319595, -2.298941004620351e-14, 1.0, 0.0, 0.0, 1.0,
    0.0, 0.0, 0.9921875, 0.007843177461040796, -1.4902732911301337e-14, 0.984375, 0.01574835696817445,
    -3.527980389655325e-14, 0.9765625, 0.023716526617363343, -4.730054772033249e-14, 0.96875,
    0.03174869831457272, 7.580310369375161e-15, 0.9609375, 0.039845908547249564, -4.9893776716773285e-14,
    0.953125, 0.048009219186383234, -2.262629393030674e-14, 0.9453125, 0.056239718322899535,
    -2.345674491018699e-14, 0.94140625, 0.06038051098892083, -1.3352588834854848e-14, 0.93359375,
    0.06871389254808946, -3.765296820388875e-14, 0.92578125, 0.07711730334438016, 5.1128335719851986e-14,
    0.91796875, 0.08559193033545398, -5.046674438470119e-14, 0.9140625, 0.08985632912185793,
    3.1218748807418837e-15, 0.90625, 0.09844007281321865, 3.3871241029241416e-14, 0.8984375,
    0.10709813555638448, -1.7376727386423858e-14, 0.89453125, 0.11145544092528326, 3.957125899799804e-14,
    0.88671875, 0.12022742699821265, -5.2849453521890294e-14, 0.8828125, 0.12464244520731427,
    -3.767012502308738e-14, 0.875, 0.13353139262449076, 3.1859736349078334e-14, 0.87109375,
    0.13800567301939282, 5.0900642926060466e-14, 0.86328125, 0.14701474296180095, 8.710783796122478e-15,
    0.859375, 0.15154989812720032, 6.157896229122976e-16, 0.8515625, 0.16068238169043525,
    3.821577743916796e-14, 0.84765625, 0.16528009093906348, 3.9440046718453496e-14, 0.83984375,
    0.17453941635187675, 2.2924522154618074e-14, 0.8359375, 0.17920142945774842, -3.742530094732263e-14,
    0.83203125, 0.18388527877016259, -2.5223102140407338e-14, 0.82421875, 0.1933193110035063,
    -1.0320443688698849e-14, 0.8203125, 0.19806991376208316, 1.0634128304268335e-14, 0.8125,
    0.20763936477828793, -4.3425422595242564e-14, 0.80859375, 0.21245865121420593, -1.2527395755711364e-14,
    0.8046875, 0.21730127569003344, -5.204008743405884e-14, 0.80078125, 0.22216746534115828,
    -3.979844515951702e-15, 0.79296875, 0.2319714654378231, -4.7955860343296286e-14, 0.7890625,
    0.2369097470783572, 5.015686013791602e-16, 0.78515625, 0.24187253642048745, -7.252318953240293e-16,
    0.78125, 0.2468600779315011, 2.4688324156011588e-14, 0.7734375, 0.2569104137850218, 5.465121253624792e-15,
    0.76953125, 0.26197371574153294, 4.102651071698446e-14, 0.765625, 0.2670627852490952,
    -4.996736502345936e-14, 0.76171875, 0.27217788591576664, 4.903580708156347e-14, 0.7578125,
    0.27731928541618345, 5.089628039500759e-14, 0.75390625, 0.28248725557466514, 1.1782016386565151e-14,
    0.74609375, 0.29290401643288533, 4.727452940514406e-14, 0.7421875, 0.29815337231912054,
    -4.4204083338755686e-14, 0.73828125, 0.3034304294199046, 1.548345993498083e-14, 0.734375,
    0.30873548164959175, 2.1522127491642888e-14, 0.73046875, 0.3140688276249648, 1.1054030169005386e-14,
    0.7265625, 0.31943077076641657, -5.534326352070679e-14, 0.72265625, 0.3248216194012912,
    -5.351646604259541e-14, 0.71875, 0.33024168687052224, 5.4612144489920215e-14, 0.71484375,
    0.3356912916381134, 2.8136969901227338e-14, 0.7109375, 0.3411707574027787, -1.156568624616423e-14,
]


def _checkint(iy: int) -> int:
    """0 if the float with bits iy (finite, not 0) is not an integer, 1 if
    it is odd, 2 if even."""
    ex = (iy >> 52) & 0x7FF
    if ex < 0x3FF:
        return 0
    if ex > 0x3FF + 52:
        return 2
    if iy & ((1 << (0x3FF + 52 - ex)) - 1):
        return 0
    if iy & (1 << (0x3FF + 52 - ex)):
        return 1
    return 2


def _pow(x: float, y: float) -> float:
    """x ** y for finite x and y (C's pow: nan for a domain error, inf for
    an overflow or a pole)."""
    ix = _bits(x)
    iy = _bits(y)
    topx = (ix >> 52) & 0xFFF
    topy = (iy >> 52) & 0x7FF
    negative = False
    if topx == 0 or topx >= 0x7FF or topy < 0x3BE or topy >= 0x43E:
        if y == 0.0:
            return 1.0
        if ix == 0x3FF0000000000000:
            return 1.0
        if x == 0.0:
            x2 = x * x
            if ix < 0 and _checkint(iy) == 1:
                x2 = -x2
            return copysign(inf, x2) if iy < 0 else x2
        if ix < 0:
            yint = _checkint(iy)
            if yint == 0:
                return nan
            negative = yint == 1
            ix &= ~_SIGN
            topx &= 0x7FF
        if topy < 0x3BE or topy >= 0x43E:
            if ix == 0x3FF0000000000000:
                return 1.0
            if topy < 0x3BE:   # |y| < 2**-65
                return 1.0 + y if ix > 0x3FF0000000000000 else 1.0 - y
            return inf if (ix > 0x3FF0000000000000) == (iy >= 0) else 0.0
        if topx == 0:   # subnormal x: normalise
            ix = (_bits(x * _TWO52) & ~_SIGN) - (52 << 52)
    # log(x) as hi + lo, about 15 bits beyond a double
    tmp = ix - _POW_OFF
    i = 3 * ((tmp >> 45) & 127)
    z = _from_bits(ix - (tmp & (-1 << 52)))
    kd = float(tmp >> 52)
    a = _POW_A
    t1 = _fma(kd, _LN2HI, _POW_TAB[i + 1])
    lo1 = _fma(kd, _LN2LO, _POW_TAB[i + 2])
    r = _fma(z, _POW_TAB[i], -1.0)
    ar = r * a[0]
    t2 = r + t1
    ar2 = r * ar
    ar3 = r * ar2
    lo3 = _fma(ar, r, -ar2)
    lo2 = t1 - t2 + r
    hi = t2 + ar2
    lo4 = t2 - hi + ar2
    p = _fma(ar2, _fma(_fma(r, a[3], _POW_A5), ar2, _fma(r, a[2], _POW_A3)), _fma(r, a[1], _POW_A1))
    lo = _fma(ar3, p, lo1 + lo2 + lo3 + lo4)
    lh = hi + lo
    ltail = hi - lh + lo
    # exp(y * (lh + ltail))
    ehi = y * lh
    elo = _fma(y, ltail, _fma(lh, y, -ehi))
    abstop = (_bits(ehi) >> 52) & 0x7FF
    if abstop < 0x3C9 or abstop >= 0x408:
        if abstop < 0x3C9:
            one = 1.0 + ehi
            return -one if negative else one
        if abstop >= 0x409:
            if ehi < 0:
                return -0.0 if negative else 0.0
            return -inf if negative else inf
        abstop = 0
    kd = _fma(ehi, _INVLN2N, _EXP_SHIFT)
    k = _low32(_bits(kd))
    kd -= _EXP_SHIFT
    r = _fma(kd, _NEGLN2LON, _fma(kd, _NEGLN2HIN, ehi))
    r = elo + r
    idx = 2 * (k & 127)
    r2 = r * r
    q = _fma(_fma(r, _EXP_C3, _EXP_C2), r2, r + _from_bits(_EXP_TAB[idx]))
    tmp2 = _fma(_fma(r, _EXP_C5, _EXP_C4), r2 * r2, q)
    sign = _SIGN if negative else 0
    if abstop == 0:
        if k > 0:
            scale = _from_bits((_EXP_TAB[idx + 1] + ((k << 45) - (1009 << 52))) | sign)
            return _fma(scale, tmp2, scale) * _TWO1009
        sbits = (_EXP_TAB[idx + 1] + ((k << 45) + (1022 << 52))) | sign
        scale = _from_bits(sbits)
        y = scale + scale * tmp2
        if fabs(y) < 1.0:
            one = -1.0 if y < 0.0 else 1.0
            lo = scale - y + scale * tmp2
            hi = y + one
            lo = one - hi + y + lo
            y = (lo + hi) - one
            if y == 0.0:
                y = _from_bits(sbits & _SIGN)
        return y * _TWOM1022
    scale = _from_bits((_EXP_TAB[idx + 1] + (k << 45)) | sign)
    return _fma(scale, tmp2, scale)


def _log10(x: float) -> float:
    """glibc's log10 (fdlibm's method over its log), for x > 0 (and inf)."""
    ix = _bits(x)
    k = 0
    if ix < 0x0010000000000000:   # subnormal
        x *= 18014398509481984.0
        k = -54
        ix = _bits(x)
    if ix >= 0x7FF0000000000000:
        return x + x
    k += (ix >> 52) - 1023
    i = 1 if k < 0 else 0
    y = float(k + i)
    z = _from_bits((ix & _MANT) | ((0x3FF - i) << 52))
    return _log(z) * 0.4342944819032518 + y * 3.694239077158931e-13 + y * 0.30102999566361177


# ---- the exponential and logarithm functions, with CPython's errors -------------------

def exp(x: float, /) -> float:
    r = _exp(x)
    if not _finite(r) and _finite(x):
        raise _range()
    return r


def exp2(x: float, /) -> float:
    r = _exp2(x)
    if not _finite(r) and _finite(x):
        raise _range()
    return r


def _checked_log(x: float, which: int) -> float:
    """CPython's m_log/m_log2/m_log10: ValueError for x <= 0, -inf stays."""
    if x != x:
        return x
    if x <= 0.0:
        raise _domain()
    if which == 0:
        return _log(x)
    if which == 2:
        return _log2(x)
    return _log10(x)


def log(x: float, base: float | None = None, /) -> float:
    num = _checked_log(x, 0)
    if base is None:
        return num
    den = _checked_log(base, 0)
    if den == 0.0:
        raise ZeroDivisionError("float division by zero")
    return num / den


def log2(x: float, /) -> float:
    return _checked_log(x, 2)


def log10(x: float, /) -> float:
    return _checked_log(x, 10)


def pow(x: float, y: float, /) -> float:
    if not _finite(x) or not _finite(y):
        if x != x:
            return 1.0 if y == 0.0 else x
        if y != y:
            return 1.0 if x == 1.0 else y
        if not _finite(x):
            odd_y = _finite(y) and _fmod(fabs(y), 2.0) == 1.0
            if y > 0.0:
                return x if odd_y else fabs(x)
            if y == 0.0:
                return 1.0
            return copysign(0.0, x) if odd_y else 0.0
        if fabs(x) == 1.0:
            return 1.0
        if y > 0.0 and fabs(x) > 1.0:
            return y
        if y < 0.0 and fabs(x) < 1.0:
            return -y
        return 0.0
    r = _pow(x, y)
    if r != r or (not _finite(r) and x == 0.0):
        raise _domain()
    if not _finite(r):
        raise _range()
    return r


# ---- glibc's expm1 and log1p (fdlibm's methods, fused as glibc's FMA build) ----------------
_LN2_HI = 0.6931471803691238      # the high 32 bits of ln 2: k * _LN2_HI is exact
_LN2_LO = 1.9082149292705877e-10
_INVLN2 = 1.4426950408889634
_EXPM1_Q = [-0.03333333333333313, 0.0015873015872548146, -7.93650757867488e-05, 4.008217827329362e-06,
            -2.0109921818362437e-07]
_LOG1P_LP = [0.6666666666666735, 0.3999999999940942, 0.2857142874366239, 0.22222198432149784,
             0.1818357216161805, 0.15313837699209373, 0.14798198605116586]


def _expm1(x: float) -> float:
    ix = _bits(x)
    neg = ix < 0
    ax = (ix >> 32) & 0x7FFFFFFF
    if ax >= 0x4043687A:   # |x| >= 56 ln 2
        if ax >= 0x40862E42:
            if ax >= 0x7FF00000:
                if x != x:
                    return x + x
                return -1.0 if neg else x
            if x > 709.782712893384:
                return inf
        if neg:
            return -1.0
    k = 0
    c = 0.0
    if ax > 0x3FD62E42:   # |x| > ln2 / 2: x = k ln2 + hi - lo
        if ax < 0x3FF0A2B2:
            if neg:
                hi = x + _LN2_HI
                lo = -_LN2_LO
                k = -1
            else:
                hi = x - _LN2_HI
                lo = _LN2_LO
                k = 1
        else:
            k = int(_INVLN2 * x + (-0.5 if neg else 0.5))
            t = float(k)
            hi = x - t * _LN2_HI
            lo = t * _LN2_LO
        x = hi - lo
        c = (hi - x) - lo
    elif ax < 0x3C900000:   # |x| < 2**-54
        return x
    q = _EXPM1_Q
    hfx = 0.5 * x
    hxs = x * hfx
    h2 = hxs * hxs
    r1 = _fma(h2 * h2, _fma(hxs, q[4], q[3]), _fma(h2, _fma(hxs, q[2], q[1]), _fma(hxs, q[0], 1.0)))
    t = _fma(-r1, hfx, 3.0)
    e = (r1 - t) / _fma(-x, t, 6.0) * hxs
    if k == 0:
        return x - _fma(e, x, -hxs)
    e = _fma(e - c, x, -c) - hxs
    if k == -1:
        return _fma(0.5, x - e, -0.5)
    if k == 1:
        if x < -0.25:
            return (e - (x + 0.5)) * -2.0
        return _fma(x - e, 2.0, 1.0)
    if k <= -2 or k > 56:
        y = 1.0 - (e - x)
        return _from_bits(_bits(y) + (k << 52)) - 1.0
    if k < 20:
        y = _from_bits((0x3FF00000 - (0x200000 >> k)) << 32) - (e - x)
    else:
        y = x - (e + _from_bits((0x3FF - k) << 52)) + 1.0
    return _from_bits(_bits(y) + (k << 52))


def _log1p(x: float) -> float:
    hx = _bits(x) >> 32        # the high word, signed
    ax = hx & 0x7FFFFFFF
    k = 1
    c = 0.0
    hu = 0
    f = 0.0
    if hx < 0x3FDA827A:   # x < 0.41422
        if ax >= 0x3FF00000:   # x <= -1
            return -inf if x == -1.0 else nan
        if ax < 0x3E200000:    # |x| < 2**-29
            if ax < 0x3C900000:
                return x
            return x - x * x * 0.5
        if hx > 0 or ax < 0x3FD2BEC4:    # -0.2929 < x < 0.41422
            k = 0
            f = x
            hu = 1
    elif hx >= 0x7FF00000:
        return x + x
    if k != 0:
        if hx < 0x43400000:
            u = x + 1.0
            hu = _bits(u) >> 32
            k = (hu >> 20) - 1023
            c = (1.0 - (u - x) if k > 0 else x - (u - 1.0)) / u    # the rounding error of u
        else:
            u = x
            hu = hx
            k = (hu >> 20) - 1023
        hu &= 0xFFFFF
        low = _bits(u) & 0xFFFFFFFF
        if hu < 0x6A09E:   # u scaled into [1, sqrt 2)
            u = _from_bits(((hu | 0x3FF00000) << 32) | low)
        else:              # or into [sqrt 2 / 2, 1)
            k += 1
            u = _from_bits(((hu | 0x3FE00000) << 32) | low)
            hu = (0x100000 - hu) >> 2
        f = u - 1.0
    hfsq = 0.5 * f * f
    kd = float(k)
    if hu == 0:   # |f| < 2**-20
        if f == 0.0:
            if k == 0:
                return 0.0
            return kd * _LN2_HI + _fma(kd, _LN2_LO, c)
        r = _fma(-f, 0.6666666666666666, 1.0) * hfsq
        if k == 0:
            return f - r
        return kd * _LN2_HI - ((r - _fma(kd, _LN2_LO, c)) - f)
    lp = _LOG1P_LP
    s = f / (2.0 + f)
    z = s * s
    z2 = z * z
    z4 = z2 * z2
    r = _fma(z2 * z4, _fma(z, lp[6], lp[5]), _fma(z4, _fma(z, lp[4], lp[3]),
                                                   _fma(z, lp[0], z2 * _fma(z, lp[2], lp[1]))))
    sr = (r + hfsq) * s
    if k == 0:
        return f - (hfsq - sr)
    return kd * _LN2_HI - ((hfsq - (sr + _fma(kd, _LN2_LO, c))) - f)


# ---- glibc's hyperbolic functions (fdlibm's methods over exp, expm1, log, log1p) -----------
_LN2 = 0.6931471805599453


def _sinh(x: float) -> float:
    ix = _bits(x)
    ax = (ix >> 32) & 0x7FFFFFFF
    if ax >= 0x7FF00000:
        return x + x
    h = -0.5 if ix < 0 else 0.5
    a = fabs(x)
    if ax < 0x40360000:   # |x| < 22
        if ax < 0x3E300000:
            return x
        t = _expm1(a)
        if ax < 0x3FF00000:
            return h * ((t + t) - t * t / (t + 1.0))
        return h * (t / (1.0 + t) + t)
    if ax < 0x40862E42:
        return h * _exp(a)
    if (ix & ~_SIGN) <= 0x408633CE8FB9F87D:   # |x| below the overflow threshold
        w = _exp(0.5 * a)
        return w * (h * w)
    return x * 1e307


def _cosh(x: float) -> float:
    ix = _bits(x)
    ax = (ix >> 32) & 0x7FFFFFFF
    a = fabs(x)
    if ax < 0x40360000:
        if ax < 0x3FD62E43:   # |x| < ln2 / 2
            if ax < 0x3C800000:
                return 1.0
            t = _expm1(a)
            w = t + 1.0
            return 1.0 + t * t / (w + w)
        t = _exp(a)
        return t * 0.5 + 0.5 / t
    if ax < 0x40862E42:
        return 0.5 * _exp(a)
    if (ix & ~_SIGN) <= 0x408633CE8FB9F87D:
        w = _exp(0.5 * a)
        return 0.5 * w * w
    if ax >= 0x7FF00000:
        return x * x
    return inf


def _tanh(x: float) -> float:
    ix = _bits(x)
    ax = (ix >> 32) & 0x7FFFFFFF
    if ax >= 0x7FF00000:
        return 1.0 / x + 1.0 if ix >= 0 else 1.0 / x - 1.0
    if ax < 0x40360000:
        if x == 0.0:
            return x
        if ax < 0x3C800000:
            return (1.0 + x) * x
        a = fabs(x)
        if ax >= 0x3FF00000:
            z = 1.0 - 2.0 / (_expm1(a + a) + 2.0)
        else:
            t = _expm1(a * -2.0)
            z = -t / (t + 2.0)
    else:
        z = 1.0
    return z if ix >= 0 else -z


def _asinh(x: float) -> float:
    ax = (_bits(x) >> 32) & 0x7FFFFFFF
    if ax < 0x3E300000:   # |x| < 2**-28
        return x
    a = fabs(x)
    if ax > 0x41B00000:   # |x| > 2**28
        if ax >= 0x7FF00000:
            return x + x
        w = _log(a) + _LN2
    elif ax > 0x40000000:
        w = _log(1.0 / (sqrt(x * x + 1.0) + a) + (a + a))
    else:
        t = x * x
        w = _log1p(t / (sqrt(t + 1.0) + 1.0) + a)
    return copysign(w, x)


def _acosh(x: float) -> float:
    ix = _bits(x)
    if ix <= 0x4000000000000000:   # x <= 2 (or negative)
        if ix <= 0x3FF0000000000000:
            return 0.0 if x == 1.0 else nan
        t = x - 1.0
        return _log1p(t + sqrt((t + t) + t * t))
    if ix > 0x41AFFFFFFFFFFFFF:   # x >= 2**28
        if ix > 0x7FEFFFFFFFFFFFFF:
            return x + x
        return _log(x) + _LN2
    return _log((x + x) - 1.0 / (sqrt(x * x - 1.0) + x))


def _atanh(x: float) -> float:
    a = fabs(x)
    if a < 0.5:
        if a < 3.725290298461914e-09:   # 2**-28
            return x
        t = a + a
        r = 0.5 * _log1p(a * t / (1.0 - a) + t)
    elif a < 1.0:
        r = 0.5 * _log1p((a + a) / (1.0 - a))
    elif a == 1.0:
        return copysign(inf, x)
    else:
        return nan
    return copysign(r, x)


_CBRT_FACTOR = [0.6299605249474365, 0.7937005259840997, 1.0, 1.2599210498948732, 1.5874010519681996]


def _cbrt(x: float) -> float:
    """glibc's cbrt: a polynomial first guess refined once, on frexp's mantissa."""
    xm, xe = frexp(fabs(x))
    if xe == 0 and (x != x or not _finite(x) or x == 0.0):
        return x + x
    u = ((((((0.7849323449766392 - 0.14526389938548637 * xm) * xm - 1.8346927748361308) * xm
            + 2.4469312256353444) * xm - 2.114994941673713) * xm + 1.508191937815849) * xm
         + 0.35489576504391984)
    t2 = u * u * u
    q = abs(xe) // 3 if xe >= 0 else -(abs(xe) // 3)    # C's division, toward zero
    ym = u * (t2 + (xm + xm)) / ((t2 + t2) + xm) * _CBRT_FACTOR[2 + xe - 3 * q]
    return ldexp(ym if x > 0.0 else -ym, q)


def _math1(which: int, x: float, can_overflow: bool) -> float:
    """CPython's math_1 over the C function `which`: a nan from a number is a
    domain error, an infinity from a finite number a range error (or a
    domain error where the function cannot overflow)."""
    if which == 0:
        r = _expm1(x)
    elif which == 1:
        r = x if x == 0.0 else _log1p(x)    # CPython keeps the sign of a zero
    elif which == 2:
        r = _sinh(x)
    elif which == 3:
        r = _cosh(x)
    elif which == 4:
        r = _tanh(x)
    elif which == 5:
        r = _asinh(x)
    elif which == 6:
        r = _acosh(x)
    elif which == 7:
        r = _atanh(x)
    else:
        r = _cbrt(x)
    if r != r and x == x:
        raise _domain()
    if not _finite(r) and r == r and _finite(x):
        if can_overflow:
            raise _range()
        raise _domain()
    return r


def expm1(x: float, /) -> float:
    return _math1(0, x, True)


def log1p(x: float, /) -> float:
    return _math1(1, x, False)


def sinh(x: float, /) -> float:
    return _math1(2, x, True)


def cosh(x: float, /) -> float:
    return _math1(3, x, True)


def tanh(x: float, /) -> float:
    return _math1(4, x, False)


def asinh(x: float, /) -> float:
    return _math1(5, x, False)


def acosh(x: float, /) -> float:
    return _math1(6, x, False)


def atanh(x: float, /) -> float:
    return _math1(7, x, False)


def cbrt(x: float, /) -> float:
    return _math1(8, x, False)


# ---- glibc's sin and cos (IBM's Accurate Mathematical Library, fused as glibc's FMA build) --
_SC_BIG = 52776558133248.0        # 0x1.8p45: adding it rounds to a multiple of 1/128
_SN3 = -0.16666666666666488
_SN5 = 0.008333332142857223
_CS4 = -0.04166666666666644
_CS6 = 0.001388888740079376
_TS1 = -0.16666666666666666
_TS2 = 0.008333333333332329
_TS3 = -0.00019841269834414642
_TS4 = 2.755729806860771e-06
_TS5 = -2.5022014848318398e-08
_HP0 = 1.5707963267948966         # pi/2 in two parts
_HP1 = 6.123233995736766e-17
_TOINT = 6755399441055744.0
_HPINV = 0.6366197723675814
_MP1 = 1.5707963407039642
_MP2 = -1.3909067564377153e-08
_PP3 = -4.97899623147991e-17
_PP4 = -1.9034889620193266e-25

# sin(i/128) and cos(i/128) for i in 0..109, each as a double and its remainder
_SINCOSTAB = [
    0.0, 0.0, 1.0, 0.0, 0.0078124205273828315, -4.102755709382617e-19, 0.9999694825770951,
    5.427791428371788e-17, 0.015624364224883372, -1.265093755275982e-19, 0.9998779321710066,
    3.216122229972341e-17, 0.02343535429172257, 1.0500785515068913e-19, 0.9997253543694995,
    4.666714544113391e-17, 0.03124491398532608, -1.562781562225433e-18, 0.9995117584851364,
    -3.418806487972947e-17, 0.03905256665042215, 1.1342467037138512e-18, 0.999237157554709,
    1.1089280858439994e-17, 0.04685783574813424, -2.3419368365610254e-18, 0.9989015683384429,
    -2.1425557800399754e-17, 0.05466024488506646, 3.373831935351774e-19, 0.9985050113189741,
    1.779930870620664e-17, 0.0624593178423802, -2.040259504585711e-18, 0.9980475107000991,
    3.3232291674141346e-17, 0.07025457860486005, -6.773890900301373e-18, 0.9975290944052978,
    5.112086057887235e-18, 0.07804555138996731, -5.4494437820057936e-18, 0.9969497940760287,
    -1.2467075728553626e-17, 0.08583176067687935, -3.490037167231825e-18, 0.996309645069798,
    -1.1743657041590172e-18, 0.09361273123551289, 1.4628632005878733e-18, 0.9956086864580017,
    3.312922430932991e-17, 0.10138798815552964, 3.99242856835807e-18, 0.9948469610235406,
    -8.198278333258706e-18, 0.10915705687532236, 6.6284699502736666e-18, 0.9940245152582091,
    1.3287985046260087e-17, 0.11691946321097965, -2.283412536970096e-18, 0.9931413993598577,
    2.8553964189785565e-17, 0.12467473338522769, -2.925947496057858e-18, 0.992197667229329,
    4.754870575189364e-17, 0.13242239405634718, 1.2801053067990684e-17, 0.9911933764671682,
    3.1426138811726996e-17, 0.1401619723470637, -9.946847113883478e-18, 0.9901285883701071,
    -4.589906353553811e-18, 0.14789299587340962, -1.3140968557128452e-17, 0.9890033679273229,
    1.7676104005868335e-18, 0.15561499277355603, 8.886053372342288e-18, 0.9878177838164719,
    4.91917302237681e-17, 0.16332749173661285, 5.483569430347159e-18, 0.9865719083994976,
    -1.0327444588275446e-17, 0.17103002203139503, -9.954774726452923e-18, 0.9852658177182139,
    -4.925721262944555e-17, 0.17872211353515366, -1.6240405901074e-20, 0.983899591489664,
    -2.1647988531644275e-17, 0.18640329676226988, 2.3493796901281573e-18, 0.9824733131012553,
    -3.919920375420088e-17, 0.1940731028929098, -7.832741210198615e-18, 0.9809870696056692,
    1.967841180870303e-17, 0.2017310638016388, 5.587232815460113e-18, 0.9794409517155483,
    1.310876952152676e-17, 0.20937671208599365, -5.536403693172164e-18, 0.9778350537979598,
    2.9910028492769484e-17, 0.21700958109501015, 1.1170071073364376e-17, 0.9761694738686353,
    -7.850690609285027e-18, 0.2246292049577053, -1.058590416432903e-17, 0.9744443135859889,
    4.990128834921396e-17, 0.23223511861151147, -8.318080852687206e-18, 0.9726596782449127,
    2.3920264546490165e-17, 0.23982685783066157, -7.260810660979712e-18, 0.9708156767703494,
    5.1285792532153653e-17, 0.24740395925452294, -7.53102495590706e-18, 0.9689124217106447,
    5.071436662403936e-17, 0.2549659604158785, -2.2310035435425957e-17, 0.9669500292306779,
    -3.237770297707692e-17, 0.2625123997691533, -2.2534597527902128e-17, 0.964928619104771,
    -3.0345542681018625e-18, 0.27004281671858504, -1.2103265097887777e-17, 0.9628483147093797,
    -4.646009771724241e-18, 0.2775567516463363, 1.7674070262791825e-17, 0.9607092430155619,
    -2.807827063516729e-17, 0.28505374594054744, -1.8162083107618118e-17, 0.9585115345812286,
    8.134621492946255e-18, 0.29253334202332754, 7.516944930327352e-18, 0.9562553235431753,
    -3.148450868841629e-17, 0.299995083378683, 2.606392777930734e-17, 0.9539407476088947,
    4.3757589471734985e-17, 0.30743851458038085, 1.1004366442765292e-19, 0.9515679480481722,
    -3.8614834675674123e-17, 0.3148631813197453, -2.6921345305772252e-17, 0.949137069684463,
    4.149148046099445e-17, 0.3222686304333866, 2.093773358126606e-17, 0.9466482608860534,
    -3.911683334934152e-17, 0.32965440993086015, 2.35998378957031e-17, 0.9441016735570044,
    -1.6017653284545848e-17, 0.33702006902225307, 1.0312279860787216e-17, 0.9414974631278811,
    -4.85238302367971e-18, 0.3443651581456984, 5.881664587517989e-18, 0.9388357885462655,
    6.919329459921788e-18, 0.3516892289948141, -2.5616208736069942e-17, 0.9361168122670553,
    -5.2350302039683216e-17, 0.35899183454606504, 1.7495482840158848e-17, 0.9333407002425484,
    -1.322859547778088e-17, 0.36627252908604757, -9.938814562106524e-18, 0.9305076219123143,
    4.488760003328074e-18, 0.37353086823869297, -2.375669144106189e-17, 0.9276177501928519,
    4.5350942573591974e-17, 0.38076640899239017, 2.1372528646211374e-17, 0.924671261467036,
    5.5444125388034563e-17, 0.38797870972702503, 1.759799510335953e-17, 0.9216683355733519,
    -8.550693097867243e-18, 0.39516733024093426, -1.9613487871414228e-17, 0.9186091557949183,
    -4.0564150104514996e-17, 0.4023318317777731, 1.4413875452702007e-17, 0.9154939088483012,
    5.413375566838042e-17, 0.40947177705329507, -5.679403000091266e-18, 0.9123227848721178,
    2.6349040211413332e-17, 0.41658673028204113, -9.610850682533715e-18, 0.909095977415431,
    2.920006113841211e-17, 0.42367625720393803, -2.331800700068871e-17, 0.9058136834259364,
    4.2864666490805214e-17, 0.4307399251108032, -2.6212879607476533e-17, 0.9024761032379415,
    3.112490674651326e-17, 0.4377773028727551, 7.64345629962023e-18, 0.8990834405601384,
    9.076951775075616e-18, 0.4447879609645272, -6.655392977344925e-18, 0.8956359024631707,
    -8.854043885762716e-18, 0.4517714714916838, -8.234073942098903e-18, 0.8921336993669944,
    2.3160655211380166e-17, 0.4587274082167366, 1.6080982096218356e-17, 0.8885770450280356,
    -4.034491998357167e-17, 0.46565534658516017, 1.459870391051426e-17, 0.8849661565261433,
    -7.690557775987357e-18, 0.47255486375130445, -3.608790703790546e-18, 0.8813012542513406,
    -4.973073189306066e-17, 0.479425538604203, -5.103969860556013e-18, 0.8775825618903728,
    -4.2623149864279997e-17, 0.48626695179327556, 1.5131647652857083e-17, 0.8738103064130545,
    4.767670756525657e-17, 0.49307868575392305, 5.605083973871755e-18, 0.8699847180584174,
    1.657385110740923e-17, 0.49986032473301345, 1.3570481487732128e-17, 0.8661060303206567,
    2.0097792543831333e-17, 0.5066114548142574, -3.269413423618168e-17, 0.8621744799348805,
    4.4132427578105805e-18, 0.5133316639434712, 3.462454351928195e-17, 0.8581903068626604,
    -5.4374664844403745e-17, 0.520020541953727, -3.983266745698455e-17, 0.8541537542773854,
    5.420565102675287e-18, 0.5266776805903868, -4.570502275386202e-17, 0.8500650685494202,
    5.317093455811416e-17, 0.5333026735360201, 5.129318115032044e-17, 0.8459244992310679,
    1.549506647350329e-17, 0.5398951164352044, 2.4263515104613218e-17, 0.8417322990413384,
    -2.7333362440269662e-17, 0.5464546069192036, 8.399754840929507e-18, 0.8374887238505236,
    4.3337026043948396e-17, 0.5529807446305274, -6.743270455611733e-18, 0.8331940326645814,
    -1.8644878796734315e-19, 0.5594731312473669, 1.575565514488728e-17, 0.8288484876093257,
    1.1163935406617444e-17, 0.565931370507906, 6.582459440388572e-18, 0.8244523539144292,
    3.731817754380378e-17, 0.5723550682345072, 2.6575872357215316e-17, 0.820005899897234,
    -3.912431748209128e-17, 0.5787438323577704, -2.7958488978746924e-17, 0.8155093969463755,
    1.3751889684983784e-18, 0.5850972729404622, -5.4883972461161805e-17, 0.8109631195052179,
    -3.091333486122179e-17, 0.5914150022013163, 5.0668448898504805e-17, 0.8063673450551039,
    3.4650875715584734e-17, 0.5976966345387015, 5.450323593054385e-17, 0.8017223540984184,
    4.0134533311087014e-17, 0.6039417865541566, 1.1794923733511837e-17, 0.7970284301414683,
    5.0523609948487484e-17, 0.6101500770757914, -1.479826990758988e-17, 0.7922858596771786,
    -2.9049779312834576e-17, 0.616321127181551, -2.20849501729641e-17, 0.7874949321676061,
    -4.8080555050456574e-17, 0.6224545602223437, -6.049035765709707e-18, 0.7826559400262728,
    -1.474071641211487e-17, 0.6285500018450296, 3.5348797769901485e-17, 0.7777691786003179,
    -8.842419849333787e-18, 0.6346070800152693, -3.4568582392624965e-17, 0.7728349461524715,
    4.231014921891023e-17, 0.6406254250402305, -4.700891123899386e-17, 0.7678535438428503,
    4.9065912521116424e-17, 0.6466046695911524, 4.567647714393287e-19, 0.7628252757105762,
    1.6672995021546628e-17, 0.652544448725766, -4.5598735935930497e-17, 0.7577504486552193,
    -1.878215121154204e-18, 0.6584443999105676, -3.7736386700306717e-17, 0.7526293724180665,
    -1.2970993013150526e-17, 0.6643041630429463, 1.5784492324431575e-17, 0.7474623595632162,
    5.6627515613726676e-18, 0.6701233804731629, 6.18353672557496e-18, 0.7422497254585013,
    -1.2339303604869521e-17, 0.6759016970261789, -5.119389624609889e-17, 0.7369917882562408,
    -4.631213290368497e-17, 0.6816387600233341, 4.410467313197903e-17, 0.7316888688738209,
    -1.0475824306512768e-17, 0.6873342193038735, 2.8994333996809586e-17, 0.7263412909741086,
    -9.465899179857832e-18, 0.692987727246318, -5.3543290798909455e-17, 0.7209493809456964,
    3.494986701478816e-17, 0.6985989387896817, 2.975439919188114e-17, 0.7155134678829815,
    3.8181038992157035e-17, 0.7041675114545337, -3.94095700584825e-17, 0.7100338835660797,
    1.505272211891291e-17, 0.7096931053638997, -9.468276958542117e-18, 0.7045109624405747,
    -4.451398614976226e-17, 0.7151753832640076, -1.466099578328228e-17, 0.6989450415971057,
    -5.5261332036460915e-18, 0.7206140105448711, 1.105694456137362e-17, 0.6933364607507934,
    1.2822831674529969e-17, 0.7260086552607126, -1.573621815339587e-17, 0.6876855622205048,
    3.5430696752823923e-17, 0.7313589881502236, 2.6553630314845697e-17, 0.6819926909079606,
    2.8089333561212785e-17, 0.7366646826566614, -4.639723374875429e-17, 0.6762581942766833,
    3.497002399394248e-17, 0.7419254149477796, 2.907482756987512e-18, 0.6704824223307908,
    5.425808997571648e-17, 0.7471408639355942, 2.937498788028212e-17, 0.6646657275936333,
    -5.2874573286772266e-17, 0.7523107112959804, -4.07866182575664e-17, 0.6588084650862769,
    1.7760805237087262e-17,
]

# 2/pi in base 2**24 digits
_TOVERP = [
    10680707.0, 7228996.0, 1387004.0, 2578385.0, 16069853.0, 12639074.0, 9804092.0, 4427841.0, 16666979.0,
    11263675.0, 12935607.0, 2387514.0, 4345298.0, 14681673.0, 3074569.0, 13734428.0, 16653803.0, 1880361.0,
    10960616.0, 8533493.0, 3062596.0, 8710556.0, 7349940.0, 6258241.0, 3772886.0, 3769171.0, 3798172.0,
    8675211.0, 12450088.0, 3874808.0, 9961438.0, 366607.0, 15675153.0, 9132554.0, 7151469.0, 3571407.0,
    2607881.0, 12013382.0, 4155038.0, 6285869.0, 7677882.0, 13102053.0, 15825725.0, 473591.0, 9065106.0,
    15363067.0, 6271263.0, 9264392.0, 5636912.0, 4652155.0, 7056368.0, 13614112.0, 10155062.0, 1944035.0,
    9527646.0, 15080200.0, 6658437.0, 6231200.0, 6832269.0, 16767104.0, 5075751.0, 3212806.0, 1398474.0,
    7579849.0, 6349435.0, 12618859.0, 4703257.0, 12806093.0, 14477321.0, 2786137.0, 12875403.0, 9837734.0,
    14528324.0, 13719321.0, 343717.0,
]


def _taylor_sin(a: float, da: float) -> float:
    xx = a * a
    p = _fma(xx, _fma(xx, _fma(xx, _fma(xx, _TS5, _TS4), _TS3), _TS2), _TS1)
    return a + _fma(xx, _fma(p, a, -(0.5 * da)), da)


def _do_sin(x: float, dx: float) -> float:
    """sin(x + dx) for |x| < pi/4 or so: a Taylor series, or the table entry
    nearest x and the series of the small remainder."""
    if fabs(x) < 0.126:
        return _taylor_sin(x, dx)
    if x <= 0:
        dx = -dx
    a = fabs(x)
    u = _SC_BIG + a
    k = (_bits(u) & 0xFFFFFFFF) << 2
    r = a - (u - _SC_BIG)
    xx = r * r
    s = r + _fma(r * xx, _fma(xx, _SN5, _SN3), dx)
    c = _fma(r, dx, xx * _fma(xx, _fma(xx, _CS6, _CS4), 0.5))
    t = _SINCOSTAB
    cor = _fma(s, t[k + 2], _fma(-c, t[k], _fma(s, t[k + 3], t[k + 1])))
    return copysign(t[k] + cor, x)


def _do_cos(x: float, dx: float) -> float:
    """cos(x + dx) for |x| < pi/4 or so, from the table entry nearest x."""
    if x < 0:
        dx = -dx
    a = fabs(x)
    u = _SC_BIG + a
    k = (_bits(u) & 0xFFFFFFFF) << 2
    r = a - (u - _SC_BIG) + dx
    xx = r * r
    s = _fma(r * xx, _fma(xx, _SN5, _SN3), r)
    c = xx * _fma(xx, _fma(xx, _CS6, _CS4), 0.5)
    t = _SINCOSTAB
    cor = _fma(-s, t[k], _fma(-c, t[k + 2], _fma(-s, t[k + 1], t[k + 3])))
    return t[k + 2] + cor


def _do_sincos(a: float, da: float, n: int) -> float:
    r = _do_cos(a, da) if n & 1 else _do_sin(a, da)
    return -r if n & 2 else r


def _reduce(x: float) -> tuple[int, float, float]:
    """x - n pi/2 as a + da (|x| < 105414350), and n mod 4."""
    t = _fma(x, _HPINV, _TOINT)
    xn = t - _TOINT
    y = _fma(-xn, _MP2, _fma(-xn, _MP1, x))
    t2 = _fma(-xn, _PP3, y)
    db = _fma(-_PP3, xn, y - t2)
    b = _fma(-xn, _PP4, t2)
    return (_bits(t) & 3, b, db + _fma(-xn, _PP4, t2 - b))


def _branred_part(x: float) -> tuple[float, float, float]:
    """One half of branred: x times 2/pi, less whole multiples of 4, as
    (integer part, b, bb)."""
    k = (((_bits(x) >> 52) & 2047) - 450) // 24 if ((_bits(x) >> 52) & 2047) >= 450 else 0
    gor = _from_bits((0x63F - 24 * k) << 52)    # 2**(576 - 24 k)
    r = [0.0] * 6
    for i in range(6):
        r[i] = x * _TOVERP[k + i] * gor
        gor *= 5.960464477539063e-08     # 2**-24
    total = 0.0
    for i in range(3):
        s = (r[i] + 6755399441055744.0) - 6755399441055744.0
        total += s
        r[i] -= s
    t = 0.0
    for i in range(6):
        t += r[5 - i]
    bb = (((((r[0] - t) + r[1]) + r[2]) + r[3]) + r[4]) + r[5]
    s = (t + 6755399441055744.0) - 6755399441055744.0
    total += s
    t -= s
    b = t + bb
    bb = (t - b) + bb
    s = (total + 27021597764222976.0) - 27021597764222976.0
    total -= s
    return (total, b, bb)


def _branred(x: float) -> tuple[int, float, float]:
    """Payne and Hanek's reduction of a huge x modulo pi/2 (glibc's branred)."""
    x *= 2.409919865102884e-181    # 2**-600
    t = x * 134217729.0
    x1 = t - (t - x)
    x2 = x - x1
    sum1, b1, bb1 = _branred_part(x1)
    sum2, b2, bb2 = _branred_part(x2)
    total = sum1 + sum2
    b = b1 + b2
    bb = (b1 - b) + b2 if fabs(b1) > fabs(b2) else (b2 - b) + b1
    if b > 0.5:
        b -= 1.0
        total += 1.0
    elif b < -0.5:
        b += 1.0
        total -= 1.0
    s = b + (bb + bb1 + bb2)
    t = ((b - s) + bb) + (bb1 + bb2)
    b = s * 134217729.0
    t1 = b - (b - s)
    t2 = s - t1
    b = s * _HP0
    bb = (((t1 * 1.5707963407039642 - b) + t1 * -1.3909067675399456e-08) + t2 * 1.5707963407039642) + \
        (t2 * -1.3909067675399456e-08 + s * _HP1 + t * _HP0)
    s = b + bb
    return (int(total) & 3, s, (b - s) + bb)


def _sin(x: float) -> float:
    k = (_bits(x) >> 32) & 0x7FFFFFFF
    if k < 0x3E500000:
        return x
    if k < 0x3FEB6000:
        return _do_sin(x, 0.0)
    if k < 0x400368FD:
        return copysign(_do_cos(_HP0 - fabs(x), _HP1), x)
    if k < 0x419921FB:
        n, a, da = _reduce(x)
        return _do_sincos(a, da, n)
    if k < 0x7FF00000:
        n, a, da = _branred(x)
        return _do_sincos(a, da, n)
    return nan


def _cos(x: float) -> float:
    k = (_bits(x) >> 32) & 0x7FFFFFFF
    if k < 0x3E400000:
        return 1.0
    if k < 0x3FEB6000:
        return _do_cos(x, 0.0)
    if k < 0x400368FD:
        y = _HP0 - fabs(x)
        a = y + _HP1
        return _do_sin(a, (y - a) + _HP1)
    if k < 0x419921FB:
        n, a, da = _reduce(x)
        return _do_sincos(a, da, n + 1)
    if k < 0x7FF00000:
        n, a, da = _branred(x)
        return _do_sincos(a, da, n + 1)
    return nan


def sin(x: float, /) -> float:
    if not _finite(x):
        if x != x:
            return x
        raise _domain()
    return _sin(x)


def cos(x: float, /) -> float:
    if not _finite(x):
        if x != x:
            return x
        raise _domain()
    return _cos(x)


# ---- gamma and lgamma: CPython's own algorithms (Lanczos' approximation) --------------
_LANCZOS_G = 6.024680040776729583740234375
_LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375
_LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940,
                42919803642.649098768957899047001988850926355848959,
                35711959237.355668049440185451547166705960488635843,
                17921034426.037209699919755754458931112671403265390,
                6039542586.3520280050642916443072979210699388420708,
                1439720407.3117216736632230727949123939715485786772,
                248874557.86205415651146038641322942321632125127801,
                31426415.585400194380614231628318205362874684987640,
                2876370.6289353724412254090516208496135991145378768,
                186056.26539522349504029498971604569928220784236328,
                8071.6720023658162106380029022722506138218516325024,
                210.82427775157934587250973392071336271166969580291,
                2.5066282746310002701649081771338373386264310793408]
_LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]
_GAMMA_INTEGRAL = [1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
                   39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
                   20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
                   2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0]
_LOGPI = 1.144729885849400174143427351353058711647


def _lanczos_sum(x: float) -> float:
    num = 0.0
    den = 0.0
    if x < 5.0:
        for i in range(12, -1, -1):
            num = num * x + _LANCZOS_NUM[i]
            den = den * x + _LANCZOS_DEN[i]
    else:   # in 1/x, so that large x cannot overflow
        for i in range(13):
            num = num / x + _LANCZOS_NUM[i]
            den = den / x + _LANCZOS_DEN[i]
    return num / den


def _sinpi(x: float) -> float:
    """sin(pi * x) for finite x, exact at the integers."""
    y = _fmod(fabs(x), 2.0)
    v = 2.0 * y
    n = int(v)
    if v - n >= 0.5:    # C's round(): halves away from zero
        n += 1
    if n == 0:
        r = _sin(pi * y)
    elif n == 1:
        r = _cos(pi * (y - 0.5))
    elif n == 2:
        r = _sin(pi * (1.0 - y))
    elif n == 3:
        r = -_cos(pi * (y - 1.5))
    else:
        r = _sin(pi * (y - 2.0))
    return copysign(1.0, x) * r


def gamma(x: float, /) -> float:
    if not _finite(x):
        if x != x or x > 0.0:
            return x
        raise _domain()
    if x == 0.0:
        raise _domain()
    if x == _floor(x):
        if x < 0.0:
            raise _domain()
        if x <= 23:
            return _GAMMA_INTEGRAL[int(x) - 1]
    absx = fabs(x)
    if absx < 1e-20:
        r = 1.0 / x
        if not _finite(r):
            raise _range()
        return r
    if absx > 200.0:
        if x < 0.0:
            return 0.0 / _sinpi(x)
        raise _range()
    y = absx + _LANCZOS_G_MINUS_HALF
    if absx > _LANCZOS_G_MINUS_HALF:   # the rounding error of y
        q = y - absx
        z = q - _LANCZOS_G_MINUS_HALF
    else:
        q = y - _LANCZOS_G_MINUS_HALF
        z = q - absx
    z = z * _LANCZOS_G / y
    if x < 0.0:
        r = -pi / _sinpi(absx) / absx * _exp(y) / _lanczos_sum(absx)
        r -= z * r
        if absx < 140.0:
            r /= _pow(y, absx - 0.5)
        else:
            sqrtpow = _pow(y, absx / 2.0 - 0.25)
            r /= sqrtpow
            r /= sqrtpow
    else:
        r = _lanczos_sum(absx) / _exp(y)
        r += z * r
        if absx < 140.0:
            r *= _pow(y, absx - 0.5)
        else:
            sqrtpow = _pow(y, absx / 2.0 - 0.25)
            r *= sqrtpow
            r *= sqrtpow
    if not _finite(r):
        raise _range()
    return r


def lgamma(x: float, /) -> float:
    if not _finite(x):
        return x if x != x else inf
    if x == _floor(x) and x <= 2.0:
        if x <= 0.0:
            raise _domain()
        return 0.0
    absx = fabs(x)
    if absx < 1e-20:
        return -_log(absx)
    r = _log(_lanczos_sum(absx)) - _LANCZOS_G
    r += (absx - 0.5) * (_log(absx + _LANCZOS_G - 0.5) - 1)
    if x < 0.0:   # the reflection formula
        r = _LOGPI - _log(fabs(_sinpi(absx))) - _log(absx) - r
    if not _finite(r):
        raise _range()
    return r


def _floor(x: float) -> float:
    """floor(x) as a float (any finite x)."""
    if fabs(x) >= 4503599627370496.0:
        return x
    t = float(int(x))
    return t - 1.0 if t > x else t


# ---- glibc's atan (IBM's Accurate Mathematical Library, fused as glibc's FMA build) -------
_AT_D = [-0.3333333333333333, 0.19999999999998855, -0.14285714283953163, 0.11111109821886427,
         -0.09090424391727987, 0.07601836584380736]     # d3 d5 ... d13
_HPI1 = 6.123233995736766e-17

# for u near i/256 (i = 16..256): u_i, atan(u_i) and the Taylor coefficients there
_ATAN_CIJ = [
    0.06347694384761945, 0.063391893014217, 0.9959868478834848, -0.06296848090541388, -0.3253552590927605,
    0.06221231364526421, 0.1881369715381076, 0.06640611442758215, 0.06630875994262553, 0.9956095886796862,
    -0.06582429413911557, -0.32461022499611947, 0.06495947619307306, 0.18704018733942807, 0.07031162699043471,
    0.07019610235704565, 0.9950805952934499, -0.06962154587191893, -0.3235669668171793, 0.06859703785003296,
    0.18550650327404397, 0.07421861270476396, 0.07408278600593343, 0.9945217738029055, -0.07340766737929788,
    -0.3224666946232403, 0.07220523450705263, 0.183893485531853, 0.07812488206032125, 0.07796651660734222,
    0.9939335294888212, -0.07717987263023404, -0.32131050083260354, 0.07578049855447917, 0.18220247142221302,
    0.08203026868024507, 0.08184701504252967, 0.9933160113458258, -0.08093735466931586, -0.3200989849936345,
    0.07932118814500923, 0.18043485857932826, 0.08593707514264237, 0.08572645402804868, 0.9926689601711324,
    -0.08468167751530313, -0.31883196078236625, 0.08282790191675952, 0.17859210239714932, 0.0898446767378592,
    0.08960409680201886, 0.9919925705603018, -0.08841158766234143, -0.3175101466706272, 0.0862985951021443,
    0.1766757148504302, 0.09375093766752161, 0.09347771065661314, 0.9912873393373693, -0.09212441412981125,
    -0.3161348615412499, 0.0897299550900068, 0.17468726178741567, 0.09765542899473977, 0.09734676023765054,
    0.9905535044747148, -0.09581914025493783, -0.3147069271606094, 0.0931202597213103, 0.1726283616363539,
    0.10156210842163008, 0.10121505408695164, 0.9897904482489892, -0.09949888753809898, -0.3132255157550924,
    0.09647157982810294, 0.17050068257024178, 0.10546889228015953, 0.10508041413122271, 0.9889986879160346,
    -0.10316106466171353, -0.3116920204731384, 0.09978076493478022, 0.16830594111466285, 0.10937549926106517,
    0.10894245034890382, 0.9881784217006796, -0.10680480239784856, -0.3101072231331958, 0.103046284962245,
    0.16604589919965487, 0.11328139453899669, 0.11280052390933726, 0.987329916704206, -0.11042901030557314,
    -0.308472047859012, 0.10626644981048172, 0.16372236268525917, 0.11718682635228031, 0.11665477091911747,
    0.9864532814592787, -0.11403333781928021, -0.3067871223305811, 0.1094402628295458, 0.16133717831620792,
    0.12109438554067209, 0.12050763604715531, 0.9855480707167742, -0.11761958210959188, -0.3050520250151398,
    0.11256861384663108, 0.15889223218192092, 0.12499968580904361, 0.1243546851895001, 0.9846154607647716,
    -0.1211831460982716, -0.30326945197757893, 0.11564684547957729, 0.1563894465901824, 0.12890558633931204,
    0.12819862841823237, 0.9836549497921515, -0.12472608827914965, -0.3014388925818714, 0.11867613173434491,
    0.15383077847850635, 0.13281288149874423, 0.1320401365006889, 0.9826664888438582, -0.1282485580826574,
    -0.29956071903674963, 0.12165597852378426, 0.1512182162232837, 0.1367183747284462, 0.13587595984400025,
    0.9816510627681286, -0.1317471317953974, -0.2976372723217198, 0.1245829229922004, 0.14855377801946043,
    0.1406249090982893, 0.13970878515020946, 0.9806081165161703, -0.13522382670733646, -0.29566797884202795,
    0.12745811773984989, 0.14583950864178805, 0.14453027852784667, 0.14353634210765343, 0.9795384205506585,
    -0.13867615436563752, -0.29365478076958224, 0.1302789887547256, 0.14307747780962093, 0.1484365025464361,
    0.14736050513872279, 0.9784416092568046, -0.142105386274583, -0.29159748506007804, 0.13304608898843645,
    0.14026977691690104, 0.15234441937514992, 0.1511819859907666, 0.9773176094526004, -0.14551172794659564,
    -0.2894964649265633, 0.13575908686179508, 0.13741851739858868, 0.15625055099936774, 0.15499727979172473,
    0.9761676147588372, -0.1488916519392726, -0.28735446211121585, 0.138414739666403, 0.13452582744585762,
    0.16015683119910043, 0.15880817497973077, 0.9749912686458294, -0.1522463608170715, -0.28517132539533013,
    0.14101360887032327, 0.13159385039023583, 0.16406150654713417, 0.16261286118431784, 0.9737893135691387,
    -0.15557388740775024, -0.2829489517326583, 0.14355381411366377, 0.12862474142018804, 0.16796949000133127,
    0.16641602087921026, 0.9725604237610415, -0.1588779360727508, -0.28068542511012395, 0.1460378093038053,
    0.12562066599846564, 0.17187490086007176, 0.1702118289902046, 0.9713066482294767, -0.16215307293296505,
    -0.2783850571341056, 0.14846117855569638, 0.1225837965958183, 0.17578223551554742, 0.17400455691198236,
    0.9700267606198955, -0.16540263136204567, -0.2760461360712765, 0.15082610700104487, 0.11951631115634682,
    0.17968697780753667, 0.177789723133154, 0.9687224607400703, -0.16862242977912265, -0.2736723104300988,
    0.15312930027799182, 0.11642038986352224, 0.1835947111191314, 0.18157264093924308, 0.9673920972136442,
    -0.17181664585946332, -0.27126112550404735, 0.15537350806185085, 0.11329821366751351, 0.18750072482812466,
    0.18534865020692326, 0.9660374821871734, -0.17498100461480295, -0.268816423357715, 0.15755550397753315,
    0.11015196109801215, 0.19140697237250556, 0.1891195457687207, 0.9646581762159246, -0.17811670522181605,
    -0.26633796128392845, 0.15967596503184994, 0.1069838068665801, 0.1953130752400331, 0.19288486636060753,
    0.9632545389933748, -0.18122305461789354, -0.2638269449967536, 0.16173427726016773, 0.10379591873999237,
    0.19921872901987114, 0.19664422501109247, 0.9618269152871511, -0.18429944060361955, -0.26128455013830715,
    0.16372993004240038, 0.1005904562296327, 0.20312568522229224, 0.20039921189624987, 0.9603748897934822,
    -0.18734686756014976, -0.2587106045496949, 0.16566347574743395, 0.09736956753818779, 0.20703028092368136,
    0.20414621593494697, 0.9589000690028099, -0.1903621368484999, -0.25610851608373747, 0.16753284668876176,
    0.09413538834702362, 0.2109374394346256, 0.20788986921692398, 0.9574008298249641, -0.19334870559017062,
    -0.2534759885431663, 0.16934015637188665, 0.09089003884810574, 0.21484355935753743, 0.2116266265345521,
    0.9558787814008703, -0.1963034721372406, -0.25081642196010656, 0.17108350410883816, 0.08763562263913141,
    0.21874924948379224, 0.2153569834547584, 0.9543339430348133, -0.19922659533244938, -0.2481304103732442,
    0.1727630409000297, 0.08437422385152435, 0.22265712423714434, 0.21908334372321203, 0.952765511250182,
    -0.2021197030020488, -0.24541713366081025, 0.1743797317111543, 0.08110790616189185, 0.22656159107732507,
    0.2228002892141392, 0.9511759894555796, -0.20497837394982243, -0.2426814830700877, 0.1759312169110758,
    0.0778387100258632, 0.23046797315888476, 0.22651280369709692, 0.9495634739729945, -0.2078062396810635,
    -0.23992074060645413, 0.1774196116831301, 0.07456865181320069, 0.23437598353594868, 0.23022051959861312,
    0.9479283059335427, -0.21060277592675233, -0.23713607533187978, 0.17884472259887596, 0.07129972115613209,
    0.2382813397245246, 0.233919291118589, 0.946272540657007, -0.21336467015855917, -0.23433154521244148,
    0.18020505418544655, 0.06803388021418486, 0.2421879085362094, 0.23761269976668942, 0.9445948075806074,
    -0.21609442597030726, -0.2315053821721654, 0.18150206814383374, 0.06477306114451778, 0.2460930686078183,
    0.24129818444866213, 0.9428964926822577, -0.21878997679237838, -0.2286604787195799, 0.18273501542414378,
    0.06151916550128191, 0.2500006958846325, 0.24497931807699924, 0.9411761623760285, -0.221453758578416,
    -0.22579499661298658, 0.1839052476643009, 0.05827406183429834, 0.2539054534264408, 0.24865099286043346,
    0.9394364315934508, -0.22408192427661075, -0.22291384212731788, 0.1850113658084536, 0.05503958522649144,
    0.2578117433350359, 0.2523172713802726, 0.9376756134550618, -0.22667725151097895, -0.22001476314488996,
    0.1860548746846988, 0.051817535026100224, 0.2617185402875441, 0.2559771067442984, 0.9358944196044181,
    -0.22923884143443812, -0.217099490842351, 0.18703571086366752, 0.048609674524491636, 0.2656258720139256,
    0.2596304439506216, 0.93409309636335, -0.2317665189110435, -0.21416897773274507, 0.18795415057893802,
    0.04541772882594527, 0.26953171536883885, 0.26327531680606775, 0.9322728519411642, -0.23425881955281044,
    -0.21122572075465024, 0.18881006839202052, 0.04224338466694799, 0.2734383848224558, 0.2669138108554936,
    0.9304328822481465, -0.2367170721889486, -0.20826894825270237, 0.18960434747687577, 0.03908828842646627,
    0.2773436667726134, 0.27054379101010895, 0.9285745045749322, -0.23913974600479998, -0.20530130080165787,
    0.19033694246093485, 0.035954046086659794, 0.28124932684424214, 0.2741668273082407, 0.9266971577511401,
    -0.24152781565378717, -0.20232239734758348, 0.1910086309859776, 0.032842221385462625, 0.28515552105432607,
    0.27778298904929066, 0.9248010328969155, -0.24388124133900946, -0.19933306444312585, 0.19161987102243105,
    0.029754335917542105, 0.289062034041987, 0.2813920026228711, 0.9228865021802741, -0.2461997699188737,
    -0.19633440598466892, 0.19217109128343482, 0.0266918674299589, 0.2929691398445565, 0.28499404780870563,
    0.9209536995444896, -0.2484834507761369, -0.19332714341977172, 0.19266281998544596, 0.023656250061146886,
    0.29687462970971146, 0.2885870215958555, 0.9190039999113402, -0.25073091671984654, -0.1903139062190852,
    0.19309534067349896, 0.020648872779421085, 0.30078084029530494, 0.29217300767727394, 0.9170365187454732,
    -0.2529434453259838, -0.187293811694413, 0.19346949696955656, 0.017671079756772005, 0.3046883355212856,
    0.2957524502953941, 0.9150512352289532, -0.25512126022681786, -0.18426732817895777, 0.19378588889524895,
    0.014724168949046572, 0.30859452388382996, 0.2993229091253937, 0.9130497432273927, -0.2572628594321795,
    -0.18123736241824756, 0.19404492256276984, 0.011809392600442644, 0.31250033152921036, 0.3028851704086719,
    0.9110318564931916, -0.25936872626922325, -0.17820408831538426, 0.19424733603445923, 0.008927955963307544,
    0.3164070733148573, 0.3064403674006826, 0.9089971699612084, -0.26143952502947737, -0.1751673634091066,
    0.1943938479306277, 0.006081017928390225, 0.32031268673361524, 0.30998656060439167, 0.9069470369456503,
    -0.2634741382910698, -0.1721296596754588, 0.19448506977741253, 0.0032696898813896697, 0.3242188222641686,
    0.31352518837550925, 0.9048808729191099, -0.2654734174372249, -0.1690905516366089, 0.19452175873024866,
    0.0004950364532773576, 0.3281244221992043, 0.31705523157095783, 0.9027995155747097, -0.2674368145605046,
    -0.16605170863168395, 0.19450463129821607, -0.002241925490012403, 0.33203123790896955,
    0.32057821110073803, 0.9007023058225014, -0.26936520392317403, -0.16301260325732583, 0.1944344114018934,
    -0.0049402259835359084, 0.3359381934229123, 0.32409309359296046, 0.8985900916401884, -0.2712580487424122,
    -0.15997489661890404, 0.19431185537067305, -0.007598942844781087, 0.3398431399430928, 0.32759789405637996,
    0.8964643233819263, -0.27311435593650313, -0.15694106936344504, 0.19413784943285145,
    -0.010217200702814297, 0.3437494552251554, 0.3310955894992986, 0.8943234436611253, -0.27493577180221257,
    -0.153909295543621, 0.1939130541061763, -0.012794171755714788, 0.3476553824279148, 0.3345845481460188,
    0.8921686874025471, -0.276721504924778, -0.15088172606268097, 0.19363836513387137, -0.015329074700315583,
    0.35156192826536625, 0.338065613993221, 0.8899997752118315, -0.2784720627101415, -0.14785835457328209,
    0.19331453636879645, -0.017821175371004857, 0.3554681385706335, 0.34153788245894745, 0.8878175121160752,
    -0.28018707301385837, -0.14484068055849494, 0.1929424842277097, -0.020269785577857427, 0.3593740315791918,
    0.3450013195524342, 0.8856221675530221, -0.28186662081921254, -0.14182943569536455, 0.1925230748200382,
    -0.022674263632610804, 0.36328079043643735, 0.34845692132359574, 0.8834133494823728, -0.28351128424563893,
    -0.1388244430343447, 0.192057038982668, -0.025034013103293583, 0.36718652588337586, 0.3519029670310676,
    0.8811924018751469, -0.2851203553847411, -0.13582787533539584, 0.19154548392369494, -0.02734848323354206,
    0.37109469022417896, 0.3553424488336372, 0.8789576293640874, -0.2866953312702557, -0.13283779493828177,
    0.19098882283791835, -0.02961716762205797, 0.3749993461655705, 0.3587700970457437, 0.8767127056818315,
    -0.28823393555960186, -0.1298594329765908, 0.19038881854369624, -0.03183960454171532, 0.3789070013727442,
    0.3621915790454011, 0.8744541646364956, -0.28973884934391875, -0.12688850238079358, 0.18974538738845517,
    -0.034015375552325415, 0.38281340390928836, 0.3656031200830814, 0.872184727740289, -0.29120852952948256,
    -0.12392890647481815, 0.18906011617038487, -0.03614410572619561, 0.3867196826365647, 0.36900566583351235,
    0.8699040163075035, -0.2926435446670853, -0.12098043424940448, 0.1883337512125812, -0.03822546220274823,
    0.3906245732154669, 0.3723980763929795, 0.8676130448861689, -0.2940435832895825, -0.11804466840037568,
    0.18756747918066224, -0.04025915432733607, 0.3945318856620588, 0.3757836154540044, 0.8653098426933845,
    -0.29541013810703765, -0.1151193698809504, 0.18676147001920906, -0.042244932156258, 0.39843818597361624,
    0.37915926102654574, 0.8629966958616384, -0.2967421370628633, -0.11220772236130327, 0.1859173490005411,
    -0.04418258651571433, 0.4023443359521283, 0.3825257212133977, 0.8606733653491324, -0.29804004384376726,
    -0.10930966907317599, 0.18503588858583545, -0.04607194746569002, 0.40625070398006247, 0.3858832736523965,
    0.8583398971165895, -0.2993041413663036, -0.10642551365731681, 0.18411794937122689, -0.047912884285950266,
    0.4101560763242803, 0.3892308392853856, 0.8559972831112377, -0.3005342149794252, -0.10355670961854462,
    0.18316477372245862, -0.04970530390712796, 0.4140631033848575, 0.3925706500879187, 0.8536441937916953,
    -0.30173126553863583, -0.1007018608326777, 0.18217665425427926, -0.05144915083062035, 0.4179690570178496,
    0.39590033541422365, 0.8512825314243944, -0.30289463057169297, -0.09786349627290525, 0.18115522201900497,
    -0.05314440553502594, 0.4218748056328377, 0.3992206045746407, 0.8489120352833208, -0.30402477209277384,
    -0.09504149440716422, 0.1801012152353905, -0.054791084336711746, 0.4257814315622158, 0.40253234077597355,
    0.8465323045636554, -0.30512218773114747, -0.09223557995663531, 0.1790152816647334, -0.05638923777950169,
    0.429687655966994, 0.405834424733472, 0.8441443735507097, -0.3061867110356597, -0.08944716222172626,
    0.17789871808570346, -0.05793895044254559, 0.433593042653526, 0.4091264596712989, 0.8417487681030758,
    -0.3072184430926052, -0.08667701714131865, 0.17675260838687185, -0.05944033932087236, 0.43750022354799273,
    0.41241062923109695, 0.8393441244919402, -0.3082182771908538, -0.08392374265372383, 0.17557711196201828,
    -0.060893553587011255, 0.4414066134426231, 0.41568472630063447, 0.8369322827601826, -0.30918575453454356,
    -0.08118961103307226, 0.17437393477345703, -0.06229877296969428, 0.4453116472678253, 0.4189482555169697,
    0.8345138483116452, -0.31012098186702874, -0.07847543110097938, 0.1731442089086314, -0.06365620747546288,
    0.44921927591579497, 0.4222044856841656, 0.83208661943926, -0.3110251155281859, -0.07577888027594779,
    0.1718876086819788, -0.06496609577244074, 0.45312420537075543, 0.42544897810280347, 0.829654131496572,
    -0.31189716177577215, -0.07310401061047375, 0.1706067633006773, -0.0662287048779094, 0.45703221624734724,
    0.4286865076843114, 0.8272130276950185, -0.3127386416652733, -0.07044725088791697, 0.16930069413497723,
    -0.06744432855368099, 0.4609371879133306, 0.4319119780734759, 0.8247673741631871, -0.3135484757331735,
    -0.06781313323901589, 0.16797236066765192, -0.0686132869653495, 0.4648433159926088, 0.4351288369986097,
    0.8223147890714355, -0.31432779975258823, -0.06519916928840404, 0.16662126041233316, -0.06973592509537827,
    0.4687494134586211, 0.4383360789784483, 0.8198562543187705, -0.31507661094071415, -0.06260650497501079,
    0.16524869526720848, -0.0708126123794343, 0.47265573068611033, 0.44153388604231125, 0.8173918492529365,
    -0.31579520639887504, -0.06003530424165448, 0.16385546930792846, -0.07184374114287274, 0.4765623137032896,
    0.44472227214370363, 0.814921779198093, -0.3164838440843392, -0.05748585555409894, 0.1624424482669227,
    -0.07282972621924483, 0.48046818478815195, 0.4479004199464267, 0.8124468966571949, -0.3171426154602032,
    -0.05495909409688428, 0.16101086651175592, -0.07377100341541618, 0.4843748091496625, 0.4510695014061543,
    0.8099665045249685, -0.3177720293560168, -0.052454359659651485, 0.15956105564145764, -0.0746680291170085,
    0.488281623735097, 0.45422903705086703, 0.8074811878342155, -0.31837224988883245, -0.049972295244571426,
    0.15809407800384384, -0.07552127878693529, 0.49218840625059324, 0.45737882819443954, 0.8049913150016413,
    -0.3189435098020293, -0.04751330396632883, 0.15661086661467835, -0.07633124656219772, 0.49609422714405366,
    0.46051811167435197, 0.8024977052818555, -0.31948595574577543, -0.04507820928497966, 0.15511262087923292,
    -0.07709844379016456, 0.4999990113398476, 0.4636468180723714, 0.8000006327423724, -0.31999987345034875,
    -0.042667274101166955, 0.15360021106902547, -0.07782339862079735, 0.5039060829519935, 0.4667675904603925,
    0.7974981904784185, -0.3204859638047533, -0.04027867856075681, 0.15207316243566177, -0.07850665458454525,
    0.5078132674899887, 0.4698786681242666, 0.7949919863711538, -0.3209442100287417, -0.03791398255677821,
    0.15053312161292134, -0.07914877018372783, 0.5117186350180946, 0.4729785067820096, 0.7924834771718984,
    -0.3213746858671942, -0.03557453438121282, 0.14898165557081983, -0.07975031751546333, 0.5156242965105657,
    0.4760687745863006, 0.7899715231301603, -0.3217779241519422, -0.03325923888245871, 0.14741871917408464,
    -0.08031188186559168, 0.5195322343983021, 0.47915101809555694, 0.7874550581437431, -0.322154389017505,
    -0.030967116375695394, 0.1458442834297068, -0.08083406037961091, 0.5234372382321291, 0.48222111875641893,
    0.7849376478822185, -0.3225038734145233, -0.028701376077233606, 0.14426121334315806, -0.0813174616621816,
    0.5273428393260866, 0.4852818510325321, 0.7824172257950686, -0.32282700717372886, -0.026460094405985728,
    0.14266883714236667, -0.08176270449861267, 0.5312507138403197, 0.4883345077755763, 0.7798929126346644,
    -0.3231241916192643, -0.024242472789072995, 0.14106720099340947, -0.08217041746265448, 0.5351557685970475,
    0.49137510342582935, 0.7773682017649162, -0.32339533796550074, -0.022051520645166703, 0.1394591206512764,
    -0.08254123769065536, 0.5390628271556591, 0.4944073885646585, 0.7748401760365161, -0.32364108383562923,
    -0.019884637042066833, 0.13784332665809765, -0.08287581050002563, 0.5429684877408797, 0.4974287132665296,
    0.7723112343680121, -0.3238615050544779, -0.017743816582668256, 0.13622192567444133, -0.08317478821778307,
    0.5468747248267933, 0.5004406013244065, 0.7697802948630723, -0.32405701792064806, -0.015628060264005907,
    0.1345947887262657, -0.08343882981175771, 0.5507810983338964, 0.5034427047438541, 0.7672478359185675,
    -0.32422789151079784, -0.013537693989719896, 0.13296277347574165, -0.0836685997748616, 0.554687369750761,
    0.5064348348796592, 0.7647142035188783, -0.3243744138904355, -0.01147291586335885, 0.13132664237322375,
    -0.08386476777081278, 0.5585943670420833, 0.5094176190930284, 0.7621790494475651, -0.3244969099680986,
    -0.009433354256583554, 0.12968669757140708, -0.08402800757512595, 0.5625000934846639, 0.5123895313257911,
    0.7596438562245215, -0.32459562236466544, -0.007420095984224954, 0.12804441438847117,
    -0.08415899673694467, 0.5664066430929444, 0.51535216362619, 0.757107449141749, -0.3246709088573131,
    -0.005432097242136265, 0.12639953612846613, -0.08425841557783388, 0.5703116084770268, 0.5183036908859435,
    0.7545715733312831, -0.32472303088160664, -0.003470605954861896, 0.1247536866851932, -0.08432694687381802,
    0.5742189440922619, 0.5212470974559196, 0.7520338403140453, -0.3247523357686145, -0.0015336644665345034,
    0.12310579559781717, -0.08436527495501488, 0.5781254324632901, 0.5241799529127036, 0.7494965169114413,
    -0.32475908774517015, 0.0003771054953721537, 0.12145780254351304, -0.08437408642826538, 0.582030833199782,
    0.5271020839365725, 0.746959934246307, -0.3247436047983198, 0.0022616027766429667, 0.119810378974555,
    -0.08435406334555223, 0.5859384110271314, 0.5300159296128335, 0.7444221445211266, -0.3247061665306948,
    0.004121398052831191, 0.11816270442946886, -0.08430589537388844, 0.5898436437949295, 0.5329181195948038,
    0.7418862548147763, -0.3246471191919386, 0.005954355367770374, 0.11651722857972167, -0.08423026629134986,
    0.5937496308128779, 0.5358109650018541, 0.7393504201571263, -0.32456673043619155, 0.007761968188685228,
    0.11487317432870618, -0.08412786005296327, 0.5976552966617928, 0.5386936701631697, 0.7368155042538093,
    -0.3244653197724116, 0.009543765783567056, 0.1132315107309857, -0.08399935879472646, 0.6015629429002726,
    0.5415679306047991, 0.7342801770000064, -0.3243431148271832, 0.011300821005880432, 0.11159177508349272,
    -0.08384544257563913, 0.605469610572305, 0.5444315697926321, 0.7317465194149538, -0.32420050042404946,
    0.013031840490175809, 0.10995570008221482, -0.08366678865965364, 0.6093743028540168, 0.5472838726180527,
    0.7292153351930392, -0.32403783551026005, 0.014736466052689967, 0.10832417581064799, -0.08346407129006597,
    0.6132820161121872, 0.550128489826001, 0.7266835421467174, -0.32385520282978086, 0.016416930523125324,
    0.10669557971978443, -0.08323796102781496, 0.6171878844862677, 0.5529618804215168, 0.7241544472522292,
    -0.32365311892565074, 0.01807119888397437, 0.10507239198080899, -0.0829891245458588, 0.621093305367311,
    0.5557850729632925, 0.7216272957759785, -0.3234318258321739, 0.01969996123803467, 0.10345446504291596,
    -0.0827182240213408, 0.6249998842439336, 0.5585992321032407, 0.7191011984182637, -0.3231915236210041,
    0.021303962902606426, 0.10184155964335691, -0.08242591694949138, 0.6289057156362844, 0.5614029909769478,
    0.7165775344071399, -0.32293262175987636, 0.022882506701116707, 0.10023487501354868, -0.08211285558824821,
    0.6328124889934788, 0.5641975695032322, 0.7140553568520256, -0.32265530114266355, 0.024436369089666676,
    0.09863411571887222, -0.08177968679131903, 0.6367182978828976, 0.5669816125251543, 0.7115360387339057,
    -0.3223599902803467, 0.02596489367614304, 0.09704044926522733, -0.08142705150375555, 0.6406243137393614,
    0.5697559669113232, 0.7090189637402587, -0.3220468976470556, 0.02746865374183677, 0.09545376964652248,
    -0.08105558461371243, 0.644531941303183, 0.5725216331062519, 0.7065033660618995, -0.32171618893850573,
    0.028948286149916888, 0.09387387305324832, -0.08066591449735501, 0.6484378310780414, 0.5752762510322924,
    0.7039915373006027, -0.3213684376856675, 0.0304026427192942, 0.09230246282883321, -0.08025866288874987,
    0.6523442809057224, 0.5780214562907879, 0.7014821317261151, -0.3210037348751808, 0.031832714472916475,
    0.0907389484263578, -0.07983444447238133, 0.6562492236765614, 0.5807558109359405, 0.6989766070285824,
    -0.32062256573304493, 0.03323788295949521, 0.08918447945096498, -0.07939386677052175, 0.6601568069161018,
    0.5834822265620261, 0.6964724320412948, -0.32022480300616557, 0.034619764527497064, 0.08763772232214871,
    -0.0789375297815442, 0.6640633938014883, 0.5861981716298814, 0.6939720658581331, -0.3198110897983449,
    0.03597719704559713, 0.08610042422756313, -0.07846602588404733, 0.6679680101999369, 0.5889029926507376,
    0.6914762525461489, -0.31938182885007416, 0.03731001326866395, 0.0845732485410275, -0.07797993951908101,
    0.6718754441348039, 0.5916000163360842, 0.688982054797382, -0.318936768466994, 0.038619988136862474,
    0.0830546048193648, -0.07747984711024004, 0.675781056559946, 0.5942860505296963, 0.6864925549935802,
    -0.31847670905081127, 0.03990570987336677, 0.08154656770325908, -0.07696631678786567, 0.6796865429078821,
    0.596962282558188, 0.6840067874805529, -0.31800173832558776, 0.041167910938811954, 0.08004873199894333,
    -0.07643990832427401, 0.6835939124214178, 0.5996300971979878, 0.6815235914956574, -0.31751187625679916,
    0.04240738553198883, 0.07856058020385495, -0.07590117289795764, 0.6875006209617667, 0.6022877677958824,
    0.6790446991388137, -0.31700770743383555, 0.043623480126114576, 0.07708332166726597, -0.07535065304307759,
    0.6914068092012767, 0.6049354098308939, 0.6765701307324977, -0.31648949073272215, 0.04481641704013833,
    0.07561712337220843, -0.07478888245166442, 0.6953127527703713, 0.6075732287815043, 0.6740998196987223,
    -0.3159574621718012, 0.04598645861327776, 0.07416209321444199, -0.07421638593647653, 0.6992190615726911,
    0.610201652325749, 0.6716334876199523, -0.3154118044658462, 0.047133961182280824, 0.07271820896397155,
    -0.07363367926918818, 0.7031254263350005, 0.6128204874565029, 0.6691714355043563, -0.31485282300695694,
    0.04825900805744442, 0.07128578119245084, -0.07304126915570013, 0.7070321494500015, 0.6154299524288867,
    0.6667135764757234, -0.31428073474689916, 0.049361863578227534, 0.06986488556202693, -0.07243965310830218,
    0.7109365723207469, 0.6180282960610519, 0.664261680741667, -0.31369619868066273, 0.05044197730047047,
    0.06845665518230239, -0.07182931943251443, 0.7148437094905635, 0.6206188717902705, 0.6618126989341861,
    -0.31309872003111977, 0.051500919189503384, 0.06705944892391366, -0.07121074713122276, 0.7187504414608382,
    0.6231996210195803, 0.6593686873934842, -0.3124890205592687, 0.052538013149618125, 0.06567454928942228,
    -0.07058440590212862, 0.7226572052247183, 0.6257708524041128, 0.6569294670433817, -0.31186728748322934,
    0.05355356951777954, 0.0643019469438368, -0.0699507560718769, 0.7265630124883963, 0.6283319378555667,
    0.654495746186342, -0.3112339336350453, 0.05454753239127259, 0.06294212303105176, -0.06931024860319923,
    0.7304683435555941, 0.6308832168712613, 0.6520673138146384, -0.31058913650527364, 0.05552023110686843,
    0.06159503306386399, -0.06866332505708263, 0.7343743156097691, 0.6334254383595805, 0.6496435645948873,
    -0.3099329575361305, 0.056472139927459405, 0.06026041348129308, -0.0680104176087051, 0.7382804298756648,
    0.6359582948616413, 0.6472248966975013, -0.30926572146987114, 0.05740333019904907, 0.058938551265368254,
    -0.06735194903573019, 0.7421871109289003, 0.6384820794771073, 0.6448111339027985, -0.3085875948604319,
    0.058314098456589636, 0.05762941076949074, -0.06668833274215236, 0.7460945085371412, 0.6409969050115905,
    0.6424022696933365, -0.30789878622317846, 0.05920467212138001, 0.05633304484261125, -0.06601997277084674,
    0.7499997204850095, 0.6435009299036665, 0.6400001717340242, -0.30720005037552434, 0.06007460511711703,
    0.0550504977501729, -0.06534726383446521, 0.7539070940934549, 0.6459969630828724, 0.637602245635121,
    -0.3064908445704466, 0.06092507141952878, 0.05378042285249507, -0.06467059135042005, 0.7578128526024058,
    0.6484826116192259, 0.635210888155881, -0.3057720846625113, 0.06175545128291556, 0.05252412422038639,
    -0.06399033147799948, 0.7617194885869122, 0.6509594863929813, 0.6328246476488301, -0.3050435448464151,
    0.0625664878576229, 0.05128086286631072, -0.06330685117401852, 0.7656243850594553, 0.6534259534945654,
    0.6304451949465245, -0.3043059438310057, 0.06335785275586424, 0.05005152654213987, -0.06262050823535383,
    0.7695315000344148, 0.6558845337503527, 0.6280701917715205, -0.3035587574639223, 0.06413055403568027,
    0.048834924180635474, -0.06193165137355379, 0.7734370508224709, 0.6583328673335345, 0.6257020096605552,
    -0.3028029294930232, 0.06488404896001741, 0.04763228273670757, -0.06124062026202649, 0.7773437551490667,
    0.6607726824807472, 0.6233390687672161, -0.30203815565586467, 0.06561907574762395, 0.04644280247366692,
    -0.060547745627962994, 0.78125044097878, 0.6632032665461018, 0.6209821478811136, -0.30126487941484403,
    0.06633561723184739, 0.04526687895542831, -0.059853349303448676, 0.7851561649131358, 0.6656240596475165,
    0.6186318794852094, -0.30048350597374834, 0.06703371921754794, 0.04410481772832206, -0.05915774433311853,
    0.7890633811108756, 0.6680366048733006, 0.6162868519745486, -0.29969375555753575, 0.06771402899340885,
    0.04295591196816259, -0.05846123502849988, 0.7929692361316282, 0.6704391639740415, 0.6139488405007933,
    -0.2988964148281015, 0.06837626136453571, 0.04182101620190546, -0.0577641170898855, 0.7968750840612844,
    0.6728325990070836, 0.6116170918879857, -0.2980914192824715, 0.06902086798591768, 0.040699738862458756,
    -0.057066677663254864, 0.8007802583162605, 0.6752165284390124, 0.6092920614295132, -0.2972791135101497,
    0.06964795615672037, 0.03959227132633743, -0.05636919547491926, 0.8046874502924858, 0.6775926153488463,
    0.6069722074445598, -0.296459136709449, 0.07025816195863051, 0.03849785551838241, -0.05567194089040889,
    0.8085944324312266, 0.6799595238177432, 0.604658912828737, -0.29563215176606994, 0.07085133843374469,
    0.03741711785277807, -0.05497517606051323, 0.8124998631352612, 0.6823164724338646, 0.6023530218715457,
    -0.2947986452449279, 0.07142750598363404, 0.03635040813902686, -0.054279154981561696, 0.8164070199252723,
    0.6846654640430252, 0.6000526526341193, -0.29395811261280574, 0.07198735948719931, 0.03529681516965165,
    -0.05358412365155239, 0.8203123782156253, 0.6870044055434299, 0.5977599312928323, -0.293111505103512,
    0.07253060640625568, 0.03425726730100086, -0.05289032013129453, 0.8242180238276491, 0.6893345771824784,
    0.5954736792280462, -0.29225856461643496, 0.07305775801791041, 0.03323117524997116, -0.05219797470938826,
    0.8281256406503621, 0.6916570018826071, 0.593192964790777, -0.29139910596681157, 0.07356923897650618,
    0.03221807765244415, -0.051507309963737334, 0.8320316626021987, 0.6939695851381664, 0.5909199171409797,
    -0.29053409807897684, 0.07406479099852599, 0.031218866103358986, -0.05081854093421206, 0.8359377217562418,
    0.6962733249456541, 0.5886536278630813, -0.2896633660198988, 0.07454484073339543, 0.030233075939360084,
    -0.05013187518408046, 0.8398442610322912, 0.6985685073472361, 0.586393885279601, -0.2887869904455707,
    0.07500964909991992, 0.02926055503037511, -0.049447512979254725, 0.8437492776581684, 0.7008539859344793,
    0.5841418876950925, -0.2879056008314905, 0.07545919266174667, 0.028301749703983782, -0.04876564734922818,
    0.8476555147820233, 0.7031313941041404, 0.5818960935187101, -0.28701875422723216, 0.07589399699512989,
    0.02735593433985776, -0.048086464271873096, 0.8515631551335536, 0.7054008566175582, 0.5796564444855947,
    -0.28612657720484036, 0.07631427482482947, 0.026423023869091306, -0.04741014273350872, 0.8554688550950608,
    0.7076604606077055, 0.5774248940110089, -0.28523000496666207, 0.07671987596102726, 0.0255037562674252,
    -0.04673685491828432, 0.8593753910380911, 0.7099118433886353, 0.5751998899771336, -0.2843285706057661,
    0.07711130035938966, 0.024597411560239982, -0.04606676626704049, 0.8632804207463857, 0.7121536848453154,
    0.572982800422526, -0.2834229816438412, 0.0774885213820694, 0.023704465806559438, -0.04540003567037569,
    0.8671882545671302, 0.7143884828421285, 0.570771216221706, -0.2825123998906051, 0.07785215196890881,
    0.022823872731556057, -0.044736815525998654, 0.8710929864827809, 0.7166128886196894, 0.5685685122555224,
    -0.2815983631296489, 0.07820184643379074, 0.021956891782196817, -0.044077251934639385, 0.8749996802151954,
    0.7188298185045383, 0.566371860930205, -0.28067984666744616, 0.0785382655306258, 0.021102320159357188,
    -0.04342148475562458, 0.8789066173438085, 0.7210383181037514, 0.5641822653465974, -0.2797574076279819,
    0.07886145006752754, 0.020260469182723742, -0.04276964780485477, 0.8828129131822805, 0.7232379167849103,
    0.5620002498085838, -0.2788314096319192, 0.07917152784984459, 0.01943144946110492, -0.04212186890836744,
    0.8867188694672936, 0.7254288159253726, 0.5598256714375659, -0.27790193433606225, 0.07946872541542319,
    0.018615111755616413, -0.04147827010166049, 0.890624570778979, 0.7276110932678073, 0.5576585086944931,
    -0.2769691118667164, 0.07975324848029249, 0.017811352716544875, -0.04083896768103886, 0.8945307617705286,
    0.7297851925828169, 0.5554983750976962, -0.27603291123604623, 0.0800253452146941, 0.01701993527220682,
    -0.040204072403620936, 0.8984383944839307, 0.7319516660741456, 0.5533447745087292, -0.275093246849475,
    0.08028526655879856, 0.016240588565262965, -0.03957368953629386, 0.9023432348768522, 0.7341081993239023,
    0.5512000604023515, -0.2741512810795963, 0.08053292954409504, 0.015474061582334284, -0.03894791905579364,
    0.906249959547322, 0.7362574067704131, 0.5490616843022219, -0.2732060272392214, 0.08076882597159686,
    0.014719340965859766, -0.03832685569512221, 0.9101552595295941, 0.7383974954048114, 0.5469314802831444,
    -0.27225842356468277, 0.08099294338281025, 0.013976975361672217, -0.03771058914314376, 0.9140622327462844,
    0.7405301910108086, 0.5448077797714752, -0.27130785409113867, 0.08120564654800755, 0.013246282463849644,
    -0.0370992040883426, 0.9179680597921585, 0.7426539818806788, 0.542692136271559, -0.27035513801750277,
    0.08140696619734121, 0.01252769590426893, -0.03649278041742759, 0.9218747330176885, 0.7447699813898652,
    0.5405834881815396, -0.2693999212607233, 0.08159719142458735, 0.011820750074454012, -0.03589139325633447,
    0.9257808108012465, 0.7468774370547386, 0.5384826317567765, -0.26844268551881034, 0.08177643448299306,
    0.011125607950797612, -0.035295113167377205, 0.9296868607115854, 0.7489766862756007, 0.5363892763571442,
    -0.267483419498971, 0.0819449059909927, 0.01044206530712353, -0.03470400618742104, 0.9335938214152849,
    0.7510682600312002, 0.534302936895208, -0.2665220171908945, 0.08210282322261966, 0.009769860167224047,
    -0.034118134023164284, 0.9374991450502932, 0.7531508259367925, 0.532224986303922, -0.26555922911753627,
    0.08225026488590338, 0.009109324884914935, -0.03353755408642941, 0.9414063863026856, 0.7552263080981021,
    0.5301535475179512, -0.2645942997588567, 0.08238754130068832, 0.008459755562625062, -0.0329623196872009,
    0.9453127758077754, 0.7572932615883694, 0.528090104377209, -0.26362803128659335, 0.08251472655893038,
    0.007821512278108941, -0.03239248006600129, 0.9492184060577297, 0.7593517698242493, 0.5260346150020297,
    -0.26266051862327966, 0.08263200376484373, 0.0071944672332658255, -0.0318280805843505, 0.9531251044209518,
    0.7614028245207116, 0.5239861293059024, -0.2616914237639784, 0.08273959887422737, 0.006578221657302816,
    -0.031269162754211495, 0.9570315607764849, 0.7634457648835671, 0.5219453465055433, -0.2607211841211312,
    0.08283764331374897, 0.00597287826382726, -0.030715764425574072, 0.9609376677816037, 0.7654805661978763,
    0.5199123299351766, -0.2597499374678148, 0.08292630544172881, 0.005378343047994792, -0.03016791981297116,
    0.9648434388863363, 0.7675072671975869, 0.5178870787158502, -0.2587777895897701, 0.08300575517829588,
    0.0047945024092076235, -0.029625659679925215, 0.968749877088726, 0.7695264169995362, 0.5158690810064211,
    -0.25780459763126456, 0.08307617723533896, 0.004221098403069083, -0.029089011362551005,
    0.9726571565630128, 0.7715381307680609, 0.5138582576847421, -0.25683042273276363, 0.08313773336606003,
    0.0036580016940640316, -0.028557998950635783, 0.9765615303831753, 0.7735405152881043, 0.5118565366535296,
    -0.2558563027162534, 0.0831905335226115, 0.0031056337652688544, -0.028032643308357745, 0.9804679417782779,
    0.7755361380754309, 0.5098613858837356, -0.2548811056640804, 0.08323480774897377, 0.0025631812283089758,
    -0.02751296225180202, 0.9843751293883309, 0.7775243760862516, 0.5078734618835887, -0.2539052452020532,
    0.08327069114906736, 0.002030719222863389, -0.026998970566836037, 0.9882808806624777, 0.7795041351716243,
    0.5058938917227733, -0.2529293715294565, 0.08329832238476609, 0.0015084354974988178, -0.02649068018289202,
    0.9921882943508741, 0.7814770151630199, 0.5039211080417278, -0.25195280607039505, 0.08331787786255862,
    0.0009958050185015904, -0.025988100188051252, 0.9960929037011621, 0.7834407939273973, 0.501957364470548,
    -0.2509767590910438, 0.08332949205859594, 0.0004932979610867921, -0.025491236998950506,
    0.9990241799010189, 0.784910015214308, 0.5004881481055935, -0.2502439547921729, 0.08333309488977385,
    0.00012230587689625842, -0.025122271422271275,
]


def _atan_odd(v: float) -> float:
    """d3 + v (d5 + ... v d13): times x v, the series' terms past x."""
    d = _AT_D
    return _fma(v, _fma(v, _fma(v, _fma(v, _fma(v, d[5], d[4]), d[3]), d[2]), d[1]), d[0])


def _atan_row(w: float) -> int:
    return 7 * (int(_fma(w, 256.0, 4503599627370496.0) - 4503599627370496.0) - 16)


def _atan(x: float) -> float:
    if x != x:
        return x + x
    u = fabs(x)
    c = _ATAN_CIJ
    if u < 1.0:
        if u < 0.0625:
            if u < 1.2904777690891933e-08:
                return x
            v = x * x
            return _fma(x * v, _atan_odd(v), x)
        i = _atan_row(u)
        z = u - c[i]
        yy = _fma(z, _fma(z, _fma(z, _fma(z, c[i + 6], c[i + 5]), c[i + 4]), c[i + 3]), c[i + 2])
        return copysign(_fma(yy, z, c[i + 1]), x)
    if u < 16.0:
        w = 1.0 / u
        t1 = u * w
        t2 = _fma(u, w, -t1)
        i = _atan_row(w)
        z = _fma((1.0 - t1) - t2, w, w - c[i])
        yy = _fma(z, _fma(z, _fma(z, _fma(z, c[i + 6], c[i + 5]), c[i + 4]), c[i + 3]), c[i + 2])
        return copysign((_HP0 - c[i + 1]) + _fma(-yy, z, _HPI1), x)
    if u < 5805361265115136.0:
        w = 1.0 / u
        t1 = u * w
        v = w * w
        t2 = _fma(u, w, -t1)
        yy = (w * v) * _atan_odd(v)
        ww = ((1.0 - t1) - t2) * w
        t3 = _HP0 - w
        cor = (_HP0 - t3) - w if _HP0 > fabs(w) else _HP0 - (w + t3)
        return copysign((((cor + _HPI1) - ww) - yy) + t3, x)
    return _HP0 if x > 0 else -_HP0


def atan(x: float, /) -> float:
    return _atan(x)


# ---- glibc's erf (fdlibm's rational approximations) ---------------------------------------
_ERX = 0.8450629115104675


def _erf_tail(x: float, ra: bool) -> float:
    """exp(-x*x - 0.5625 + R/S) / x for 1.25 <= x < 28: erfc's asymptotic
    part (x = |x|; `ra`: the approximation for x below about 1/0.35)."""
    s = 1.0 / (x * x)
    s2 = s * s
    s4 = s2 * s2
    s6 = s4 * s2
    if ra:
        r = (s * -62.375332450326006 - 10.558626225323291) * s2 + (s * -0.6938585727071818 - 0.009864944034847148)
        r += (s * -184.60509290671104 - 162.39666946257347) * s4
        r += (s * -9.814329344169145 - 81.2874355063066) * s6
        d = s2 * (s * 434.56587747522923 + 137.65775414351904) + (s * 19.651271667439257 + 1.0)
        d = (s6 * (s * 6.570249770319282 + 108.63500554177944) + (d + s4 * (s * 429.00814002756783 + 645.3872717332679))) \
            + s4 * s4 * -0.0604244152148581
    else:
        r = (s * -160.63638485582192 - 17.757954917754752) * s2 + (s * -0.799283237680523 - 0.0098649429247001)
        r += (s * -1025.0951316110772 - 637.5664433683896) * s4
        r += -483.5191916086514 * s6
        d = s2 * (s * 1536.729586084437 + 325.7925129965739) + (s * 30.33806074348246 + 1.0)
        d = (s4 * (s * 2553.0504064331644 + 3199.8582195085955) + d) + (s * -22.44095244658582 + 474.52854120695537) * s6
    z = _from_bits(_bits(x) & -0x100000000)    # x with its low word cleared
    return _exp((-z) * z - 0.5625) * _exp((z - x) * (z + x) + r / d) / x


def _erf(x: float) -> float:
    hx = _bits(x) >> 32
    ix = hx & 0x7FFFFFFF
    if ix >= 0x7FF00000:
        return float(1 - 2 * (1 if hx < 0 else 0)) + 1.0 / x
    if ix < 0x3FEB0000:   # |x| < 0.84375
        if ix < 0x3E300000:
            if ix < 0x00800000:
                return (x * 16.0 + x * 2.0540666735282014) * 0.0625
            return x * 0.1283791670955126 + x
        z = x * x
        z2 = z * z
        z4 = z2 * z2
        r = ((z * -0.005770270296489442 - 0.02848174957559851) * z2 + (z * -0.3250421072470015 + 0.12837916709551256)) \
            + z4 * -2.3763016656650163e-05
        s = ((z * 0.005081306281875766 + 0.0650222499887673) * z2 + (z * 0.39791722395915535 + 1.0)) \
            + (z * -3.960228278775368e-06 + 0.00013249473800432164) * z4
        return r / s * x + x
    if ix < 0x3FF40000:   # 0.84375 <= |x| < 1.25
        s = fabs(x) - 1.0
        s2 = s * s
        s4 = s2 * s2
        s6 = s4 * s2
        p = (s * 0.31834661990116175 - 0.3722078760357013) * s2 + (s * 0.41485611868374833 - 0.0023621185607526594)
        p += (s * 0.035478304325618236 - 0.11089469428239668) * s4
        p += -0.002166375594868791 * s6
        q = ((s * 0.07182865441419627 + 0.540397917702171) * s2 + (s * 0.10642088040084423 + 1.0)) \
            + (s * 0.01363708391202905 + 0.12617121980876164) * s4
        q += s6 * 0.011984499846799107
        return _ERX + p / q if hx >= 0 else -_ERX - p / q
    if ix >= 0x40180000:   # |x| >= 6
        return 1.0 if hx >= 0 else -1.0
    r = _erf_tail(fabs(x), ix < 0x4006DB6E)     # |x| < 1/0.35
    return 1.0 - r if hx >= 0 else r - 1.0


def erf(x: float, /) -> float:
    return _erf(x)


def _erfc(x: float) -> float:
    hx = _bits(x) >> 32
    ix = hx & 0x7FFFFFFF
    if ix >= 0x7FF00000:
        return float(2 if hx < 0 else 0) + 1.0 / x
    if ix < 0x3FEB0000:   # |x| < 0.84375
        if ix < 0x3C700000:
            return 1.0 - x
        z = x * x
        z2 = z * z
        z4 = z2 * z2
        r = ((z * -0.005770270296489442 - 0.02848174957559851) * z2 + (z * -0.3250421072470015 + 0.12837916709551256)) \
            + z4 * -2.3763016656650163e-05
        s = ((z * 0.005081306281875766 + 0.0650222499887673) * z2 + (z * 0.39791722395915535 + 1.0)) \
            + (z * -3.960228278775368e-06 + 0.00013249473800432164) * z4
        xy = r / s * x
        if hx < 0x3FD00000:   # x < 1/4
            return 1.0 - (xy + x)
        return 0.5 - ((x - 0.5) + xy)
    if ix < 0x3FF40000:   # 0.84375 <= |x| < 1.25
        s = fabs(x) - 1.0
        s2 = s * s
        s4 = s2 * s2
        s6 = s4 * s2
        p = (s * 0.31834661990116175 - 0.3722078760357013) * s2 + (s * 0.41485611868374833 - 0.0023621185607526594)
        p += (s * 0.035478304325618236 - 0.11089469428239668) * s4
        p += -0.002166375594868791 * s6
        q = ((s * 0.07182865441419627 + 0.540397917702171) * s2 + (s * 0.10642088040084423 + 1.0)) \
            + (s * 0.01363708391202905 + 0.12617121980876164) * s4
        q += s6 * 0.011984499846799107
        return 0.15493708848953247 - p / q if hx >= 0 else (p / q + _ERX) + 1.0
    if ix < 0x403C0000:   # |x| < 28
        if hx < 0 and ix >= 0x40180000:
            return 2.0
        r = _erf_tail(fabs(x), ix < 0x4006DB6D)
        return r if hx > 0 else 2.0 - r
    return 0.0 if hx > 0 else 2.0


def erfc(x: float, /) -> float:
    return _erfc(x)


# ---- glibc's atan2 (IBM's, fused as glibc's FMA build), behind CPython's special cases ----
_OPI1 = 1.2246467991473532e-16


def _atan2_cij(u: float, du: float) -> tuple[int, float]:
    """The table row for u and v = (u - u_i) + du."""
    i = _atan_row(u)
    return (i, (u - _ATAN_CIJ[i]) + du)


def _atan2_poly(c: list[float], i: int, v: float) -> float:
    return _fma(v, _fma(v, _fma(v, _fma(v, c[i + 6], c[i + 5]), c[i + 4]), c[i + 3]), c[i + 2])


def _atan2(y: float, x: float) -> float:
    """atan2(y, x) for finite y != 0 and finite x."""
    ux = _bits(x) >> 32
    uy = _bits(y) >> 32
    if x == 0.0:
        return _HP0 if uy >= 0 else -_HP0
    ax = fabs(x)
    ay = fabs(y)
    de = (uy & 0x7FF00000) - (ux & 0x7FF00000)
    if de >= 59768832:
        return _HP0 if y > 0 else -_HP0
    if de <= -59768832:
        if x > 0:
            return copysign(ay / ax, y)
        return pi if y > 0 else -pi
    if ax < 3.054936363499605e-151 or ay < 3.054936363499605e-151:    # 2**-500
        ax *= 3.273390607896142e+150
        ay *= 3.273390607896142e+150
    if ax > 3.273390607896142e+150 or ay > 3.273390607896142e+150:
        ax *= 3.054936363499605e-151
        ay *= 3.054936363499605e-151
    if ay < ax:
        u = ay / ax
        v = ax * u
        du = ((ay - v) - _fma(ax, u, -v)) / ax
    else:
        u = ax / ay
        v = ay * u
        du = ((ax - v) - _fma(ay, u, -v)) / ay
    c = _ATAN_CIJ
    if x > 0:
        if ay < ax:   # atan(ay/ax)
            if u < 0.0625:
                v = u * u
                return copysign(u + _fma(u * v, _atan_odd(v), du), y)
            i = _atan_row(u)
            t3 = u - c[i]
            v = t3 + du
            dv = (t3 - v) + du if fabs(t3) > fabs(du) else (du - v) + t3
            q = _fma(v, _fma(v, _fma(v, c[i + 6], c[i + 5]), c[i + 4]), c[i + 3])
            return copysign(_fma(v, c[i + 2], _fma(dv, c[i + 2], v * v * q)) + c[i + 1], y)
        if u < 0.0625:   # pi/2 - atan(ax/ay)
            v = u * u
            zz = u * v * _atan_odd(v)
            t2 = _HP0 - u
            cor = (_HP0 - t2) - u if _HP0 > fabs(u) else _HP0 - (u + t2)
            return copysign((((cor + _HPI1) - du) - zz) + t2, y)
        i, v = _atan2_cij(u, du)
        return copysign((_HP0 - c[i + 1]) + _fma(-v, _atan2_poly(c, i, v), _HPI1), y)
    if ax < ay:   # pi/2 + atan(ax/ay)
        if u < 0.0625:
            v = u * u
            zz = v * u * _atan_odd(v)
            t2 = u + _HP0
            cor = (_HP0 - t2) + u if _HP0 > fabs(u) else (u - t2) + _HP0
            return copysign((((cor + _HPI1) + du) + zz) + t2, y)
        i, v = _atan2_cij(u, du)
        return copysign((_HP0 + c[i + 1]) + _fma(v, _atan2_poly(c, i, v), _HPI1), y)
    if u < 0.0625:   # pi - atan(ay/ax)
        v = u * u
        zz = v * u * _atan_odd(v)
        t2 = pi - u
        cor = (pi - t2) - u if pi > fabs(u) else pi - (t2 + u)
        return copysign((((cor + _OPI1) - du) - zz) + t2, y)
    i, v = _atan2_cij(u, du)
    return copysign((pi - c[i + 1]) + _fma(-v, _atan2_poly(c, i, v), _OPI1), y)


def atan2(y: float, x: float, /) -> float:
    """CPython's m_atan2: the special values itself, the rest by the C library."""
    if x != x or y != y:
        return nan
    if not _finite(y):
        if not _finite(x):
            return copysign(0.25 * pi if copysign(1.0, x) == 1.0 else 0.75 * pi, y)
        return copysign(0.5 * pi, y)
    if not _finite(x) or y == 0.0:
        return copysign(0.0 if copysign(1.0, x) == 1.0 else pi, y)
    return _atan2(y, x)


# ---- glibc's asin and acos (IBM's, fused as glibc's FMA build) -------------------------------
_AS_F = [0.1666666666666641, 0.07500000000261227, 0.044642856142105974, 0.03038212685821193,
         0.022355121102652562, 0.018138290340456505]     # f1 .. f6
_AS_RT = [0.9999999998599908, 0.4999999994959554, 0.3750175008673452, 0.31252362655451865]   # rt0 .. rt3

# Taylor expansions of asin at points of [0.125, 0.96875), then 1/sqrt(x) guesses and powers of two
_ASNCS = [
    0.126953125, 1.0081572852980196, 0.06504265768461821, 0.17917130396388092, 0.05093475237068401,
    0.09114942972872477, 0.045252377403287906, 7.878874731570043e-17, 0.12729664158205622, 1.015625,
    -0.0074677147019804845, 0.130859375, 1.0086736451227316, 0.06714703910712035, 0.17998112217431844,
    0.05272549853549236, 0.09223078838601706, 0.047029800773477376, -4.1203553019903806e-17,
    0.13123575914132957, 1.015625, -0.006951354877268421, 0.134765625, 1.0092064829260585,
    0.06926107518525271, 0.1808190879245562, 0.054537774523911814, 0.09335425256308633, 0.04884565826512823,
    -4.667691592241719e-17, 0.13517692589016717, 1.015625, -0.006418517073941556, 0.138671875,
    1.0097558754286717, 0.07138509776934356, 0.18168554408913465, 0.05637241162634303, 0.0945207427990774,
    0.05070164331047607, -1.9145401153849117e-16, 0.13912020634467437, 1.015625, -0.005869124571328324,
    0.142578125, 1.0103219019597183, 0.07351944280444374, 0.182580846674003, 0.05823025950398843,
    0.09573121996931573, 0.05259950495152674, 1.1967809786630907e-16, 0.14306566532573006, 1.015625,
    -0.005303098040281641, 0.146484375, 1.0109046444894167, 0.07566445048591644, 0.1835053651097847,
    0.06011218698959373, 0.0969866866211576, 0.054541050633075745, 4.793514507244096e-17, 0.14701336796924158,
    1.015625, -0.004720355510583352, 0.150390625, 1.0115041876628805, 0.07782046541853795,
    0.18445948255776173, 0.06201908291492843, 0.09828818837674154, 0.05652814911973874, -3.33968423657497e-17,
    0.1509633797365244, 1.015625, -0.004120812337119514, 0.154296875, 1.0121206188352014, 0.07998783677926057,
    0.1854435962290061, 0.06395185696634055, 0.09963681540563037, 0.05856273354413679, 1.251927041212157e-16,
    0.1549157664248204, 1.015625, -0.0035043811647984934, 0.158203125, 1.0127540281078173, 0.0821669184837947,
    0.1864581177171075, 0.06591144056978143, 0.10103370397050522, 0.06064680459377388, -1.448779841181967e-16,
    0.15887059417795513, 1.015625, -0.0028709718921826723, 0.162109375, 1.0134045083661967,
    0.08435806935717204, 0.18750347334496914, 0.06789878780675966, 0.10248003804925487, 0.06278243384457469,
    1.8057575822642167e-16, 0.1628279294971362, 1.015625, -0.002220491633803283, 0.166015625,
    1.0140721553188734, 0.08656165330845753, 0.18858010452616727, 0.06991487636275023, 0.10397705103699525,
    0.06497176724949832, -5.889255618474885e-17, 0.1667878392519082, 1.015625, -0.0015528446811266235,
    0.169921875, 1.0147570675378614, 0.08877803950978395, 0.18968846814139292, 0.07196070850965641,
    0.10552602753175724, 0.0672170287911294, 8.408803988489449e-17, 0.17075039069125442, 1.015625,
    -0.0008679324621385662, 0.173828125, 1.015459346500487, 0.09100760257988891, 0.190829036930522,
    0.0740373121239965, 0.10712830520779507, 0.06952052430766366, -1.6921221440675783e-16,
    0.17471565145486734, 1.015625, -0.00016565349951288934, 0.177734375, 1.0161790966326725,
    0.09325072277234074, 0.19200229990088472, 0.07614574174256729, 0.10878527678069519, 0.07188464550225171,
    8.763277999991739e-17, 0.17868368958457825, 1.015625, 0.0005540966326724648, 0.181640625,
    1.0169164253537086, 0.09550778616864669, 0.1932087627523345, 0.07828707965741985, 0.11049839206870538,
    0.07431187414625177, -1.3668732051802496e-16, 0.1826545735359657, 1.015625, 0.0012914253537085914,
    0.185546875, 1.0176714431225573, 0.09777918487644385, 0.19444894831974563, 0.08046243705207219,
    0.11226916015495843, 0.07680478648756596, 2.313780080787208e-17, 0.1866283721901345, 1.015625,
    0.002046443122557203, 0.189453125, 1.0184442634857211, 0.1000653172329809, 0.19572339703359914,
    0.08267295518097714, 0.1140991516555348, 0.0793660578759039, 1.3782592633632847e-18, 0.19060515486568574,
    1.015625, 0.0028192634857211064, 0.193359375, 1.0192350031267257, 0.10236658801410674,
    0.19703266739934994, 0.08491980659436302, 0.11599000109859382, 0.08199846761752315,
    -1.0084570173415735e-16, 0.19458499133087148, 1.015625, 0.0036100031267257463, 0.197265625,
    1.0200437819172556, 0.1046834086489903, 0.19837733649630057, 0.0872041964106701, 0.11794340942010645,
    0.08470490407275999, 1.3542001225472393e-16, 0.19856795181594844, 1.015625, 0.004418781917255714,
    0.201171875, 1.0208707229699918, 0.10701619744080444, 0.1997580004967441, 0.08952736363891674,
    0.11996114658204386, 0.08748837001047241, -1.2471003877016987e-16, 0.20255410702573595, 1.015625,
    0.005245722969991896, 0.205078125, 1.0217159526931967, 0.1093653797936163, 0.20117527520617465,
    0.09189058255344643, 0.12204505431921703, 0.0903519882343823, 8.288583961183415e-17, 0.20654352815237909,
    1.015625, 0.006090952693196798, 0.208984375, 1.0225796008470975, 0.11173138844573564, 0.20262979662540434,
    0.09429516412363241, 0.12419704902132465, 0.09329900749722662, -8.41716770269347e-17, 0.21053628688833514,
    1.015625, 0.00695460084709751, 0.212890625, 1.0234618006021179, 0.11411466370978329, 0.20412222153546644,
    0.09674245750124723, 0.12641912475715092, 0.09633280871961812, -1.9948269918303676e-16,
    0.21453245543957733, 1.03125, -0.007788199397882216, 0.216796875, 1.0243626885990127, 0.11651565371975177,
    0.20565322810622735, 0.09923385156834477, 0.128713356448263, 0.09945691153156794, -1.365488869783207e-16,
    0.2185321065390342, 1.03125, -0.006887311400987228, 0.220703125, 1.0252824050109621, 0.11893481468534181,
    0.20722351652967666, 0.1017707765486499, 0.1310819031999922, 0.10267498115575122, -7.326827026400958e-17,
    0.22253531346026634, 1.03125, -0.005967594989037833, 0.224609375, 1.0262210936076797, 0.1213726111538697,
    0.2088338096789114, 0.10435470568560731, 0.13352701179794318, 0.10599083565280251, -5.15443605413632e-17,
    0.2265421500313889, 1.03125, -0.005028906392320281, 0.228515625, 1.0271789018215995, 0.12382951628005293,
    0.2104848537938825, 0.1069871569904069, 0.13605102037876737, 0.1094084535502184, 1.9766878820033888e-17,
    0.23055269064924921, 1.03125, -0.004071098178400521, 0.232421875, 1.0281559808162015, 0.1263060121039941,
    0.21217741919502298, 0.10966969506347854, 0.1386563622844568, 0.11293198187782276, 1.5898364401634607e-16,
    0.23456701029386728, 1.03125, -0.003094019183798456, 0.236328125, 1.0291524855565426, 0.12880258983769677,
    0.21391230102593525, 0.11240393299313584, 0.1413455701099709, 0.11656574463422824, -5.065159340375441e-17,
    0.23858518454314748, 1.03125, -0.002097514443457328, 0.240234375, 1.0301685748820597, 0.1313197501604611,
    0.21569032002637234, 0.11519153433524479, 0.1441212799545998, 0.12031425171030698, 1.0371781056962469e-16,
    0.24260728958786837, 1.03125, -0.0010814251179402546, 0.244140625, 1.031204411581717, 0.13385800352352129,
    0.2175123233368107, 0.11803421517800368, 0.14698623588809548, 0.12418220829737629,
    -1.2716373645965909e-16, 0.24663340224696562, 1.03125, -4.5588418283120364e-05, 0.248046875,
    1.03226016247157, 0.13641787046430373, 0.21937918533597847, 0.12093374629614147, 0.14994329464327477,
    0.1281745248096205, 3.9048168749671166e-17, 0.2506635999831075, 1.03125, 0.0010101624715698385,
    0.251953125, 1.0333359984748245, 0.13899988193069984, 0.22129180851277086, 0.12389195539907819,
    0.15299543054751066, 0.132296327352209, 2.1465222946214062e-16, 0.254697960918584, 1.03125,
    0.0020859984748244497, 0.255859375, 1.034432094704469, 0.14160457961576545, 0.22325112437405797,
    0.12691072947784027, 0.15614574070629067, 0.1365529687686569, -1.0212277931368311e-16, 0.2587365638515098,
    1.03125, 0.003182094704468856, 0.259765625, 1.0355486305485628, 0.14423251630327652, 0.2252580943899678,
    0.1299920172557889, 0.15939745045283338, 0.14095004030320588, 1.791108867431308e-16, 0.26277948827235464,
    1.03125, 0.004298630548562728, 0.263671875, 1.03668578975827, 0.14688425622459017, 0.22731371097830733,
    0.13313783174850186, 0.16275391907861983, 0.14549338391639854, 2.1274762528915836e-16,
    0.26682681438081746, 1.03125, 0.005435789758269993, 0.267578125, 1.0378437605387252, 0.1495603754272796,
    0.22941899852987088, 0.13635025293844683, 0.16621864586062143, 0.15018910529459092,
    -2.0953145061503292e-16, 0.27087862310304356, 1.03125, 0.00659376053872522, 0.271484375,
    1.0390227356428277, 0.1522614621560329, 0.2315750144764759, 0.13963143057040434, 0.16979527640199293,
    0.1550435875969043, 1.712099471381547e-16, 0.27493499610920447, 1.03125, 0.007772735642827548,
    0.275390625, 1.04022291246806, 0.15498811724632772, 0.23378285040366123, 0.14298358707393313,
    0.17348760930405244, 0.16006350598608332, 1.3828736966543066e-16, 0.2789960158314546, 1.046875,
    -0.006652087531940054, 0.279296875, 1.0414444931564357, 0.15774095453141687, 0.23604363321008423,
    0.1464090206195328, 0.17729960318849697, 0.1652558429929079, 1.8721053810268642e-16, 0.28306176548226425,
    1.046875, -0.0054305068435643, 0.283203125, 1.0426876846976783, 0.16052060126318465, 0.23835852631576102,
    0.1499101083155377, 0.1812353840900049, 0.17062790476722575, 1.763864013289322e-16, 0.28713232907315556,
    1.046875, -0.004187315302321717, 0.287109375, 1.0439526990357453, 0.1633276985474595, 0.24072873092140537,
    0.15348930955318363, 0.18529925324066268, 0.1761873382723502, 1.7709155920484209e-16, 0.2912077914338451,
    1.046875, -0.002922300964254752, 0.291015625, 1.0452397531788113, 0.16616290179439527,
    0.24315548732124295, 0.1571491695077204, 0.18949569526903004, 0.18194214948351983, 4.538885956161899e-17,
    0.2952882382318105, 1.046875, -0.001635246821188551, 0.294921875, 1.0465490693128319, 0.16902688118456285,
    0.2456400762718037, 0.1608923228039025, 0.1938293868381279, 0.1879007226553708, -8.415121744019268e-17,
    0.29937375599229243, 1.046875, -0.00032593068716818536, 0.298828125, 1.047880874918809,
    0.17192032215142275, 0.24818382041932843, 0.16472149735468103, 0.19830520574821056, 0.19407184072795083,
    -1.4444725450698606e-16, 0.30346443211874874, 1.046875, 0.0010058749188089976, 0.302734375,
    1.0492354028938966, 0.17484392588088232, 0.250788085788569, 0.16863951838243943, 0.20292824053186856,
    0.20046470694572732, 8.139008080988062e-17, 0.3075603549137731, 1.046875, 0.0023604028938966127,
    0.306640625, 1.0506128916764743, 0.1777984098286737, 0.25345428333591014, 0.17264931263267316,
    0.20770380057081625, 0.20708896776936114, 1.1240518472364133e-16, 0.3116616136004957, 1.046875,
    0.003737891676474387, 0.310546875, 1.0520135853753374, 0.18078450825632428, 0.2561838705699016,
    0.17675391279060365, 0.21263742676565328, 0.21395473716572222, 2.137814819776581e-16, 0.3157682983444783,
    1.046875, 0.005138585375337436, 0.314453125, 1.053437733903148, 0.18380297278652863, 0.2589783532424575,
    0.18095646211184888, 0.21773490279196417, 0.22107262236780584, 1.747582442337454e-16, 0.31988050027612447,
    1.046875, 0.00656273390314806, 0.318359375, 1.0548855931143049, 0.1868545729787699, 0.2618392871141578,
    0.18526021927894595, 0.22300226697834533, 0.22845375120284367, -6.325580271669912e-17,
    0.32399831151361846, 1.0625, -0.0076144068856950865, 0.322265625, 1.0563574249473913, 0.18994009692608008,
    0.2647682797972794, 0.18966856349623898, 0.22844582484433565, 0.23610980109408777, 1.005350688829288e-16,
    0.3281218251864111, 1.0625, -0.006142575052608797, 0.326171875, 1.0578534975723706, 0.19306035187387247,
    0.2677669926803821, 0.1941849998364118, 0.23407216233878844, 0.24405302984948515, 9.858397164616177e-17,
    0.33225113545927387, 1.0625, -0.004646502427629333, 0.330078125, 1.0593740855427076, 0.19621616486182514,
    0.27083714293849226, 0.19881316485276398, 0.2398881598219729, 0.2522963083588196, 4.149251678685412e-17,
    0.33638633755693403, 1.0625, -0.003125914457292424, 0.333984375, 1.0609194699525948, 0.19940838338984382,
    0.2739805056331502, 0.20355683247220155, 0.24590100683764718, 0.26085315532993647, 7.2895112537205e-17,
    0.34052752778931605, 1.0625, -0.0015805300474051763, 0.337890625, 1.0624899385994824, 0.20263787610918277,
    0.27719891590683254, 0.20841992018484873, 0.25211821772451914, 0.2697377742044221,
    -2.0451869936385863e-16, 0.34467480357740765, 1.0625, -1.0061400517597182e-05, 0.341796875,
    1.0640857861521071, 0.2059055335398581, 0.28049427127651355, 0.21340649554718358, 0.25854764811992353,
    0.2789650924036682, 2.1063365223795627e-16, 0.3488282634797688, 1.0625, 0.0015857861521072153,
    0.345703125, 1.0657073143242342, 0.20921226881554364, 0.2838685340314034, 0.21852078301666944,
    0.265197512412213, 0.288550803067669, -1.2964673185058569e-16, 0.352988007219714, 1.0625,
    0.0032073143242342303, 0.349609375, 1.0673548320543285, 0.21255901845720201, 0.2873237337401917,
    0.22376717113699365, 0.2720764022023089, 0.29851140946125504, -1.6524759645465967e-17, 0.3571541357131758,
    1.0625, 0.004854832054328553, 0.353515625, 1.069028655691388, 0.21594674317676618, 0.29086196987343027,
    0.22915022009424776, 0.279193305839107, 0.30886427223584634, -9.961363006452305e-17, 0.3613267510972915,
    1.0625, 0.006528655691387994, 0.357421875, 1.0707291091871762, 0.21937642871225574, 0.29448541454701976,
    0.23467466966569098, 0.28655762909800886, 0.31962765974930335, -4.333551120224562e-17, 0.3655059567597214,
    1.078125, -0.007395890812823732, 0.361328125, 1.072456524295108, 0.22284908669578368, 0.2981963153931117,
    0.24034544758413828, 0.29417921707677924, 0.3308208016621559, -1.3842604106579423e-16,
    0.36969185736873467, 1.078125, -0.005668475704891958, 0.365234375, 1.0742112407760487, 0.2263657555559855,
    0.30199699856510975, 0.24616767834251593, 0.30206837738824277, 0.34246394604552494,
    2.8940448021537664e-17, 0.3738845589040829, 1.078125, -0.003913759223951268, 0.369140625,
    1.0759936066113043, 0.2299275014564834, 0.3058898718838502, 0.2521466924647345, 0.31023590473506224,
    0.35457842025452485, 8.776680357312924e-17, 0.37808416868869443, 1.078125, -0.0021313933886957953,
    0.373046875, 1.0778039782230886, 0.23353541927208332, 0.30987742813246355, 0.2582880362707544,
    0.31869310695801945, 0.3671866958409832, 1.2392075411925148e-16, 0.38229079542121225, 1.078125,
    -0.0003210217769115026, 0.376953125, 1.0796427207027712, 0.23719063360449333, 0.3139622485078679,
    0.26459748216556883, 0.3274518326558912, 0.38031245780109246, -1.9034621058781233e-16,
    0.38650454920941035, 1.078125, 0.0015177207027712565, 0.380859375, 1.081510208047221, 0.24089429983944813,
    0.31814700623732606, 0.2710810394838128, 0.33652450048221344, 0.3939806784772571, 2.217478766955122e-16,
    0.3907255416045148, 1.078125, 0.003385208047220964, 0.384765625, 1.0834068234035752, 0.24464760524722548,
    0.3224344703690098, 0.27774496592384107, 0.34592413023200697, 0.40821769645911676, 2.0209797457906482e-16,
    0.3949538856364696, 1.078125, 0.005281823403575117, 0.388671875, 1.0853329593227845, 0.248451770128649,
    0.3268275097460597, 0.28459577960740384, 0.3556643758399462, 0.42305130085668896, -2.1039947172514095e-17,
    0.39918969585016884, 1.078125, 0.007207959322784478, 0.392578125, 1.0872890180222954, 0.252308049008786,
    0.331329097174215, 0.2916402718035121, 0.36575956042054625, 0.4385108213489966, -4.574600661435591e-17,
    0.4034330883427013, 1.09375, -0.0064609819777047, 0.396484375, 1.0892754116582513, 0.25621773188067076,
    0.33594231379370953, 0.2988855203577278, 0.37622471349077813, 0.45462722444468057, 5.3699808164695436e-18,
    0.4076841808016396, 1.09375, -0.0044745883417488305, 0.400390625, 1.0912925626076149, 0.2601821455015134,
    0.3406703536667961, 0.3063389038709592, 0.3870756105261714, 0.4714332164271756, -4.033572952946113e-17,
    0.4119430925444103, 1.09375, -0.002457437392385179, 0.404296875, 1.09334090376063, 0.2642026547439901,
    0.3455165285929752, 0.31400811667490325, 0.3983288150129919, 0.4889633534963527, -5.081418033367548e-17,
    0.41620994455878657, 1.09375, -0.0004090962393700039, 0.408203125, 1.0954208788240642, 0.268280664005359,
    0.3504842731647648, 0.3219011846545728, 0.41000172317157657, 0.5072541596614236, 1.463402191819868e-16,
    0.4204848595445445, 1.09375, 0.0016708788240643137, 0.412109375, 1.0975329426356961, 0.27241761867729863,
    0.35557715007766416, 0.33002648197189505, 0.4221126115394507, 0.5263442529866845, -1.8599811798684221e-16,
    0.4247679619563267, 1.09375, 0.0037829426356961134, 0.416015625, 1.0996775614905314, 0.2766150066795327,
    0.3607988557088369, 0.3383927487481949, 0.43468068761754064, 0.5462744808427636, 1.216583914929538e-16,
    0.4290593780477532, 1.09375, 0.005927561490531526, 0.419921875, 1.1018552134792627, 0.2808743600604793,
    0.3661532259799751, 0.3470091097674991, 0.4477261437987395, 0.5670880648718353, -1.9326635712008848e-16,
    0.43335923591683745, 1.109375, -0.007519786520737369, 0.423828125, 1.1040663888395037,
    0.28519725666835044, 0.3716442425208067, 0.35588509426704745, 0.46127021481538755, 0.5888307564362442,
    1.192295450077398e-16, 0.4376676655527403, 1.109375, -0.005308611160496399, 0.427734375,
    1.1063115903203693, 0.28958532189632785, 0.3772760391507829, 0.3650306568861976, 0.4753352389610369,
    0.6115510033866788, -1.092739366153726e-16, 0.44198479888393116, 1.109375, -0.0030634096796307744,
    0.431640625, 1.1085913335609894, 0.2940402305056494, 0.3830529086976373, 0.3744561998500944,
    0.48994472336230743, 0.6353001290590183, -1.9885737010463525e-16, 0.4463107698277917, 1.109375,
    -0.000783666439010593, 0.435546875, 1.110906147483584, 0.2985637085306727, 0.38897931017273973,
    0.38417259647007485, 0.50512341359887, 0.6601325244888747, -8.560186794717833e-18, 0.4506457143417326,
    1.109375, 0.0015311474835840086, 0.439453125, 1.113256574701755, 0.3031575352702173, 0.3950598763245009,
    0.3941912160488345, 0.5208973679937868, 0.68610585492041, -1.2279261673440052e-16, 0.4549897704758732,
    1.109375, 0.0038815747017551597, 0.443359375, 1.1156431719446886, 0.3078235453697493, 0.40129942159250565,
    0.40452395028492594, 0.5372940369227738, 0.713281281781972, 1.0547291732873668e-16, 0.4593430784273447,
    1.109375, 0.0062681719446887165, 0.447265625, 1.1180665104979932, 0.3125636309992435, 0.4077029504865874,
    0.41518324127824474, 0.5543423475196515, 0.7417237014063784, 4.4155691192808335e-17, 0.4637057805962872,
    1.125, -0.006933489502006714, 0.451171875, 1.1205271766619442, 0.3173797441318533, 0.4142756664167021,
    0.4261821112458276, 0.5720727941865285, 0.7715020018892488, -7.217009118367814e-18, 0.4680780216435978,
    1.125, -0.004472823338055856, 0.455078125, 1.1230257722279406, 0.32227389892883124, 0.4210229810012339,
    0.4375341940655936, 0.5905175353513865, 0.8026893396056993, -4.781770707134625e-17, 0.4724599485505072,
    1.125, -0.001974227772059348, 0.458984375, 1.1255629149740296, 0.32724817423647723, 0.4279505238832705,
    0.44925376877466366, 0.6097104969529776, 0.8353634370452402, -1.9581514708717095e-16, 0.4768517106800534,
    1.125, 0.0005629149740295906, 0.462890625, 1.1281392391803933, 0.3323047162012518, 0.43506415308644136,
    0.4613557951586572, 0.6296874831736138, 0.8696069037781549, -1.5375536784711783e-16, 0.4812534598405289,
    1.125, 0.003139239180393383, 0.466796875, 1.1307553961657515, 0.33744574100957136, 0.4423699659441243,
    0.47385595157895843, 0.6504862949848781, 0.9055075825354876, -2.0796033699010148e-16, 0.48566535035098424,
    1.125, 0.005755396165751539, 0.470703125, 1.1334120548456763, 0.3426735377592158, 0.44987431063821115,
    0.4867706751964492, 0.6721468571198855, 0.9431589225707785, -6.84573556014174e-17, 0.4900875391088664,
    1.140625, -0.007212945154323778, 0.474609375, 1.1361099023138785, 0.347990471469715, 0.4575837983861958,
    0.5001172047626979, 0.6947113541389016, 0.982660382676636, 1.712256724790218e-16, 0.4945201856598853,
    1.140625, -0.0045150976861213785, 0.478515625, 1.1388496444475822, 0.35339898623955374,
    0.46550531631812625, 0.5139136261631796, 0.7182243763133496, 1.024117866455271, 2.620211997307875e-17,
    0.4989634522701967, 1.140625, -0.0017753555524177807, 0.482421875, 1.1416320065381622, 0.3589016085585357,
    0.47364604108795627, 0.5281789209118715, 0.742733076117033, 1.0676441926916516, 1.2481251332959503e-17,
    0.5034175040009967, 1.140625, 0.0010070065381622062, 0.486328125, 1.1444577339482975, 0.36450095078419076,
    0.48201345326707484, 0.5429330178126512, 0.7682873361833398, 1.113359603953431, -1.4597330727925772e-16,
    0.5078825087856353, 1.140625, 0.003832733948297569, 0.490234375, 1.147327592796954, 0.37019971479168784,
    0.4906153525712899, 0.5581968480204295, 0.7949399496639243, 1.1613923168463696, 1.4422225520675558e-16,
    0.5123586375093465, 1.140625, 0.00670259279695401, 0.494140625, 1.1502423706735923, 0.3760006958073396,
    0.49945987397633035, 0.5739924037540303, 0.82274681400861, 1.2118791176908925, -1.4201570217292412e-16,
    0.5168460640917152, 1.15625, -0.006007629326407818, 0.498046875, 1.1532028773830771, 0.38190678643645354,
    0.5085555047810277, 0.5903428009336379, 0.8517671392788025, 1.264966007758192, 1.4973136186654247e-16,
    0.5213449655719873, 1.15625, -0.0030471226169228763, 0.501953125, 1.1562099457228516, 0.3879209808970033,
    0.5179111027084483, 0.6072723460569853, 0.8820496889899455, 1.320805641894323, 2.094638171225848,
    1.6307785707886589e-16, 0.52585552219736, 1.15625, -4.005427714847179e-05, 0.505859375,
    1.1592644322940282, 0.394046379471367, 0.5275359149547584, 0.624806607523778, 0.9136882193469252,
    1.3795709312117737, 2.2047046751184247, -4.614180764018541e-17, 0.5303779175143664, 1.15625,
    0.0030144322940282293, 0.509765625, 1.162367218348156, 0.40028619318921155, 0.5374395986525855,
    0.6429724920300016, 0.9467399989580887, 1.441436884043909, 2.3215048054814837, -1.3342986474285593e-16,
    0.5349123384635011, 1.15625, 0.006117218348155879, 0.513671875, 1.165519210671518, 0.40664374875549664,
    0.5476322423084127, 0.6617983260470026, 0.9812799039185229, 1.5065939732142886, 2.4455089337581084,
    -1.3396158752109626e-16, 0.5394589754772263, 1.171875, -0.0063557893284821206, 0.517578125,
    1.1687213425089371, 0.4131224937385371, 0.5581243886859659, 0.6813139430636891, 1.0173874289138203,
    1.5752460324070015, 2.5772244550938677, 3.905279758625744e-17, 0.5440180225815077, 1.171875,
    -0.003153657491062917, 0.521484375, 1.1719745745291799, 0.4197260020341018, 0.568927059074338,
    0.7015507769301403, 1.0551470125492437, 1.6476113122494043, 2.7171990355198528, -1.265890525297395e-16,
    0.5485896775010399, 1.171875, 9.957452917975121e-05, 0.525390625, 1.1752798958341812, 0.42645797962264836,
    0.5800517790655333, 0.7225419618039368, 1.0946483885022933, 1.7239236294126705, 2.866024173600037,
    1.2816556514529315e-16, 0.5531741417683267, 1.171875, 0.0034048958341813358, 0.529296875,
    1.178638325014455, 0.4333222706380017, 0.5915106059486545, 0.7443224392255328, 1.1359869647828316,
    1.8044336177780702, 3.02433911001963, 7.372487928303894e-17, 0.557771620836796, 1.171875,
    0.006763325014454897, 0.533203125, 1.1820509112531912, 0.44032286376709234, 0.6033161578365371,
    0.7669290728957534, 1.1792642336080674, 1.8894100916816012, 3.1928351222693516, -6.218035606594587e-17,
    0.5623823241981278, 1.1875, -0.005449088746808937, 0.537109375, 1.1855187354817172, 0.44746389900177946,
    0.6154816446499847, 0.7904007717798355, 1.224588214646731, 1.9791415323262738, 3.372260246087258,
    7.835203862989061e-17, 0.5670064655039972, 1.1875, -0.0019812645182829013, 0.541015625,
    1.1890429115891528, 0.45474967476531036, 0.6280209010949488, 0.8147786222188568, 1.2720739346604808,
    2.0739377096541918, 3.5634244700973357, 4.098261682790949e-17, 0.5716442626924358, 1.1875,
    0.0015429115891528208, 0.544921875, 1.1926245876892836, 0.46218465543761855, 0.6409484217791152,
    0.8401060297914523, 1.3218439468741157, 2.174131453315553, 3.7672054556803576, 1.0609661032317167e-16,
    0.5762959381190269, 1.1875, 0.005124587689283611, 0.548828125, 1.1962649474478668, 0.46977347930544733,
    0.6542793986264864, 0.8664288717370179, 1.3740288937430631, 2.2800805878769315, 3.984554840272743,
    1.2189225025821141e-16, 0.5809617186931688, 1.203125, -0.006860052552133231, 0.552734375,
    1.199965211473798, 0.47752096696522334, 0.6680297607618081, 0.8937956608268416, 1.428768117160852,
    2.392170049097533, 4.216505189367396, -1.6279456734595336e-16, 0.5856418360196454, 1.203125,
    -0.003159788526202078, 0.556640625, 1.2037266387777905, 0.48543213020869896, 0.6822162170511719,
    0.9222577216525556, 1.4862103205653916, 2.510814199993048, 4.464177670426561, 1.1808011548704705e-16,
    0.5903365265457601, 1.203125, 0.0006016387777904275, 0.560546875, 1.2075505283024641, 0.49351218142366104,
    0.6968563015009803, 0.9518693803928268, 1.5465142878659675, 2.6364593675291776, 4.728790530922221,
    7.500374165972573e-17, 0.5950460317143107, 1.203125, 0.00442552830246404, 0.564453125, 1.211438220528001,
    0.5017665435444687, 0.7119684217348089, 0.9826881692202825, 1.6098496646286806, 2.7695866231716115,
    5.011668472935972, -3.562903264922006e-17, 0.5997705981226811, 1.21875, -0.007311779471999103,
    0.568359375, 1.2153910991578087, 0.5102008605898702, 0.7275719107867189, 1.0147750466223897,
    1.6763978075331922, 2.9107148332013315, 5.314253028286402, 9.873230353957484e-17, 0.6045104776883639,
    1.21875, -0.003358900842191155, 0.572265625, 1.2194105928889358, 0.5188210088284598, 0.743687082470423,
    1.0481946350335942, 1.7463527087554778, 3.060404007723801, 5.638114051367425, -6.671121275268839e-17,
    0.6092659278212316, 1.21875, 0.000660592888935898, 0.576171875, 1.2234981772723073, 0.5276331086153111,
    0.7603352906065894, 1.083015477312874, 1.8199220026483087, 3.2192589807038483, 5.984962461788684,
    -2.1395157376602661e-16, 0.6140372116028945, 1.21875, 0.004748177272307177, 0.580078125,
    1.227655376668209, 0.536643536946775, 0.7775389924157091, 1.1193103137525278, 1.8973280628929476,
    3.3879334571979296, 6.3566643859014675, 1.6288916592626768e-16, 0.6188245979735116, 1.234375,
    -0.006719623331790895, 0.583984375, 1.2318837663028273, 0.5458589407841917, 0.795321816411578,
    1.157156381472249, 1.9788091991929955, 3.5671344682923065, 6.755256865799159, 4.184994235421112e-17,
    0.6236283619264369, 1.234375, -0.0024912336971728037, 0.587890625, 1.236184974432056, 0.5552862512013697,
    0.8137086351608545, 1.1966357382393429, 2.0646209635869015, 3.757627279159722, 7.182965326390026,
    -1.4903167261926637e-16, 0.6284487847111011, 1.234375, 0.0018099744320560628, 0.591796875,
    1.240560684619246, 0.5649326984151567, 0.8327256433076302, 1.237835612963549, 2.155037577583574,
    3.9602408011984322, 7.642223016511318, 5.668265340946725e-17, 0.6332861540445713, 1.234375,
    0.006185684619246016, 0.595703125, 1.245012638134033, 0.5748058277633225, 0.8524004412988602,
    1.280848785345899, 2.250353492592003, 4.175873565508851, 8.135692668955654, -8.055118562955642e-17,
    0.6381407643322414, 1.25, -0.004987361865967047, 0.599609375, 1.2495426364799205, 0.5849135166993058,
    0.8727621252872089, 1.3257739974182423, 2.350885097539427, 4.405500322101544, 8.666290657418184,
    1.424048813729075e-16, 0.643012916898138, 1.25, -0.0004573635200795498, 0.603515625, 1.2541525440588488,
    0.5952639928792307, 0.8938413837328303, 1.3727163999967842, 2.4569725891745895, 4.650179337339559,
    9.237213966353778, 2.212466761743417e-16, 0.6479029202253699, 1.25, 0.004152544058848897, 0.607421875,
    1.2588442909816002, 0.6058658534229892, 0.9156706012752946, 1.4217880373929206, 2.568982022357418,
    4.911060471341405, 9.851970333384985, -1.8329361466103715e-18, 0.6528110902072637, 1.265625,
    -0.006780709018399824, 0.611328125, 1.2636198760335524, 0.6167280854382003, 0.9382839705018491,
    1.473108374082051, 2.6873075596720546, 5.189394127574417, 10.514411974031251, 1.4404229289208707e-16,
    0.6577377504097788, 1.265625, -0.0020051239664475727, 0.615234375, 1.2684813698060229, 0.6278600879035455,
    0.961717612299092, 1.5268048674307138, 2.812373941998725, 5.486541178844498, 11.228773356344059,
    2.1356990154430766e-16, 0.6626832323458296, 1.265625, 0.002856369806022836, 0.619140625,
    1.2734309180042227, 0.639271695016416, 0.986009705542634, 1.5830135910298127, 2.9446392042785545,
    5.803983987561629, 11.999713559532411, -2.146063844597763e-16, 0.667647875762178, 1.265625,
    0.0078059180042227, 0.623046875, 1.2784707449437045, 0.6509732011190884, 1.0112006269542233,
    1.6418799136831546, 3.0845976636468917, 6.143338653791852, 12.832363827668269, 6.352126153421112e-17,
    0.6726320289396108, 1.28125, -0.002779255056295434, 0.626953125, 1.2836031572481128, 0.6629753873278378,
    1.0373331020390146, 1.7035592396631631, 3.232783210444274, 6.506368642500278, 13.732381018361684,
    7.277766413589188e-19, 0.67763604900717, 1.28125, 0.0023531572481126917, 0.630859375, 1.2888305477620632,
    0.6752895500006308, 1.0644523681081925, 1.7682178164776767, 3.389772936397015, 6.894999961901313,
    14.706007749288435, 1.4013832084560466e-16, 0.6826603022712345, 1.28125, 0.007580547762063206,
    0.634765625, 1.2941553996940875, 0.6879275311914091, 1.0926063504951604, 1.8360336171025755,
    3.5561911385575384, 7.3113380883777275, 15.760140164834917, 2.2835150571009758e-17, 0.687705164560338,
    1.296875, -0.0027196003059123956, 0.638671875, 1.2995802910057819, 0.7009017512526244, 1.1218458531883073,
    1.9071973044354253, 3.732713742484712, 7.7576868604966, 16.90240438376958, 1.4284039040671817e-16,
    0.6927710215866405, 1.296875, 0.0027052910057819655, 0.642578125, 1.3051078990646252, 0.7142252437627536,
    1.1522247652314443, 1.9819132866277622, 3.9200731937155275, 8.23656959580931, 18.141242850191208,
    2.0751381688181238e-16, 0.6978582693250579, 1.3125, -0.007392100935374855, 0.646484375,
    1.3107410055793738, 0.7279116929721785, 1.1838002843860813, 2.060400872972375, 4.119063872935178,
    8.750752720046929, 19.48601199786747, 5.716805107860533e-17, 0.7029673144111097, 1.3125,
    -0.001758994420626132, 0.650390625, 1.3164825018385242, 0.7419754739792445, 1.2166331597097098,
    2.1428955411734383, 4.330548097513449, 9.303272239803016, 20.947092857538706, -9.84599295509245e-17,
    0.708098574558631, 1.3125, 0.0039825018385242225, 0.654296875, 1.3223353942740623, 0.756431695868727,
    1.2507879548834235, 2.229650328130627, 4.555462780382346, 9.897463437766762, 22.536016493047065,
    -3.4960776597538866e-17, 0.7132524789985757, 1.328125, -0.005789605725937761, 0.658203125,
    1.3283028103746275, 0.7712962480675751, 1.2863333343230472, 2.3209373578453905, 4.7948268267475465,
    10.536994225133995, 24.265606452449873, -5.4358226400241914e-17, 0.7184294689402275, 1.328125,
    0.00017781037462742932, 0.662109375, 1.3343880049743009, 0.78658585019793, 1.3233423743333959,
    2.4170495217338974, 5.049749360047487, 11.225902650288152, 26.15014077251256, 1.281976617730236e-16,
    0.7236299980562326, 1.328125, 0.006263004974300771, 0.666015625, 1.3405943669455234, 0.8023181057353581,
    1.3618929018186676, 2.5183023285362816, 5.32143888112481, 11.968639137757101, 28.20553648872914,
    -6.325981341169e-18, 0.7288545329929796, 1.34375, -0.0031556330544766776, 0.669921875, 1.3469254263271766,
    0.8185115598113214, 1.4020678633471362, 2.6250359431801487, 5.611213479021256, 12.770114118656176,
    30.44956009037489, -2.1064486273754088e-16, 0.7341035539079606, 1.34375, 0.0031754263271766585,
    0.673828125, 1.3533848619216378, 0.8351857615335435, 1.4439557276896642, 2.737617436427774,
    5.9205122284619405, 13.63575181551479, 32.902067934635674, -1.3844199794440324e-16, 0.7393775550358823,
    1.359375, -0.0059901380783621925, 0.677734375, 1.3599765093976888, 0.8523613312365729, 1.4876509253141907,
    2.8564432699577327, 6.2509079283271864, 14.571551063169178, 35.58528131295694, -3.633469970538101e-17,
    0.7446770452854299, 1.359375, 0.0006015093976887192, 0.681640625, 1.366704369939547, 0.8700600331179971,
    1.5332543287281535, 2.9819420447572655, 6.60412135765606, 15.584154186413521, 38.52410166673959,
    -1.1483409140657897e-16, 0.750002548868733, 1.359375, 0.007329369939546881, 0.685546875,
    1.373572619486027, 0.8883048537640373, 1.580873778024572, 3.114577544395339, 6.9820372515017715,
    16.680925118081547, 41.746472403285935, -1.9449657264480127e-16, 0.7553546059657559, 1.375,
    -0.001427380513973067, 0.689453125, 1.3805856186079857, 0.9071200871223083, 1.6306246565131362,
    3.2548521089827824, 7.386722228877908, 17.870038132676797, 45.283794896771944, 1.1965056650725188e-16,
    0.7607337734260087, 1.375, 0.005585618607985694, 0.693359375, 1.3877479230767928, 0.9265314265401537,
    1.6826305219142588, 3.403310380492973, 7.820444939824489, 19.160578795992375, 49.171407609684714,
    2.126535977492267e-16, 0.7661406255101748, 1.390625, -0.002877076923207057, 0.697265625,
    1.3950642951816625, 0.9465660645550522, 1.7370237992723014, 3.5605434657176085, 8.285698739151776,
    20.562658996882735, 53.44913888266603, 7.120888746483928e-17, 0.7715757546744619, 1.390625,
    0.004439295181662456, 0.701171875, 1.4025397158593342, 0.9672528012001571, 1.7939465425164665,
    3.727193569589074, 8.785227241723737, 22.08754824135552, 58.16194586990583, -1.920174705271017e-16,
    0.7770397724007281, 1.40625, -0.0037102841406658166, 0.705078125, 1.41017939770589, 0.9886221616742743,
    1.853551272478629, 3.903959159057863, 9.322053169461475, 23.747823760991132, 63.36065441053709,
    1.2125668675389011e-17, 0.7825333100756877, 1.40625, 0.003929397705890114, 0.708984375,
    1.4179887989474937, 1.0107065243228615, 1.9160019001835777, 4.0916007263410235, 9.899510965066515,
    25.557542428969718, 69.10281740691319, 9.999244919218779e-17, 0.7880570199227939, 1.421875,
    -0.0038862010525061667, 0.712890625, 1.4259736384546595, 1.0335402599865324, 1.9814747453785868,
    4.2909472303581735, 10.521283723571148, 27.532438001808956, 75.45371263027732, -7.891794573967661e-17,
    0.7936115759906994, 1.421875, 0.004098638454659504, 0.716796875, 1.4341399118933855, 1.0571598838979073,
    2.050159661589202, 4.5029033067860995, 11.191445082370837, 29.69014783052269, 82.48750491955094,
    5.1212017794616454e-17, 0.7991976752025578, 1.4375, -0.0033600881066145243, 0.720703125,
    1.442493909116252, 1.081604221448593, 2.1222612805040204, 4.728457350678363, 11.91450681598199,
    32.05047393238505, 90.2886026364174, -1.8809906770063086e-16, 0.8048160384708027, 1.4375,
    0.004993909116252043, 0.724609375, 1.451042232907521, 1.1069145893080907, 2.1980003902353524,
    4.968690591355856, 12.695473006545008, 34.6356842096959, 98.95324418434926, 7.679422967482682e-17,
    0.8104674118824629, 1.453125, -0.002082767092478928, 0.728515625, 1.4597918192085473, 1.1331349935583979,
    2.277615464013169, 5.224787297688557, 13.539901808878694, 37.47086067671657, 108.5913576333838,
    1.7017039489625748e-16, 0.816152567960553, 1.453125, 0.00666681920854722, 0.732421875, 1.4687499589636008,
    1.1603123467153802, 2.361364358191857, 5.498046273451396, 14.453976004338498, 40.58430284954288,
    119.32874532008853, 1.4305208802428753e-16, 0.8218723070075828, 1.46875, -4.103639922419387e-08,
    0.736328125, 1.4779243217417237, 1.1884967057445979, 2.4495262011367505, 5.789893827741734,
    15.444583746513121, 44.00799601468648, 131.30965609406573, -1.6381588685224814e-16, 0.8276274585378189,
    1.484375, -0.0064506782582763565, 0.740234375, 1.4873229813077393, 1.21774153344981, 2.542403497674012,
    6.101898435209305, 16.51941115085736, 47.77815598083159, 144.69982113801285, 2.827854503351633e-17,
    0.8334188828055655, 1.484375, 0.002947981307739343, 0.744140625, 1.4969544433353008, 1.2481039859223368,
    2.6403244774095063, 6.435787335938509, 17.687048678227455, 51.935864209667955, 159.69004560273515,
    -1.6474215576380717e-16, 0.839247472437453, 1.5, -0.003045556664699121, 0.748046875, 1.5068276754772194,
    1.2796452290952434, 2.743645719440916, 6.793465366289981, 18.957113619450954, 56.527810009578616,
    176.5004684385639, 3.5458731105107694e-17, 0.8451141541775047, 1.5, 0.006827675477219385, 0.751953125,
    1.5169521400336585, 1.3124307878555586, 2.8527550909118875, 7.177036372784717, 20.340391431188078,
    61.60227296005288, 195.38357421325207, 640.5380495953193, -2.6920613564648094e-17, 0.8510198907546633,
    1.515625, 0.0013271400336584823, 0.755859375, 1.5273378294875564, 1.346530931639521, 2.968075042619083,
    7.5888275393741855, 21.848999097071037, 67.22907306802716, 216.638149619849, 721.5737219951404,
    1.4810965321010352e-16, 0.8569656828834296, 1.53125, -0.003912170512443657, 0.759765625,
    1.537995305209378, 1.382021100980579, 3.090066311640267, 8.031417263965912, 23.49657459036499,
    73.47321537876583, 240.6050238163214, 814.4239518597311, 4.502983638265062e-17, 0.8629525714094011,
    1.53125, 0.006745305209378038, 0.763671875, 1.5489357396706251, 1.4189823801110248, 3.21923208889772,
    8.507666916306801, 25.29849682174486, 80.41416612694888, 267.6831365701302, 921.0469519498516,
    -2.1113615524257245e-16, 0.8689816396127346, 1.546875, 0.002060739670625245, 0.767578125,
    1.5601709625481677, 1.4575020214498915, 3.356122718935664, 9.02075728898355, 27.272141822148185,
    88.14318383136782, 298.3381475972888, 1043.765945553088, -1.0132075666657874e-17, 0.8750540156839732,
    1.5625, -0.0023290374518322512, 0.771484375, 1.5717135111502711, 1.4976740286613652, 3.501341010258759,
    9.574230448050061, 29.437181775888398, 96.76530936460901, 333.114987822559, 1185.3450133937843,
    1.1965478268839207e-16, 0.8811708753882628, 1.578125, -0.006411488849728784, 0.775390625,
    1.5835766856511941, 1.5395998059607037, 3.6555482476940853, 10.172037907100856, 31.81593498333109,
    106.4017338568264, 372.65304326603115, 1349.08238290385, 3.039629257236238e-17, 0.8873334449357642,
    1.578125, 0.0054516856511940825, 0.779296875, 1.5957746096856174, 1.5833888825051503, 3.8194710138244674,
    10.818596211775391, 34.43377651351211, 117.19262443295392, 417.70458279572443, 1538.9255721055058,
    -3.918652333380919e-17, 0.8935430040781056, 1.59375, 0.002024609685617326, 0.783203125, 1.608322296928385,
    1.6291597220674372, 3.993908945115038, 11.518851231971196, 37.319621393500206, 129.30050653600003,
    469.1571971264812, 1759.6140218563623, -4.0902836068719946e-17, 0.8998008894530054, 1.609375,
    -0.0010527030716149589, 0.787109375, 1.6212357243707765, 1.6770406297877805, 4.17974357055685,
    12.278352714725925, 40.50649476162607, 142.91432518006442, 528.0612162443878, 2016.8564400461469,
    -2.990039269767411e-17, 0.9061084982018035, 1.625, -0.0037642756292234673, 0.791015625,
    1.6345319131038407, 1.7271707696838148, 4.377948407271867, 13.103340962651076, 44.03220661459872,
    158.25433727169988, 595.6633291963578, 2317.5521602282884, 3.7062111638090963e-17, 0.9124672918876091,
    1.640625, -0.006093086896159222, 0.794921875, 1.6482290175346461, 1.779701308823979, 4.589600519544401,
    14.00084788467002, 47.94015276941318, 175.57802492409837, 673.4479616104387, 2670.0685483394054,
    4.835325864709877e-17, 0.9188788007451572, 1.640625, 0.007604017534646196, 0.798828125,
    1.6623464240955736, 1.8347967067086528, 4.8158937863883935, 14.978815135016402, 52.280268653359634,
    195.1872678134027, 763.18839608378, 3084.5900970887315, -6.024062915511139e-17, 0.9253446282973372,
    1.65625, 0.0060964240955735894, 0.802734375, 1.6769048606635577, 1.8926361715411097, 5.058154169558372,
    16.04623263513357, 57.11016880633552, 217.43707419100983, 867.0101805321129, 3573.559632534042,
    1.7007350967944576e-16, 0.931866456377799, 1.671875, 0.0050298606635576, 0.806640625, 1.6919265180897611,
    1.953415308813478, 5.317857330787433, 17.21330148961961, 62.49651288996836, 242.74624928571455,
    987.4701027821019, 4152.238440626376, 5.78913003435096e-17, 0.938446050604143, 1.6875,
    0.004426518089761076, 0.810546875, 1.707435185455773, 2.0173479921131388, 5.5966490164140605,
    18.491626198112947, 68.51664902047291, 271.61048199668966, 1127.654974628722, 4839.42068364997,
    1.813870625918979e-16, 0.9450852663520775, 1.703125, 0.004310185455773095, 0.814453125,
    1.7234564009264302, 2.0846684914361595, 5.896368712515482, 19.894442177058068, 75.26059799894341,
    304.6184633608869, 1291.3057453067022, 5658.349026760811, -2.2054292854231977e-16, 0.951786055287732,
    1.71875, 0.004706400926430053, 0.818359375, 1.740017620369578, 2.155633900781013, 6.219077178112465,
    21.43688599969919, 82.83345832743159, 342.471823219118, 1482.9741629552366, 6637.894069027615,
    -2.2223661205472935e-18, 0.9585504725231746, 1.734375, 0.005642620369578049, 0.822265625,
    1.757148406269124, 2.2305269146444897, 6.567088592955478, 23.136317519099357, 91.35833286761749,
    386.00989830017835, 1708.2214756608746, 7814.081574584298, -5.1354421081469276e-17, 0.9653806844693555,
    1.75, 0.007148406269124139, 0.826171875, 1.7748806398814183, 2.309659012575606, 6.943008216281311,
    25.012705261992014, 100.97990508805991, 436.24064402565915, 1973.871723558293, 9232.080909185219,
    2.3501748525507007e-17, 0.972278977471345, 1.78125, -0.006369360118581738, 0.830078125,
    1.7932487600910672, 2.3933741225715246, 7.349776652059394, 27.089089308712108, 111.86882803124396,
    494.37939904955516, 2288.336318489623, 10948.808772923941, -2.0386073200216244e-16, 0.9792477673232423,
    1.796875, -0.003626239908932837, 0.833984375, 1.8122900330290197, 2.482052848342645, 7.79072206543371,
    29.39213948925467, 124.22713508959886, 561.8977409545255, 2662.032259414175, 13036.35899852746,
    1.2529247137346887e-16, 0.9862896097747611, 1.8125, -0.00020996697098031787, 0.837890625,
    1.8320448572461001, 2.5761173629975254, 8.269622008426866, 31.95283137186761, 138.29494206117138,
    640.5853825025027, 3107.9240904164144, 15586.548720673985, -7.440085031521401e-17, 0.9934072121587656,
    1.828125, 0.003919857246100201, 0.841796875, 1.852557110117934, 2.676037093358108, 8.79077690906147,
    34.807268526561614, 154.35878977436667, 732.6290189898459, 3642.2304353113236, 18716.98368566763,
    1.6770425586098002e-16, 1.000603446289404, 1.859375, -0.0068178898820660675, 0.845703125,
    1.8738745422288534, 2.782335346018136, 9.35909778140442, 37.997687355173625, 172.7620827616508,
    840.713345641218, 4285.350885058854, 22579.205766774627, -1.5291306990629306e-16, 1.00788136280471, 1.875,
    -0.0011254577711465833, 0.849609375, 1.8960492277892311, 2.8955970598418626, 9.980211357303276,
    41.57369099632458, 193.918221687648, 968.1512579893148, 5063.08999059775, 27369.716135337472,
    1.4248298925186658e-16, 1.0152442071563357, 1.890625, 0.005424227789231182, 0.853515625,
    1.9191380807419738, 3.0164779117494356, 10.660586667507147, 45.593772266540114, 218.3272190692685,
    1119.0527268404053, 6008.284802777755, 33345.00156744842, 1.477613625860445e-16, 1.0226954374835944,
    1.921875, -0.0027369192580262262, 0.857421875, 1.9432034481857925, 3.1457150558303746, 11.40768816947576,
    50.12720343352154, 246.59684848204867, 1298.545291414189, 7162.9847837354655, 40842.180134170005,
    -8.775757125763087e-17, 1.030238744650397, 1.9375, 0.005703448185792383, 0.861328125, 1.96831379518387,
    3.2841398433571998, 12.230161911718683, 55.25639443025811, 279.4697343758761, 1513.0639622487633,
    8581.393965513902, 50307.60464924943, -1.5175596750870063e-16, 1.0378780747737042, 1.96875,
    -0.00043620481612989564, 0.865234375, 1.994544498065, 3.432692957531763, 13.138063049897221,
    61.07985315223943, 317.85828238474835, 1770.7351943477727, 10333.874013704524, 62336.8400368725,
    9.981376855309294e-17, 1.0456176546327742, 2.0, -0.005455501935000007, 0.869140625, 2.021978767128443,
    3.592442507700872, 14.143135439995621, 67.71592491407935, 362.8900361719127, 2081.8894140775983,
    12512.437259520811, 77731.05671681973, -8.371317329681747e-17, 1.053462020422467, 2.015625,
    0.006353767128442975, 0.873046875, 2.050708724455903, 3.7646057713473633, 15.259157240158983,
    75.30754752628295, 415.96701100746515, 2459.750769425709, 15238.35233938401, 97577.36282970781,
    -1.500962318489224e-16, 1.0614160504045338, 2.046875, 0.0038337244559031257, 0.876953125,
    2.080836668609939, 3.950575459371039, 16.502370752708323, 84.02834036283352, 478.8439221040989,
    2921.373473740808, 18672.775649886982, 123364.42848943049, -1.659746509402531e-16, 1.0694850021226352,
    2.078125, 0.0027116686099391374, 0.880859375, 2.112476565754693, 4.151951626164374, 17.892020553565217,
    94.09045982722259, 553.7321860242952, 3488.9246526168095, 23031.76316759504, 157150.74476711656,
    -9.801531485573023e-17, 1.0776745549854727, 2.109375, 0.0031015657546928296, 0.884765625,
    2.14575581670905, 4.3705806718558895, 19.451031893310383, 105.75481396473927, 643.4394131993259,
    4191.459185730928, 28607.695977775253, 201812.3522973303, 1.3813391927331196e-16, 1.0859908591955247,
    2.140625, 0.0051308167090499185, 0.888671875, 2.1808173623675535, 4.608603319519088, 21.20687229010058,
    119.3444567894281, 751.5582705465334, 5067.400915287886, 35800.21083931867, 261412.13344012393,
    -1.3368639755211717e-16, 1.094440592218409, 2.1875, -0.0066826376324464, 0.892578125, 2.2178222068115296,
    4.868514037326099, 23.19265445683687, 135.26231022641875, 882.7247645807172, 6168.050055545901,
    45161.39962115418, 341757.6662337286, -1.7075686151214768e-16, 1.1030310242632715, 2.21875,
    -0.0009277931884705266, 0.896484375, 2.256952459690034, 5.153235175240809, 25.448560124102528,
    154.0148375087852, 1042.9752680559998, 7562.600393468363, 57462.72565625023, 451255.94762644655,
    -2.9136432271746473e-17, 1.1117700945959057, 2.25, 0.006952459690034248, 0.900390625, 2.2984150290601137,
    5.4662101861950765, 28.023694810286074, 176.24399273054206, 1240.2457397112366, 9345.407978427267,
    73795.4830690938, 602243.009452391, 1.9290551592478137e-16, 1.1206665009581287, 2.296875,
    0.0015400290601135741, 0.904296875, 2.342446135662989, 5.8115218329222955, 30.978527533896468,
    202.77081748673186, 1485.0784295395724, 11646.666407352448, 95723.89038068237, 813086.3089478464,
    -8.495988132127074e-17, 1.12972980495323, 2.34375, -0.0013038643370111287, 0.908203125,
    2.3893168736515644, 6.194043438216906, 34.3881336455605, 234.65564031135807, 1791.6356782737046,
    14648.317481329199, 125522.1924656691, 1111567.9864435706, 1.9473112081481653e-16, 1.1389705570252548,
    2.390625, -0.0013081263484354107, 0.912109375, 2.4393401170316493, 6.619634313275849, 38.346554052845576,
    273.28227325052785, 2179.17526511129, 18608.144368047728, 166548.33042878797, 1540433.7551567412,
    -1.3146358629384365e-16, 1.1484004456760664, 2.4375, 0.0018401170316494654, 0.916015625,
    2.4928791743695395, 7.0953949503711, 42.972727205603384, 320.4774167250676, 2674.231052066974,
    23896.88861754643, 223844.079264511, 2166682.9797568014, -2.00077276789543e-16, 1.158032476923553, 2.5,
    -0.007120825630460522, 0.919921875, 2.550358739962583, 7.630004104650472, 48.418669167719635,
    378.68256870469486, 3313.8910018987153, 31056.51121800243, 305118.9290199373, 3097474.639195412,
    1.9701290481269865e-16, 1.167881191844724, 2.546875, 0.003483739962583086, 0.923828125,
    2.6122788980619824, 8.23416965270152, 54.880918297233436, 451.2056308994326, 4150.817685291495,
    40893.53330084261, 421976.2409778442, 4507509.705189242, 49336421.84620552, -1.7579224555354087e-16,
    1.1779629325710719, 2.609375, 0.0029038980619822993, 0.927734375, 2.6792332397084877, 8.921239955873693,
    62.61680340827558, 542.5958564003607, 5261.0864454185985, 54631.936216344635, 594202.6604435124,
    6691086.698877255, 77196919.59091844, -2.1484104084702894e-16, 1.1882961706131403, 2.671875,
    0.007358239708487542, 0.931640625, 2.751932599976151, 9.70804546145563, 71.9679752908621,
    659.2137933147085, 6756.719603969639, 74169.9466811716, 852788.5749310142, 10153073.930667344,
    123835853.66947556, 1.4438642732398018e-16, 1.198901916347328, 2.75, 0.0019325999761509252, 0.935546875,
    2.8312365994198765, 10.616076713673397, 83.39510737224795, 810.1168412031501, 8806.196261153233,
    102523.0948282325, 1250204.092827802, 15789341.89147239, 204259308.98522362, 1.020880246298233e-18,
    1.209804235615782, 2.828125, 0.003111599419876708, 0.939453125, 2.918196214882752, 11.673164055348714,
    97.53017562716705, 1008.4691521605262, 11668.970822838626, 144612.30542590306, 1877190.5828223242,
    25242494.59608985, 347633029.93181646, -8.975816601834434e-17, 1.2210309098049623, 2.921875,
    -0.0036787851172479483, 0.943359375, 3.0141122472557913, 12.915922756842093, 115.25713420781683,
    1273.848410658663, 15755.361226811629, 208714.0939414443, 2896077.692625328, 41639601.52295806,
    613031250.1580848, 2.5281374170967758e-17, 1.232614291325484, 3.015625, -0.0015127527442088048,
    0.947265625, 3.120617213375309, 14.393396233614483, 137.8398157136046, 1636.1377827101771,
    21734.101364264483, 309233.2986955385, 4608615.541089899, 71192830.31654616, 1125839671.2076259,
    -1.0457598081096884e-16, 1.2445924301972102, 3.125, -0.0043827866246908265, 0.951171875,
    3.239792625501863, 16.17262967793989, 167.13100596937713, 2142.325442488586, 30733.21200441135,
    472240.3138770321, 7600856.339567495, 126859355.74983938, 2166831318.353224, -9.771080110544696e-17,
    1.2570105847539743, 3.234375, 0.005417625501863248, 0.955078125, 3.3743412747309587, 18.34745854736222,
    205.9264093053968, 2868.868281600754, 44732.39845599601, 747098.0590455162, 13070117.977268228,
    236434757.39183396, 4403356874.619954, 83395415315.89012, 9.40742822033643e-17, 1.2699232897676995, 3.375,
    -0.0006587252690412716, 0.958984375, 3.5278478549371806, 21.052858755836485, 258.58872397208495,
    3945.2379760418976, 67370.56185515701, 1232313.2891957294, 23611429.21384909, 467795759.06604844,
    9549174139.467613, 198107596236.35822, -1.1463714732008328e-16, 1.2833972560361602, 3.53125,
    -0.003402145062819647, 0.962890625, 3.7051869829585553, 24.48935526290828, 332.20147616873504,
    5601.263277066632, 105712.27838751745, 2137120.682996709, 45257023.913846076, 991012200.5733234,
    22381733352.63374, 513318695900.8859, -5.311678424679859e-17, 1.2975155505182108, 3.703125,
    0.0020619829585551614, 0.966796875, 3.9131884680160947, 28.966601008645384, 438.8261681500711,
    8268.664658364392, 174403.91404650448, 3940500.9819381656, 93261433.44537847, 2282403753.329084,
    57692329807.23973, 1479259122817.2112, 6.709267978267992e-17, 1.3123838243976498, 3.90625,
    0.006938468016094754,
]

_INROOT = [
    1.408721450121, 1.39792649065766, 1.38737595123859, 1.37706074531819, 1.36697225234682, 1.35710228748795,
    1.34744307370643, 1.33798721601135, 1.32872767765984, 1.31965775814772, 1.31077107283046,
    1.30206153403386, 1.29352333352711, 1.285150926244, 1.2769390151482, 1.26888253714903, 1.26097664998256,
    1.25321671998073, 1.24559831065844, 1.23811717205462, 1.23076923076923, 1.223550580643, 1.21645747403153,
    1.20948631362953, 1.20263364480453, 1.1958961484031, 1.18927063399547, 1.18275403352732, 1.17634339535009,
    1.17003587860341, 1.16382874792529, 1.15771936846787, 1.15170520119791, 1.14578379846309,
    1.13995279980655, 1.13420992801334, 1.12855298537376, 1.12297985014975, 1.11748847323133,
    1.11207687497107, 1.10674314218572, 1.10148542531442, 1.09630193572405, 1.09119094315276,
    1.08615077328341, 1.08117980543918, 1.0762764703941, 1.07143924829188, 1.06666666666667, 1.06195729855996,
    1.05730976072814, 1.05272271193563, 1.04819485132867, 1.04372491688551, 1.03931168393861,
    1.03495396376504, 1.03065060224133, 1.02640047855933, 1.0222025039999, 1.01805562076124, 1.01395880083916,
    1.00991104495649, 1.00591138153909, 1.00195886573624, 0.9961164901835, 0.98848330114434, 0.98102294317595,
    0.9737289911203, 0.96659534932828, 0.95961623024651, 0.95278613468066, 0.94609983358253, 0.93955235122353,
    0.93313894963169, 0.92685511418159, 0.9206965402375, 0.91465912076005, 0.9087389347953, 0.90293223677296,
    0.89723544654727, 0.89164514012056, 0.88615804099474, 0.88077101210109, 0.87548104826333,
    0.87028526915267, 0.8651809126974, 0.86016532891275, 0.85523597411976, 0.85039040552437, 0.8456262761307,
    0.84094132996422, 0.83633339758291, 0.83180039185606, 0.82734030399203, 0.82295119979782,
    0.81863121615464, 0.81437855769486, 0.81019149366693, 0.80606835497581, 0.80200753138734,
    0.79800746888611, 0.79406666717674, 0.79018367731967, 0.78635709949278, 0.78258558087123,
    0.77886781361798, 0.77520253297841, 0.77158851547266, 0.76802457717971, 0.76450957210799,
    0.76104239064719, 0.75762195809661, 0.75424723326565, 0.75091720714229, 0.7476309016256, 0.74438736831878,
    0.74118568737933, 0.73802496642311, 0.7349043394794, 0.73182296599416, 0.72878002987884, 0.72577473860242,
    0.7228063223242, 0.71987403306536, 0.71697714391715, 0.71411494828392, 0.71128675915902, 0.70849190843208,
]

_POWTWO = [
    1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 512.0, 1024.0, 2048.0, 4096.0, 8192.0, 16384.0,
    32768.0, 65536.0, 131072.0, 262144.0, 524288.0, 1048576.0, 2097152.0, 4194304.0, 8388608.0, 16777216.0,
    33554432.0, 67108864.0, 134217728.0,
]


def _as_f(x2: float) -> float:
    f = _AS_F
    return _fma(x2, _fma(x2, _fma(x2, _fma(x2, _fma(x2, f[5], f[4]), f[3]), f[2]), f[1]), f[0])


def _as_row(k: int) -> tuple[int, int]:
    """For 0.125 <= |x| < 0.96875 (k the high word of |x|): the table row
    and the number of its polynomial coefficients."""
    if k < 0x3FE00000:
        if k < 0x3FD00000:
            return (11 * ((k & 0xFFFFF) >> 15), 5)
        return (11 * ((k & 0xFFFFF) >> 14) + 352, 5)
    if k < 0x3FE80000:
        return (1056 + ((k & 0xFE000) >> 11) * 3, 6)
    if k < 0x3FED8000:
        return (992 + ((k & 0xFE000) >> 13) * 13, 7)
    if k < 0x3FEE8000:
        return (884 + ((k & 0xFE000) >> 13) * 14, 8)
    return (768 + ((k & 0xFE000) >> 13) * 15, 9)


def _as_table(a: float, k: int) -> tuple[float, float]:
    """(t, c) with asin(a) = c + t for 0 < a = |x|: the expansion at the row's point."""
    n, m = _as_row(k)
    c = _ASNCS
    xx = a - c[n]
    p = c[n + 1 + m]
    for j in range(n + m, n + 1, -1):
        p = _fma(xx, p, c[j])
    p = _fma(xx * xx, p, c[n + 2 + m])
    return (_fma(xx, c[n + 1], p), c[n + 3 + m])


def _as_root(z: float) -> tuple[float, float]:
    """c ~ sqrt(z) and h with c h ~ its Newton-corrected value, for z in (0, 1/64]."""
    hz = _bits(z)
    t = _INROOT[(hz >> 46) & 0x7F] * _POWTWO[511 - (hz >> 53)]
    r = _fma(-(t * t), z, 1.0)
    rt = _AS_RT
    t = _fma(r, _fma(r, _fma(r, rt[3], rt[2]), rt[1]), rt[0]) * t
    c = z * t
    h = _fma(-c, t * 0.5, 1.5)
    return (c, h)


def _asin(x: float) -> float:
    hx = _bits(x) >> 32
    k = hx & 0x7FFFFFFF
    if k < 0x3E500000:
        return x
    if k < 0x3FC00000:
        x2 = x * x
        return _fma(_as_f(x2), x * x2, x)
    if k < 0x3FEF0000:
        t, c = _as_table(fabs(x), k)
        res = t + c
        return res if hx > 0 else -res
    if k < 0x3FF00000:
        z = (1.0 - x if hx > 0 else x + 1.0) * 0.5
        c, h = _as_root(z)
        y = (c + 16777216.0) - 16777216.0
        cc = _fma(-y, y, z) / _fma(h, c, y)
        p = _as_f(z) * z
        res = _fma(-((y + cc) + (y + cc)), p, _fma(-2.0, cc, _HPI1)) + _fma(-2.0, y, _HP0)
        return res if hx > 0 else -res
    if x == 1.0:
        return _HP0
    if x == -1.0:
        return -_HP0
    return x + x if x != x else nan


def _acos(x: float) -> float:
    hx = _bits(x) >> 32
    k = hx & 0x7FFFFFFF
    if k < 0x3C880000:
        return _HP0
    if k < 0x3FC00000:
        x2 = x * x
        r = _HP0 - x
        return r + _fma(-_as_f(x2), x * x2, ((_HP0 - r) - x) + _HPI1)
    if k < 0x3FEF0000:
        t, c = _as_table(fabs(x), k)
        if hx > 0:
            return (_HPI1 - t) + (_HP0 - c)
        return (t + _HPI1) + (c + _HP0)
    if k < 0x3FF00000:
        z = (1.0 - x if hx > 0 else x + 1.0) * 0.5
        c, h = _as_root(z)
        y = _fma(-134217728.0, c, _fma(c, 134217728.0, c))
        cc = _fma(-y, y, z) / _fma(h, c, y)
        p = _as_f(z) * z
        q = p * (y + cc)
        if hx < 0:
            res = ((_HPI1 - cc) - q) + (_HP0 - y)
        else:
            res = (cc + q) + y
        return res + res
    if x == 1.0:
        return 0.0
    if x == -1.0:
        return pi
    return x + x if x != x else nan


def asin(x: float, /) -> float:
    r = _asin(x)
    if r != r and x == x:
        raise _domain()
    return r


def acos(x: float, /) -> float:
    r = _acos(x)
    if r != r and x == x:
        raise _domain()
    return r
