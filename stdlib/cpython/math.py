"""Python's `math` module, written in the subset.

`import math` finds this module rather than typeshed's stub, so mypy checks
programs against these signatures; under CPython the built-in module runs.
sqrt, floor, ceil, trunc, fabs, isnan, isinf, isfinite, isclose and the
constants are lowered by the compiler itself (irbuild/builtin_funcs.py), as
are the functions taking *args (gcd, lcm, hypot), which call the helpers
below.  The results are CPython's on Linux x86-64 bit for bit: the exact
functions (frexp, ldexp, fmod, remainder, fsum, hypot, ...) follow CPython's
algorithms; exp, log and their kin follow glibc's, written here; pow is the
runtime's port of glibc's (runtime/core/pow.c), which `**` on floats shares.
"""

from __future__ import annotations

from typing import Iterable, SupportsFloat, TypeVar

from unicc_buf import Buffer
from unicc_rt import extern, lowered
from unicc_types import i64, u64

pi = 3.141592653589793
e = 2.718281828459045
tau = 6.283185307179586
inf = float("inf")
nan = float("nan")

_N = TypeVar("_N", int, float)

_SIGN = -0x7FFFFFFFFFFFFFFF - 1     # the sign bit of a float's bits, as an int
_MANT = 0xFFFFFFFFFFFFF             # the 52 fraction bits
_TWO54 = 18014398509481984.0


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


@extern("rt_float_from_bits")
def _from_u64(n: u64) -> float:
    import struct
    x: float = struct.unpack("<d", struct.pack("<Q", int(n)))[0]
    return x


def _tf(t: Buffer, i: int) -> float:
    """Entry i of a table of floats (stored as big-endian IEEE bits)."""
    return _from_u64(t.get_u64_be(8 * i))


def _ti(t: Buffer, i: int) -> int:
    """Entry i of a table of 64-bit words, as a signed int."""
    return int(i64(t.get_u64_be(8 * i)))


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
    """CPython 3.11's vector_norm: the square root of a sum of squares carried
    in extended precision (Dekker's splits), with one differential correction;
    subnormal vectors are divided by their largest coordinate instead."""
    if not _finite(top):
        return top
    if found_nan:
        return nan
    if top == 0.0 or len(vec) <= 1:
        return top
    top_e = frexp(top)[1]
    csum = 1.0
    frac1 = 0.0
    frac2 = 0.0
    frac3 = 0.0
    if top_e < -1023:
        for v in vec:
            x = v / top
            x = x * x
            old = csum
            csum += x
            frac1 += (old - csum) + x
        return top * sqrt(csum - 1.0 + frac1)
    scale = _scale(1.0, -top_e)
    for v in vec:
        x = v * scale
        hi, lo = _split(x)
        x = hi * hi
        old = csum
        csum += x
        frac1 += (old - csum) + x
        x = 2.0 * hi * lo
        old = csum
        csum += x
        frac2 += (old - csum) + x
        frac3 += lo * lo
    h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
    hi, lo = _split(h)
    x = -hi * hi
    old = csum
    csum += x
    frac1 += (old - csum) + x
    x = -2.0 * hi * lo
    old = csum
    csum += x
    frac2 += (old - csum) + x
    x = -lo * lo
    old = csum
    csum += x
    frac3 += (old - csum) + x
    x = csum - 1.0 + (frac1 + frac2 + frac3)
    return (h + x / (2.0 * h)) / scale


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
    for i in range(1, k + 1):    # r stays C(n - k + i, i); no intermediate exceeds the next value
        g = _gcd(r, i)
        r = (r // g) * ((n - k + i) // (i // g))
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
_EXP_TAB = Buffer(bytes.fromhex(
    "0000000000000000 3ff0000000000000 3c9b3b4f1a88bf6e 3feff63da9fb3335 bc7160139cd8dc5d 3fefec9a3e778061 "
    "bc905e7a108766d1 3fefe315e86e7f85 3c8cd2523567f613 3fefd9b0d3158574 bc8bce8023f98efa 3fefd06b29ddf6de "
    "3c60f74e61e6c861 3fefc74518759bc8 3c90a3e45b33d399 3fefbe3ecac6f383 3c979aa65d837b6d 3fefb5586cf9890f "
    "3c8eb51a92fdeffc 3fefac922b7247f7 3c3ebe3d702f9cd1 3fefa3ec32d3d1a2 bc6a033489906e0b 3fef9b66affed31b "
    "bc9556522a2fbd0e 3fef9301d0125b51 bc5080ef8c4eea55 3fef8abdc06c31cc bc91c923b9d5f416 3fef829aaea92de0 "
    "3c80d3e3e95c55af 3fef7a98c8a58e51 bc801b15eaa59348 3fef72b83c7d517b bc8f1ff055de323d 3fef6af9388c8dea "
    "3c8b898c3f1353bf 3fef635beb6fcb75 bc96d99c7611eb26 3fef5be084045cd4 3c9aecf73e3a2f60 3fef54873168b9aa "
    "bc8fe782cb86389d 3fef4d5022fcd91d 3c8a6f4144a6c38d 3fef463b88628cd6 3c807a05b0e4047d 3fef3f49917ddc96 "
    "3c968efde3a8a894 3fef387a6e756238 3c875e18f274487d 3fef31ce4fb2a63f 3c80472b981fe7f2 3fef2b4565e27cdd "
    "bc96b87b3f71085e 3fef24dfe1f56381 3c82f7e16d09ab31 3fef1e9df51fdee1 bc3d219b1a6fbffa 3fef187fd0dad990 "
    "3c8b3782720c0ab4 3fef1285a6e4030b 3c6e149289cecb8f 3fef0cafa93e2f56 3c834d754db0abb6 3fef06fe0a31b715 "
    "3c864201e2ac744c 3fef0170fc4cd831 3c8fdd395dd3f84a 3feefc08b26416ff bc86a3803b8e5b04 3feef6c55f929ff1 "
    "bc924aedcc4b5068 3feef1a7373aa9cb bc9907f81b512d8e 3feeecae6d05d866 bc71d1e83e9436d2 3feee7db34e59ff7 "
    "bc991919b3ce1b15 3feee32dc313a8e5 3c859f48a72a4c6d 3feedea64c123422 bc9312607a28698a 3feeda4504ac801c "
    "bc58a78f4817895b 3feed60a21f72e2a bc7c2c9b67499a1b 3feed1f5d950a897 3c4363ed60c2ac11 3feece086061892d "
    "3c9666093b0664ef 3feeca41ed1d0057 3c6ecce1daa10379 3feec6a2b5c13cd0 3c93ff8e3f0f1230 3feec32af0d7d3de "
    "3c7690cebb7aafb0 3feebfdad5362a27 3c931dbdeb54e077 3feebcb299fddd0d bc8f94340071a38e 3feeb9b2769d2ca7 "
    "bc87deccdc93a349 3feeb6daa2cf6642 bc78dec6bd0f385f 3feeb42b569d4f82 bc861246ec7b5cf6 3feeb1a4ca5d920f "
    "3c93350518fdd78e 3feeaf4736b527da 3c7b98b72f8a9b05 3feead12d497c7fd 3c9063e1e21c5409 3feeab07dd485429 "
    "3c34c7855019c6ea 3feea9268a5946b7 3c9432e62b64c035 3feea76f15ad2148 bc8ce44a6199769f 3feea5e1b976dc09 "
    "bc8c33c53bef4da8 3feea47eb03a5585 bc845378892be9ae 3feea34634ccc320 bc93cedd78565858 3feea23882552225 "
    "3c5710aa807e1964 3feea155d44ca973 bc93b3efbf5e2228 3feea09e667f3bcd bc6a12ad8734b982 3feea012750bdabf "
    "bc6367efb86da9ee 3fee9fb23c651a2f bc80dc3d54e08851 3fee9f7df9519484 bc781f647e5a3ecf 3fee9f75e8ec5f74 "
    "bc86ee4ac08b7db0 3fee9f9a48a58174 bc8619321e55e68a 3fee9feb564267c9 3c909ccb5e09d4d3 3feea0694fde5d3f "
    "bc7b32dcb94da51d 3feea11473eb0187 3c94ecfd5467c06b 3feea1ed0130c132 3c65ebe1abd66c55 3feea2f336cf4e62 "
    "bc88a1c52fb3cf42 3feea427543e1a12 bc9369b6f13b3734 3feea589994cce13 bc805e843a19ff1e 3feea71a4623c7ad "
    "bc94d450d872576e 3feea8d99b4492ed 3c90ad675b0e8a00 3feeaac7d98a6699 3c8db72fc1f0eab4 3feeace5422aa0db "
    "bc65b6609cc5e7ff 3feeaf3216b5448c 3c7bf68359f35f44 3feeb1ae99157736 bc93091fa71e3d83 3feeb45b0b91ffc6 "
    "bc5da9b88b6c1e29 3feeb737b0cdc5e5 bc6c23f97c90b959 3feeba44cbc8520f bc92434322f4f9aa 3feebd829fde4e50 "
    "bc85ca6cd7668e4b 3feec0f170ca07ba 3c71affc2b91ce27 3feec49182a3f090 3c6dd235e10a73bb 3feec86319e32323 "
    "bc87c50422622263 3feecc667b5de565 3c8b1c86e3e231d5 3feed09bec4a2d33 bc91bbd1d3bcbb15 3feed503b23e255d "
    "3c90cc319cee31d2 3feed99e1330b358 3c8469846e735ab3 3feede6b5579fdbf bc82dfcd978e9db4 3feee36bbfd3f37a "
    "3c8c1a7792cb3387 3feee89f995ad3ad bc907b8f4ad1d9fa 3feeee07298db666 bc55c3d956dcaeba 3feef3a2b84f15fb "
    "bc90a40e3da6f640 3feef9728de5593a bc68d6f438ad9334 3feeff76f2fb5e47 bc91eee26b588a35 3fef05b030a1064a "
    "3c74ffd70a5fddcd 3fef0c1e904bc1d2 bc91bdfbfa9298ac 3fef12c25bd71e09 3c736eae30af0cb3 3fef199bdd85529c "
    "3c8ee3325c9ffd94 3fef20ab5fffd07a 3c84e08fd10959ac 3fef27f12e57d14b 3c63cdaf384e1a67 3fef2f6d9406e7b5 "
    "3c676b2c6c921968 3fef3720dcef9069 bc808a1883ccb5d2 3fef3f0b555dc3fa bc8fad5d3ffffa6f 3fef472d4a07897c "
    "bc900dae3875a949 3fef4f87080d89f2 3c74a385a63d07a7 3fef5818dcfba487 bc82919e2040220f 3fef60e316c98398 "
    "3c8e5a50d5c192ac 3fef69e603db3285 3c843a59ac016b4b 3fef7321f301b460 bc82d52107b43e1f 3fef7c97337b9b5f "
    "bc892ab93b470dc9 3fef864614f5a129 3c74b604603a88d3 3fef902ee78b3ff6 3c83c5ec519d7271 3fef9a51fbc74c83 "
    "bc8ff7128fd391f0 3fefa4afa2a490da bc8dae98e223747d 3fefaf482d8e67f1 3c8ec3bc41aa2008 3fefba1bee615a27 "
    "3c842b94c3a9eb32 3fefc52b376bba97 3c8a64a931d185ee 3fefd0765b6e4540 bc8e37bae43be3ed 3fefdbfdad9cbe14 "
    "3c77893b4d91cd9d 3fefe7c1819e90d8 3c5305c14160cc89 3feff3c22b8f71f1"))


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
    tail = _from_bits(_ti(_EXP_TAB, idx))
    r2 = r * r
    p = _fma(_fma(r, _EXP_C3, _EXP_C2), r2, tail + r)
    tmp = _fma(r2 * r2, _fma(r, _EXP_C5, _EXP_C4), p)
    if abstop == 0:
        if k > 0:
            scale = _from_bits(_ti(_EXP_TAB, idx + 1) + ((k << 45) - (1009 << 52)))
            return _TWO1009 * _fma(scale, tmp, scale)
        return _exp_tiny(tmp, _from_bits(_ti(_EXP_TAB, idx + 1) + ((k << 45) + (1022 << 52))))
    scale = _from_bits(_ti(_EXP_TAB, idx + 1) + (k << 45))
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
    tail = _from_bits(_ti(_EXP_TAB, idx))
    r2 = r * r
    tmp = tail + r * _EXP2_C1 + r2 * (_EXP2_C2 + r * _EXP2_C3) + r2 * r2 * (_EXP2_C4 + r * _EXP2_C5)
    if abstop == 0:
        if k > 0:
            scale = _from_bits(_ti(_EXP_TAB, idx + 1) + ((k << 45) - (1 << 52)))
            return 2.0 * (scale + scale * tmp)
        return _exp_tiny(tmp, _from_bits(_ti(_EXP_TAB, idx + 1) + ((k << 45) + (1022 << 52))))
    scale = _from_bits(_ti(_EXP_TAB, idx + 1) + (k << 45))
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
_LOG_TAB = Buffer(bytes.fromhex(
    "3ff734f0c3e0de9f bfd7cc7f79e69000 3ff713786a2ce91f bfd76feec20d0000 3ff6f26008fab5a0 bfd713e31351e000 "
    "3ff6d1a61f138c7d bfd6b85b38287800 3ff6b1490bc5b4d1 bfd65d5590807800 3ff69147332f0cba bfd602d076180000 "
    "3ff6719f18224223 bfd5a8ca86909000 3ff6524f99a51ed9 bfd54f4356035000 3ff63356aa8f24c4 bfd4f637c36b4000 "
    "3ff614b36b9ddc14 bfd49da7fda85000 3ff5f66452c65c4c bfd445923989a800 3ff5d867b5912c4f bfd3edf439b0b800 "
    "3ff5babccb5b90de bfd396ce448f7000 3ff59d61f2d91a78 bfd3401e17bda000 3ff5805612465687 bfd2e9e2ef468000 "
    "3ff56397cee76bd3 bfd2941b3830e000 3ff54725e2a77f93 bfd23ec58cda8800 3ff52aff42064583 bfd1e9e129279000 "
    "3ff50f22dbb2bddf bfd1956d2b48f800 3ff4f38f4734ded7 bfd141679ab9f800 3ff4d843cfde2840 bfd0edd094ef9800 "
    "3ff4bd3ec078a3c8 bfd09aa518db1000 3ff4a27fc3e0258a bfd047e65263b800 3ff4880524d48434 bfcfeb224586f000 "
    "3ff46dce1b192d0b bfcf474a7517b000 3ff453d9d3391854 bfcea4443d103000 3ff43a2744b4845a bfce020d44e9b000 "
    "3ff420b54115f8fb bfcd60a22977f000 3ff40782da3ef4b1 bfccc00104959000 3ff3ee8f5d57fe8f bfcc202956891000 "
    "3ff3d5d9a00b4ce9 bfcb81178d811000 3ff3bd60c010c12b bfcae2c9ccd3d000 3ff3a5242b75dab8 bfca45402e129000 "
    "3ff38d22cd9fd002 bfc9a877681df000 3ff3755bc5847a1c bfc90c6d69483000 3ff35dce49ad36e2 bfc87120a645c000 "
    "3ff34679984dd440 bfc7d68fb4143000 3ff32f5cceffcb24 bfc73cb83c627000 3ff3187775a10d49 bfc6a39a9b376000 "
    "3ff301c8373e3990 bfc60b3154b7a000 3ff2eb4ebb95f841 bfc5737d76243000 3ff2d50a0219a9d1 bfc4dc7b8fc23000 "
    "3ff2bef9a8b7fd2a bfc4462c51d20000 3ff2a91c7a0c1bab bfc3b08abc830000 3ff293726014b530 bfc31b996b490000 "
    "3ff27dfa5757a1f5 bfc2875490a44000 3ff268b39b1d3bbf bfc1f3b9f879a000 3ff2539d838ff5bd bfc160c8252ca000 "
    "3ff23eb7aac9083b bfc0ce7f57f72000 3ff22a012ba940b6 bfc03cdc49fea000 3ff2157996cc4132 bfbf57bdbc4b8000 "
    "3ff201201dd2fc9b bfbe370896404000 3ff1ecf4494d480b bfbd17983ef94000 3ff1d8f5528f6569 bfbbf9674ed8a000 "
    "3ff1c52311577e7c bfbadc79202f6000 3ff1b17c74cb26e9 bfb9c0c3e7288000 3ff19e010c2c1ab6 bfb8a646b372c000 "
    "3ff18ab07bb670bd bfb78d01b3ac0000 3ff1778a25efbcb6 bfb674f145380000 3ff1648d354c31da bfb55e0e6d878000 "
    "3ff151b990275fdd bfb4485cdea1e000 3ff13f0ea432d24c bfb333d94d6aa000 3ff12c8b7210f9da bfb22079f8c56000 "
    "3ff11a3028ecb531 bfb10e4698622000 3ff107fbda8434af bfaffa6c6ad20000 3ff0f5ee0f4e6bb3 bfadda8d4a774000 "
    "3ff0e4065d2a9fce bfabbcece4850000 3ff0d244632ca521 bfa9a1894012c000 3ff0c0a77ce2981a bfa788583302c000 "
    "3ff0af2f83c636d1 bfa5715e67d68000 3ff09ddb98a01339 bfa35c8a49658000 3ff08cabaf52e7df bfa149e364154000 "
    "3ff07b9f2f4e28fb bf9e72c082eb8000 3ff06ab58c358f19 bf9a55f152528000 3ff059eea5ecf92c bf963d62cf818000 "
    "3ff04949cdd12c90 bf9228fb8caa0000 3ff038c6c6f0ada9 bf8c317b20f90000 3ff02865137932a9 bf8419355daa0000 "
    "3ff0182427ea7348 bf781203c2ec0000 3ff008040614b195 bf60040979240000 3fefe01ff726fa1a 3f6feff384900000 "
    "3fefa11cc261ea74 3f87dc41353d0000 3fef6310b081992e 3f93cea3c4c28000 3fef25f63ceeadcd 3f9b9fc114890000 "
    "3feee9c8039113e7 3fa1b0d8ce110000 3feeae8078cbb1ab 3fa58a5bd001c000 3fee741aa29d0c9b 3fa95c8340d88000 "
    "3fee3a91830a99b5 3fad276aef578000 3fee01e009609a56 3fb07598e598c000 3fedca01e577bb98 3fb253f5e30d2000 "
    "3fed92f20b7c9103 3fb42edd8b380000 3fed5cac66fb5cce 3fb606598757c000 3fed272caa5ede9d 3fb7da76356a0000 "
    "3fecf26e3e6b2ccd 3fb9ab434e1c6000 3fecbe6da2a77902 3fbb78c7bb0d6000 3fec8b266d37086d 3fbd431332e72000 "
    "3fec5894bd5d5804 3fbf0a3171de6000 3fec26b533bb9f8c 3fc067152b914000 3febf583eeece73f 3fc147858292b000 "
    "3febc4fd75db96c1 3fc2266ecdca3000 3feb951e0c864a28 3fc303d7a6c55000 3feb65e2c5ef3e2c 3fc3dfc33c331000 "
    "3feb374867c9888b 3fc4ba366b7a8000 3feb094b211d304a 3fc5933928d1f000 3feadbe885f2ef7e 3fc66acd2418f000 "
    "3feaaf1d31603da2 3fc740f8ec669000 3fea82e63fd358a7 3fc815c0f51af000 3fea5740ef09738b 3fc8e92954f68000 "
    "3fea2c2a90ab4b27 3fc9bb3602f84000 3fea01a01393f2d1 3fca8bed1c2c0000 3fe9d79f24db3c1b 3fcb5b515c01d000 "
    "3fe9ae2505c7b190 3fcc2967ccbcc000 3fe9852ef297ce2f 3fccf635d5486000 3fe95cbaeea44b75 3fcdc1bd3446c000 "
    "3fe934c69de74838 3fce8c01b8cfe000 3fe90d4f2f6752e6 3fcf5509c0179000 3fe8e6528effd79d 3fd00e6c121fb800 "
    "3fe8bfce9fcc007c 3fd071b80e93d000 3fe899c0dabec30e 3fd0d46b9e867000 3fe87427aa2317fb 3fd13687334bd000 "
    "3fe84f00acb39a08 3fd1980d67234800 3fe82a49e8653e55 3fd1f8ffe0cc8000 3fe8060195f40260 3fd2595fd7636800 "
    "3fe7e22563e0a329 3fd2b9300914a800 3fe7beb377dcb5ad 3fd3187210436000 3fe79baa679725c2 3fd377266dec1800 "
    "3fe77907f2170657 3fd3d54ffbaf3000 3fe756cadbd6130c 3fd432eee32fe000"))


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
    invc = _tf(_LOG_TAB, 2 * i)
    logc = _tf(_LOG_TAB, 2 * i + 1)
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
_LOG2_TAB = Buffer(bytes.fromhex(
    "3ff724286bb1acf8 bfe1095feecdb000 3ff6e1f766d2cca1 bfe08494bd76d000 3ff6a13d0e30d48a bfe00143aee8f800 "
    "3ff661ec32d06c85 bfdefec5360b4000 3ff623fa951198f8 bfddfdd91ab7e000 3ff5e75ba4cf026c bfdcffae0cc79000 "
    "3ff5ac055a214fb8 bfdc043811fda000 3ff571ed0f166e1e bfdb0b67323ae000 3ff53909590bf835 bfda152f5a2db000 "
    "3ff5014fed61addd bfd9217f5af86000 3ff4cab88e487bd0 bfd8304db0719000 3ff49539b4334fee bfd74189f9a9e000 "
    "3ff460cbdfafd569 bfd6552bb5199000 3ff42d664ee4b953 bfd56b23a29b1000 3ff3fb01111dd8a6 bfd483650f5fa000 "
    "3ff3c995b70c5836 bfd39de937f6a000 3ff3991c4ab6fd4a bfd2baa1538d6000 3ff3698e0ce099b5 bfd1d98340ca4000 "
    "3ff33ae48213e7b2 bfd0fa853a40e000 3ff30d191985bdb1 bfd01d9c32e73000 3ff2e025cab271d7 bfce857da2fa6000 "
    "3ff2b404cf13cd82 bfccd3c8633d8000 3ff288b02c7ccb50 bfcb26034c14a000 3ff25e2263944de5 bfc97c1c2f4fe000 "
    "3ff234563d8615b1 bfc7d6023f800000 3ff20b46e33eaf38 bfc633a71a05e000 3ff1e2eefdcda3dd bfc494f5e9570000 "
    "3ff1bb4a580b3930 bfc2f9e424e0a000 3ff19453847f2200 bfc162595afdc000 3ff16e06c0d5d73c bfbf9c9a75bd8000 "
    "3ff1485f47b7e4c2 bfbc7b575bf9c000 3ff12358ad0085d1 bfb960c60ff48000 3ff0fef00f532227 bfb64ce247b60000 "
    "3ff0db2077d03a8f bfb33f78b2014000 3ff0b7e6d65980d9 bfb0387d1a42c000 3ff0953efe7b408d bfaa6f9208b50000 "
    "3ff07325cac53b83 bfa47a954f770000 3ff05197e40d1b5c bf9d23a8c50c0000 3ff03091c1208ea2 bf916a2629780000 "
    "3ff0101025b37e21 bf7720f8d8e80000 3fefc07ef9caa76b 3f86fe53b1500000 3fef4465d3f6f184 3fa11ccce10f8000 "
    "3feecc079f84107f 3fac4dfc8c8b8000 3fee573a99975ae8 3fb3aa321e574000 3fede5d6f0bd3de6 3fb918a0d08b8000 "
    "3fed77b681ff38b3 3fbe72e9da044000 3fed0cb5724de943 3fc1dcd2507f6000 3feca4b2dc0e7563 3fc476ab03dea000 "
    "3fec3f8ee8d6cb51 3fc7074377e22000 3febdd2b4f020c4c 3fc98ede8ba94000 3feb7d6c006015ca 3fcc0db86ad2e000 "
    "3feb20366e2e338f 3fce840aafcee000 3feac57026295039 3fd0790ab4678000 3fea6d01bc2731dd 3fd1ac056801c000 "
    "3fea16d3bc3ff18b 3fd2db11d4fee000 3fe9c2d14967fead 3fd406464ec58000 3fe970e4f47c9902 3fd52dbe093af000 "
    "3fe920fb3982bcf2 3fd651902050d000 3fe8d30187f759f1 3fd771d2cdeaf000 3fe886e5ebb9f66d 3fd88e9c857d9000 "
    "3fe83c97b658b994 3fd9a80155e16000 3fe7f405ffc61022 3fdabe186ed3d000 3fe7ad22181415ca 3fdbd0f2aea0e000 "
    "3fe767dcf99eff8c 3fdce0a43dbf4000"))


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
    t3 = float(tmp >> 52) + _tf(_LOG2_TAB, 2 * i + 1)
    r = _fma(z, _tf(_LOG2_TAB, 2 * i), -1.0)
    t1 = _INVLN2HI * r
    t2 = _fma(r, _INVLN2LO, _fma(_INVLN2HI, r, -t1))
    hi = t1 + t3
    lo = t3 - hi + t1 + t2
    r2 = r * r
    r4 = r2 * r2
    p = _fma(_fma(r, a[5], a[4]), r4, _fma(_fma(r, a[3], a[2]), r2, _fma(r, a[1], a[0])))
    return _fma(r2, p, lo) + hi


# ---- glibc's pow ------------------------------------------------------------------------
# The runtime's (runtime/core/pow.c), which float ** calls too: one algorithm for both.

@extern("rt_float_cpow")
def _pow(x: float, y: float) -> float:
    """x ** y for finite x and y (C's pow: nan for a domain error, inf for
    an overflow or a pole)."""
    import math
    try:
        return math.pow(x, y)
    except ValueError:   # a domain error, or 0 to a negative power
        return nan if x != 0.0 else copysign(inf, x) if y % 2.0 == 1.0 else inf
    except OverflowError:
        return copysign(inf, x) if y % 2.0 == 1.0 else inf


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
_SINCOSTAB = Buffer(bytes.fromhex(
    "0000000000000000 0000000000000000 3ff0000000000000 0000000000000000 3f7fffeaaaaeeeef bc1e45e2ec67b77c "
    "3fefffc000155552 3c8f4a01a0196dae 3f8fffaaaaeeeed5 bc02ab639a9f0777 3fefff000155549f 3c828a28a03a5ef3 "
    "3f97ff7001033255 3bfefe2b51527336 3feffdc006bff7e6 3c8ae6dae86977bd 3f9ffeaaaeeee86f bc3cd406fb224ae2 "
    "3feffc00155527d3 bc83b54492d89b5b 3fa3feb2b12d45d5 3c34ec54203d1c11 3feff9c03414a7ba 3c6991f4be6c59bf "
    "3fa7fdc01032fba9 bc4599bdf46e997a 3feff7006bfdf99f bc78b3b560648d5f 3fabfc6d78586dac 3c18e4fd03dbf236 "
    "3feff3c0c8103a31 3c74856dbddc0e66 3faffaaaeeed4edb bc42d16d32684b69 3feff0015549f4d3 3c8328387b99426f "
    "3fb1fc343d808bef bc5f3d32e6f3be4f 3fefebc222a8ef9f 3c57934934f54c77 3fb3facb12d1755b bc5921915299468c "
    "3fefe7034129ef6f bc6cbf4337c96f97 3fb5f911fd10b737 bc50184f02be9102 3fefe1c4c3c873eb bc35a9c9057c4a02 "
    "3fb7f701032550e4 3c3afc2d1800501a 3fefdc06bf7e6b9b 3c831902b535f8db 3fb9f4902d55d1f9 3c52696d7eac1dc1 "
    "3fefd5c94b43e000 bc62e768cb4f92f9 3fbbf1b78568391d 3c5e91841dea4cc8 3fefcf0c800e99b1 3c6ea3d786d186ac "
    "3fbdee6f16c1cce6 bc450f8e2fb71673 3fefc7d078d1bc88 3c8075d2447db685 3fbfeaaeee86ee36 bc4afcb2bcc6f03b "
    "3fefc015527d5bd3 3c8b68f35094efb8 3fc0f3378ddd71d1 3c6d8468724f0f9e 3fefb7db2bfe0695 3c821dadf4f65ab1 "
    "3fc1f0d3d7afceaf bc66ef95099769a5 3fefaf22263c4bd3 bc552ace133a2769 3fc2ee285e4ab88f bc6e4d0f05dee058 "
    "3fefa5ea641c36f2 3c404da6ed17cc7c 3fc3eb312c5d66cb 3c647d666b66cb91 3fef9c340a7cc428 3c8c5b6b063b7462 "
    "3fc4e7ea4dc5f27b 3c5949db2ac072fc 3fef91ff40374d01 bc67d03f4d3a9e4c 3fc5e44fcfa126f3 bc66f443063f89b6 "
    "3fef874c2e1eecf6 bc8c6514e1332b16 3fc6e05dc05a4d4c bbd32c5c8b81c940 3fef7c1afeffde24 bc78f55bc47540b1 "
    "3fc7dc102fbaf2b5 3c45ab50e23c97c3 3fef706bdf9ece1c bc8698c80c36dcb4 3fc8d7632efaa944 bc620fa262cbb953 "
    "3fef643efeb82acd 3c76b00ac1fe28ac 3fc9d252d0cec312 3c59c43d80b1137d 3fef57948cff6797 3c6e3a0d3e03b1d5 "
    "3fcaccdb297a0765 bc59883b57d6cdeb 3fef4a6cbd1e3a79 3c813df0edaebb57 3fcbc6f84edc6199 3c69c1a56a7b0cab "
    "3fef3cc7c3b3d16e bc621a3ad28a3494 3fccc0a6588289a3 bc6868d09bc87c6b 3fef2ea5d753ffed 3c8cc4215f56d583 "
    "3fcdb9e15fb5a5d0 bc632e20d6cc6fc2 3fef20073086649f 3c7b940416c1984b 3fceb2a57f8ae5a3 bc60be06af572ceb "
    "3fef10ec09c5873b 3c8d9072762c1283 3fcfaaeed4f31577 bc615d88508e32b8 3fef01549f7deea1 3c8d3c1e99e5cafd "
    "3fd0515cbf65155c bc79b8c29dfd8ec8 3feef141300d2f26 bc82aa1b08ded372 3fd0cd00cef36436 bc79fb0a0c93e2b5 "
    "3feee0b1fbc0f11c bc4bfd2380bbc3b1 3fd14861aa94ddeb bc6be881b5b615a4 3feecfa744d5efa1 bc556d0a4af541d0 "
    "3fd1c37d64c6b876 3c746076fe0dcff5 3feebe214f76efa8 bc802f9f12ba543e 3fd23e52111aaf36 bc74f080334eff18 "
    "3feeac2061bbaf4f 3c62c1d53e94658d 3fd2b8ddc43eb49f 3c61553899f2d807 3fee99a4c3a7cd83 bc82264b1bc53ce8 "
    "3fd3331e94049f87 3c7e0cb6b40c302c 3fee86aebf29a9ed 3c89397afdbb58a7 3fd3ad129769d3d8 3c003d5504878398 "
    "3fee733ea0193d40 bc86428b3546ce13 3fd426b7e69ee697 bc7f09c75705c59f 3fee5f54b436e9d0 3c87eb0fd02fc8bc "
    "3fd4a00c9b0f3d20 3c7823ba6bb08ead 3fee4af14b2a449c bc868ca02e8a6833 3fd5190ecf68a77a 3c7b357155eef0f3 "
    "3fee3614b680d6a5 bc727793aa015237 3fd591bc9fa2f597 3c67c74bac3fe0cb 3fee20bf49acd6c1 bc5660aec7ef636c "
    "3fd60a1429078775 3c5b1fd80ba89133 3fee0af15a03dbce 3c5fe8e702771ae6 3fd682138a38d7f7 bc7d889202444aad "
    "3fedf4ab3ebd875e bc8e2d8a7e6736c4 3fd6f9b8e33a0255 3c742bc14ee9da0d 3feddded50f228d6 bc6e80c8d42ba2bf "
    "3fd7710255764214 bc66ead7314bb6ce 3fedc6b7eb995912 3c54b364776dcd35 3fd7e7ee03c86d4e bc7b63bcdabf5af2 "
    "3fedaf0b6b888e83 3c8a249e2b5e5cea 3fd85e7a12826949 3c78a40e9b5face0 3fed96e82f71a9dc 3c8ff61bd5d2039d "
    "3fd8d4a4a774992f 3c744a02ea766326 3fed7e4e97e17b4a bc63b770352bed94 3fd94a6be9f546c5 bc769ce13e683f58 "
    "3fed653f073e4040 bc876236434bec37 3fd9bfce02e80510 3c709e39a320b0a4 3fed4bb9e1c619e0 3c8f34bb77858f61 "
    "3fda34c91cc50cca bc5a310e3b50cecd 3fed31bf8d8d7c06 3c7e60dd3089cbdd 3fdaa95b63a09277 bc66293eb13c0381 "
    "3fed1750727d94f0 3c80d52b1ec1a48e 3fdb1d8305321617 bc7ae242cb99f519 3fecfc6cfa52ad9f 3c88b5b5508f2a0d "
    "3fdb913e30dbac43 bc7e38ad2f6c3ff1 3fece115909a82e5 3c81f139bb31109a 3fdc048b17b140a3 3c619fe6757e9fa7 "
    "3fecc54aa2b2972e 3c64ee162ba83a98 3fdc7767ec7fd19e bc5eb14d1a3d5826 3feca90c9fc67d0b bc646a81485e3462 "
    "3fdce9d2e3d4a51f bc62fc8a12dae298 3fec8c5bf8ce1a84 3c7ab3d1a1590123 3fdd5bca34047661 3c728a44a75fc29c "
    "3fec6f39208be53b bc8741dbfbaadb42 3fddcd4c15329c9a 3c70d4c6e171fd9a 3fec51a48b8b175e bc61bbb43b9aa880 "
    "3fde3e56c1582a69 bc50a4821099f88f 3fec339eb01ddd81 bc8caaf5ee82c5c0 3fdeaee8744b05f0 bc5789b43c9b027d "
    "3fec1528065b7d50 bc8892111312e828 3fdf1eff6bc4f97b 3c717212f8a7525c 3febf641081e7536 3c8b7bd71628a9a1 "
    "3fdf8e99e76abc97 3c59d950af2d00a3 3febd6ea310294f5 3c731bbcc88c109d 3fdffdb628d2f57a 3c6f4a992e905b6a "
    "3febb723fe630f32 3c772bd2452d0a39 3fe0362939c69955 bc82d8cd78397b01 3feb96eeef58840e 3c545a3cc78fade0 "
    "3fe06d3686946e5b 3c83f5ae4538ff1b 3feb764b84b704c2 bc8f5848c21b389b 3fe0a4021e9e1001 bc86f643a13914f6 "
    "3feb553a410c104e 3c58ff7947027a16 3fe0da8b26b5672e bc8a58def0bee909 3feb33bba89c8948 3c8ea6a51d1f6ca9 "
    "3fe110d0c4b69c3b 3c8d918998809981 3feb11d04162a4c6 3c71dd561efbc0c2 3fe146d21f8b7f82 3c7bf9535e2739a8 "
    "3feaef78930bd275 bc7f836279746f94 3fe17c8e5f2eedb0 3c635e57102e2488 3feaccb526f69de5 3c88fb6a8dd6b6cc "
    "3fe1b204acb02fdd bc5f190c70cbb5ff 3feaa98688308913 bc0b83d607cd5070 3fe1e7343236574c 3c722a3fa4f41d5a "
    "3fea85ed4373e02d 3c69be06385ec792 3fe21c1c1b0394cf 3c5e5b324b23aa31 3fea61e9e72586af 3c858330e2fd453f "
    "3fe250bb93788bbb 3c7ea3d02457bcce 3fea3d7d0352bdcf bc868dbaeca19669 3fe28511c917a067 bc801df1d9a16b70 "
    "3fea18a729aee445 3c395e25736c0358 3fe2b91dea88421e bc8fa371db216ab0 3fe9f368ed912f85 bc81d200c5791606 "
    "3fe2ecdf279a3082 3c8d3557e0e7e37e 3fe9cdc2e3f25e5c 3c83f99112993f62 3fe32054b148bc4f 3c8f6b42095a135b "
    "3fe9a7b5a36a6514 3c8722cfcc9fa7a9 3fe3537db9be0367 3c6b327e7af040f0 3fe98141c42e1310 3c8d1ff80488f08d "
    "3fe386597456282b bc710fada93b07a8 3fe95a67e00cb1fd bc80befda21f862d 3fe3b8e715a2840a bc797653a7d2f07b "
    "3fe93328926d9e92 bc8bb77003600cda 3fe3eb25d36cd53a bc5be570e1570fc0 3fe90b84784ddaf7 bc70feb10ab93b87 "
    "3fe41d14e4ba6790 3c84608fd287ecf5 3fe8e37c303d9ad1 bc6463a4b53d4bf8 3fe44eb381cf386b bc83ed6c1e6a5505 "
    "3fe8bb105a5dc900 3c8863e03e9474c1 3fe48000e431159f bc8b194a7463ed10 3fe89241985d871f 3c8c48d9c413ed84 "
    "3fe4b0fc46aab761 3c20da05738cc59a 3fe869108d77a6c6 3c7338ffe2bfe9dd 3fe4e1a4e54ed51b bc8a492f89b7c76a "
    "3fe83f7dde701ca0 bc4152cf609bc6e8 3fe511f9fd7b351c bc85c0e861c48831 3fe8158a31916d5d bc6de8b90b8228de "
    "3fe541facddbb724 3c7232c28520d391 3fe7eb362eaa1488 3c5a1d65a4a5959f 3fe571a6966d59b3 3c5c843b4d0fb198 "
    "3fe7c0827f09e54f bc6c73d6d72aee68 3fe5a0fc98813a12 bc8d82e2b7d4227b 3fe7956fcd7f6543 bc8ab276e9d45ae4 "
    "3fe5cffc16bf8f0d 3c896cb370eb578a 3fe769fec655211f bc6827d5cf8c68c5 3fe5fea4552a9e57 3c80b6cef7ee20b7 "
    "3fe73e30174efba1 bc65d3ae3d94ad5f 3fe62cf49921ac79 bc8edd9855b6241a 3fe712046fa77678 3c8425b0a5029c81 "
    "3fe65aec2963e755 3c8126f96b71053c 3fe6e57c800cf55e 3c860286dedbd0a6 3fe6888a4e134b2f bc86b7d37644d5e6 "
    "3fe6b898fa9efb5d 3c715ac786ccf4b2 3fe6b5ce50b7821a bc65d5158f702e0f 3fe68b5a92eb6253 bc89a91ad985f89c "
    "3fe6e2b77c40bde1 bc70e729857fad53 3fe65dc1fdeb8cba bc597c1b47337c77 3fe70f451d0a8c40 3c697ede3885770d "
    "3fe62fcff20191c7 3c6d9143895756ef 3fe73b7680dea578 bc72248306dc12a2 3fe6018526f563df 3c846ca5e0e432d0 "
    "3fe7674af6f7b524 3c7e9d3f94ac84a8 3fe5d2e255f1f17a 3c80314104c8892b 3fe792c1d0041d52 bc8abf05eeb354eb "
    "3fe5a3e839824077 3c8428aa2759be62 3fe7bdda5e28b3c2 3c4ad1197ccd0393 3fe574978d8e83f2 3c8f4714af282d23 "
    "3fe7e893f5037959 3c80eefbaa650c4c 3fe544f10f592ca5 bc8e7ae8e6c7a62f 3fe812ede9ae4ba4 bc87830adf402dda "
    "3fe514f57d7bf3da 3c747a108073c259"))

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
    cor = _fma(s, _tf(t, k + 2), _fma(-c, _tf(t, k), _fma(s, _tf(t, k + 3), _tf(t, k + 1))))
    return copysign(_tf(t, k) + cor, x)


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
    cor = _fma(-s, _tf(t, k), _fma(-c, _tf(t, k + 2), _fma(-s, _tf(t, k + 1), _tf(t, k + 3))))
    return _tf(t, k + 2) + cor


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
_ATAN_CIJ = Buffer(bytes.fromhex(
    "3fb0400665e0244e 3fb03a737b53dd20 3fefdf1fcf5cfb72 bfb01eb3ce2ae4c2 bfd4d29edd58a40d 3fafda4ad907a18a "
    "3fc814df4df65b18 3fb0fffdb9b88cd8 3fb0f99c63645300 3fefdc08a3ded30f bfb0d9dc669c1aed bfd4c669f7138de2 "
    "3fb0a12f29d085a7 3fc7f0eecfd48d20 3fb1fff15a73d4f1 3fb1f85f2bee2040 3fefd7b342b56d31 bfb1d2b7b69dea40 "
    "bfd4b5523922ecc9 3fb18f93522b1a04 3fc7bead5660f061 3fb2fffdb2524aa2 3fb2f716e71790a0 3fefd31f53b496a4 "
    "bfb2cad84aab7374 bfd4a34b58dd2fb2 3fb27c0ad0cecc18 3fc789d25d2743d7 3fb3fffe0573f3ac 3fb3f59d1702f6a0 "
    "3fefce4db071acc2 bfb3c20f64db3686 bfd49059eb3bfe93 3fb36659caf74fed 3fc752691c011fb0 3fb4ffef894384d6 "
    "3fb4f3ed0ce204c0 3fefc93ea8ea5a01 bfb4b84f7b5457c9 bfd47c807401f2f9 3fb44e64b4f67209 3fc7187d4c540b77 "
    "3fb5fff8df406528 3fb5f22b3c73d820 3fefc3f1b1f60f13 bfb5adb2cb7fa73b bfd467be2b1eb555 3fb5343599edc463 "
    "3fc6dc1b238f5059 3fb7000f8c4f0d56 3fb6f04b495a2fa0 3fefbe67340dce97 bfb6a2244d98e1ad bfd4521614064df1 "
    "3fb617aa2ba78a66 3fc69d4f50a3d7ac 3fb8000fbb4057cf 3fb7ee27be2cd3a0 3fefb8a039ec9246 bfb7957731d9c773 "
    "bfd43b8db6dc7d72 3fb6f88ad69547df 3fc65c26f633ce8c 3fb8fff239cf2b7f 3fb8ebb79f979e80 3fefb29d435506e1 "
    "bfb8879a69b9cdb5 bfd4242885feafa9 3fb7d6bab6191a0e 3fc618afa7cb8bb5 3fb9fff96e2f0772 3fb9e93ad32a9480 "
    "3fefac5d04a3ec40 bfb978c253f6ea97 bfd40be3089c36f6 3fb8b25c885aeb77 3fc5d2f763cadce1 3fbb00026316b097 "
    "3fbae68cce24cc00 3fefa5e0938c5c66 bfba68c376f14e4b bfd3f2c31696cd7c 3fb98b3b722a2cb4 3fc58b0c9067ad62 "
    "3fbc0008604f58b1 3fbbe3a705650780 3fef9f285a7a2773 bfbb578f3d5ac0a4 bfd3d8cbf767119f 3fba613dc7e31b88 "
    "3fc540fdf5594565 3fbd00026cca4eba 3fbce07ec1298a80 3fef9834e8d36c4a bfbc45135bcac5fe bfd3be018b5236f1 "
    "3fbb34472e991970 3fc4f4dab8adb373 3fbdfff4b2b47fca 3fbddd164a051d80 3fef910678dcc895 bfbd3149f0966844 "
    "bfd3a266744f9a5f 3fbc0446edb7f27a 3fc4a6b2583f9eca 3fbf000aa9a05be0 3fbed996a3bda540 3fef899c1b8ba97f "
    "bfbe1c512287a677 bfd385f8edc130bb 3fbcd14bf306ff50 3fc45694a667a72b 3fbffffaba8f63de 3fbfd5b569fe4780 "
    "3fef81f84863dc7d bfbf05dbd1518706 bfd368c44687a69c 3fbd9b081b3868da 3fc40491c345adfc 3fc07ffa6eccada8 "
    "3fc068d00a396400 3fef7a19f1fcfc6b bfbfee0c861df0df bfd34ac65a586c0c 3fbe618f189d637a 3fc3b0ba195779d4 "
    "3fc1000333432713 3fc0e6b0f203d1a0 3fef7200fe0eb463 bfc06a72e15cb19a bfd32c00b8db761e 3fbf24d8a11f5e3e "
    "3fc35b1e569e85dd 3fc17ffcda1c4811 3fc1646229ebda00 3fef69af7d558737 bfc0dd170b33969b bfd30c7d33ac50d1 "
    "3fbfe4aa9be43f0f 3fc303cf692539cb 3fc1ffff3cca418d 3fc1e1fa3b978ea0 3fef612445d421a9 bfc14f03acac8aa8 "
    "bfd2ec3962e675a3 3fc0508c2fa6b426 3fc2aade780a6467 3fc27ff7d9c78922 3fc25f661b91e640 3fef5860f52e192c "
    "bfc1c023e5de2394 bfd2cb3d6bee0abd 3fc0acfb5e075c1a 3fc2505cdffe453a 3fc2fff7a1fc1aaa 3fc2dcb583257c40 "
    "3fef4f64c719b6fb bfc2308261514083 bfd2a9887f7b72d5 3fc107a77c887402 3fc1f45c2c3cd6d1 3fc380059d78e15e "
    "3fc359ee6ac98ee0 3fef462f944cec16 bfc2a020d85b87a9 bfd2871c2e4ab369 3fc1608dc31a65d9 3fc196ee130bbe50 "
    "3fc400049f431b1a 3fc3d6f36bd65360 3fef3cc3dd99b68a bfc30ee1b3dd00ed bfd26403f8482664 3fc1b792fe136626 "
    "3fc138246eac7440 3fc48004e01d95a1 3fc453d386f00cc0 3fef3320e3970539 bfc37ccf0a5279aa bfd2403f3b151d5d "
    "3fc20cbbe331c9e6 3fc0d81139e3f097 3fc4fff7aa9382dd 3fc4d07f8c590a80 3fef294834df28e0 bfc3e9d85b43915c "
    "bfd21bd5eb8845a2 3fc25ff8ac6ac8ad 3fc076c688ed96ca 3fc58006352408be 3fc54d1ec39a73e0 3fef1f3709ae009c "
    "bfc4561cb9be8550 bfd1f6c00053f52e 3fc2b15def783be9 3fc014568615239b 3fc5ffff2b193f81 3fc5c9804f73e000 "
    "3fef14f1ae110e29 bfc4c16e9098b3d2 bfd1d10f8f058241 3fc300c6a14fa897 3fbf61a6d56607c0 3fc680084460e6e1 "
    "3fc645c804a55e20 3fef0a758fa36ec5 bfc52be9d62fa883 bfd1aabd69a74048 3fc34e451679eb02 3fbe989ef7c14c3d "
    "3fc6fffb9e99a846 3fc6c1d04b35fd40 3feeffc63ef8ef95 bfc5956b76a2fe63 bfd183d8ddc78ddf 3fc399bdac606d66 "
    "3fbdcdba070d286a 3fc780080ffcd490 3fc73dc5b55758e0 3feef4e0457e2065 bfc5fe167d6ff9bc bfd15c579fadd384 "
    "3fc3e34773e52d32 3fbd011c9a65ae4b 3fc80006148e79c1 3fc7b9812b7f8ca0 3feee9c7701687ed bfc665c70e1ef36d "
    "bfd13449ccbcbdab 3fc42ac75c71b3e8 3fbc32eb3e81980e 3fc880060f487c17 3fc83511bc0e3640 3feede7ad2d55329 "
    "bfc6cc8737e644ba bfd10bae60597557 3fc4704313e26fbe 3fbb634a6fb18bf4 3fc90004d3518d76 3fc8b0738874c100 "
    "3feed2fb2ed6673b bfc732512a6ebac3 bfd0e28a6924232f 3fc4b3b573bcc03f 3fba925e8c72507f 3fc97fffd2f20d5c "
    "3fc92ba351af5920 3feec7493d32449f bfc7971fc308255f bfd0b8e2d572d28f 3fc4f51a337448fe 3fb9c04bcfcbc620 "
    "3fca0005bf80f060 3fc9a6ae6e9e8960 3feebb641ef200e7 bfc7fafb6e96e5c1 bfd08eb6ec6ad647 3fc53475f53d0ba6 "
    "3fb8ed364433c20e 3fca7ff7deeca8e4 3fca2176948578e0 3feeaf4f328ff98b bfc85dc958149b1c bfd06414f933a1ab "
    "3fc571b760c45a8f 3fb81941be58c308 3fcaffff7defd553 3fca9c229eba6b80 3feea30710a85e10 bfc8bfa67f9dea61 "
    "bfd038f35a474e8f 3fc5acf030c225d2 3fb74491d062812f 3fcb7ffe669932a5 3fcb1694cff6dfe0 3fee968f1921d387 "
    "bfc92078e075d95a bfd00d60526793c4 3fc5e61073842a52 3fb66f49c5331d5a 3fcbfff9b44759f3 3fcb90d15073a2a0 "
    "3fee89e756598313 bfc98041cfb9203d bfcfc2bcbed91b37 3fc61d196d4fc2fc 3fb5998c9411537e 3fcc80075568f3ec "
    "3fcc0aec4a31dbe0 3fee7d0e18f270a8 bfc9df0ef522b132 bfcf69d42179c242 3fc6521336646fcd 3fb4c37cdc699095 "
    "3fccfff8601a799f 3fcc84b849db66a0 3fee7008a0ee780e bfca3cbb3a403934 bfcf102fd490be32 3fc684ea037d4137 "
    "3fb3ed3cd9ec855a 3fcd7ff97bbf1497 3fccfe5f1e008ce0 3fee62d2f04615c7 bfca996515aade2c bfceb5b90b44b682 "
    "3fc6b5af92ec8d57 3fb316ee60d831ae 3fce000840209b20 3fcd77ddb145a760 3fee556dbe1dfdf1 bfcaf5082186af0f "
    "bfce5a799420489d 3fc6e462454feb2c 3fb240b2d2945a8c 3fce8000c0ae943c 3fcdf1113ca10100 3fee47dd59e7308b "
    "bfcb4f889439f69f bfcdfe93798de600 3fc710f58f267389 3fb16aab1a8a373e 3fcf00036d532803 3fce6a17cb4e5c80 "
    "3fee3a1ee3d0f6c2 bfcba8fb6e31f768 bfcda1f7e6a382e3 3fc73b75b36ac4c0 3fb094f7a3470b0a 3fcf7ffa48b8afc3 "
    "3fcee2dbe1654560 3fee2c3543f2ab37 bfcc014f598207d6 bfcd44bf1efe809a 3fc763dc698a561e 3faf7f70a7cf78a3 "
    "3fd00002eb334fae 3fcf5b7b77ab25e0 3fee1e1d78a5c127 bfcc5898c555d571 bfcce6d9b706cf86 3fc78a350823f643 "
    "3fadd6190b9118e8 3fd03ffca8af86fe 3fcfd3cbb53a0c00 3fee0fdcfdcbac8b bfccaeb76c3246ff bfcc8870d6e19ad3 "
    "3fc7ae73d2c48e91 3fac2e260510fdb0 3fd07ffcd38984b7 3fd025f75732d4a0 3fee017049c17ab3 bfcd03c29afe5028 "
    "bfcc29719a2c1833 3fc7d0a569041dcf 3faa87d3f497c653 3fd0bfff1ed2add7 3fd061edcd7f7420 3fedf2d8da96b750 "
    "bfcd57b2c777881e bfcbc9ea8692b503 3fc7f0c942abf9e7 3fa8e35e04b42bb4 3fd10003a8515cda 3fd09dc9027416a0 "
    "3fede41734899950 bfcdaa867983ede4 bfcb69e3999706b6 3fc80ee1b0f126db 3fa740fe17ee9bab 3fd14001f3af9cc5 "
    "3fd0d980b6e1aba0 3fedd52de0412681 bfcdfc316863b28b bfcb0971c55b8d5a 3fc82aeda6731aac 3fa5a0ecc73bd8f0 "
    "3fd18003b6122509 3fd1151daa1e67a0 3fedc61b2e0c1f32 bfce4cbeb9ba6b7e bfcaa88e90c2431c 3fc844f48bcbda5e "
    "3fa4036150e585ff 3fd1bfffa6a2a153 3fd15096e7a18dc0 3fedb6e1e1218f3f bfce9c219621d6a2 bfca475022627b04 "
    "3fc85cf5ff8b908e 3fa268919833c0d6 3fd1fffd2d345aaf 3fd18bf3053bf760 3feda780cc3acb29 bfceea622aa756ae "
    "bfc9e5b347ed9793 3fc872f887ab542a 3fa0d0b2158e9e9a 3fd23ffcf14cf05a 3fd1c7324d568460 3fed97f855f32d3d "
    "bfcf378021d457c8 bfc983bef065b845 3fc886fffba70cd8 3f9e77ebaeb85ccc 3fd27ffe0bae6fc9 3fd202539a27c160 "
    "3fed88494619176e bfcf83795c0ac9ec bfc9217c5e645195 3fc8990ff4264515 3f9b551ce6b92e65 3fd2c001a297a7de "
    "3fd23d57acb927c0 3fed7873e4958fb6 bfcfce4e43572249 bfc8bef19f3560f3 3fc8a92cdf7f0e5b 3f983958116f3b19 "
    "3fd2fffe7267616a 3fd27835b2f378c0 3fed687b13906586 bfd00bf9afda1a0f bfc85c34c197ad7d 3fc8b7591e99f0a7 "
    "3f9524fa6525c365 3fd33ffe48153b20 3fd2b2f66a2fdcc0 3fed585cf827fbe4 bfd03039b45a6918 bfc7f93e5dfc3f72 "
    "3fc8c39bc5210022 3f92185e168fb62e 3fd380038122579a 3fd2ed9baf6ec1e0 3fed4819872f20d3 bfd053e81f4c1031 "
    "bfc79612621ffd79 3fc8cdf9db9d9dfc 3f8e27b480c6852f 3fd3c0033ef39141 3fd3281b4668c700 3fed37b418590d1a "
    "bfd076fea3ef2560 bfc732c93033287a 3fc8d676ca2e5458 3f882f85d80944b1 3fd4000163fa0e31 3fd362787b565000 "
    "3fed272c47a813da bfd0997f493b9d88 bfc6cf643da9fe3c 3fc8dd18c1cd3331 3f8248d1f70f6e07 3fd4400374071092 "
    "3fd39cb80f0a4000 3fed16813ba47a6b bfd0bb6cd8788947 bfc66be2589596a6 3fc8e1e5c9b3ec1e 3f78e868d20fab86 "
    "3fd48000c880f200 3fd3d6d1deffb460 3fed05b5cadc576c bfd0dcc2a1d352c2 bfc608583d7d2574 3fc8e4e303208bc0 "
    "3f6ac9096379e732 3fd4c0004d97d2cb 3fd410cbf3a2e220 3fecf4c8bb7ed511 bfd0fd8437766a49 bfc5a4c25aabc13c "
    "3fc8e616c80dac4b 3f4038aab04695c2 3fd4fffd9397539f 3fd44aa206a7dec0 3fece3bbcf479dde bfd11daf4d122984 "
    "bfc5412eb1024df0 3fc8e5871b2c560d bf625da8951c088d 3fd53ffff304715f 3fd4845a791f3900 3fecd28da45e0fd8 "
    "bfd13d478d61f221 bfc4dd98d3e9bb99 3fc8e33a0f181507 bf743c33d08bd25c 3fd58002e88ea386 3fd4bdf0f575d6c0 "
    "3fecc14002035609 bfd15c4ab808071e bfc47a0eb2945fcf 3fc8df35fc056447 bf7f2011b00a45cd 3fd5bffd70f4d590 "
    "3fd4f75d284d7ae0 3fecafd5f2de98b6 bfd17ab4a2b42f42 bfc416a51c285a92 3fc8d982511d6c5a bf84ecc177008605 "
    "3fd5fffdb70d6e53 3fd530ab8e2ff500 3fec9e4c32d2429d bfd1988c35190681 bfc3b34cbf748319 3fc8d22498d3a613 "
    "bf8a33d4aa295f9f 3fd63ffc5c7399e2 3fd569d54f022e80 3fec8ca558dd180f bfd1b5ce1d701de4 bfc35017a7806a5a "
    "3fc8c92456c01cf9 bf8f64d9942059e1 3fd67ffd9a1ac7d2 3fd5a2ddf50031e0 3fec7ae0ceff6deb bfd1d27c7c8c245b "
    "bfc2ed05c6aa933f 3fc8be87ddc5cf1f bf923fb6d594386f 3fd6bffd6f7b9353 3fd5dbc1b4e066c0 3fec6900456b591a "
    "bfd1ee95c2d6d0aa bfc28a23b11086f7 3fc8b256dde22d5a bf94c19a489d85a4 3fd6fffbf02a83e4 3fd614806a237dc0 "
    "3fec57044cc81773 bfd20a1a4b9029ca bfc2277789f5fb1c 3fc8a4989b09e911 bf9737ec130d419a 3fd73ffe128c213a "
    "3fd64d1e42499480 3fec44ec129c0d30 bfd2250c83787259 bfc1c4ffd55be4fc 3fc8955336b2d603 bf99a2842e43df46 "
    "3fd77ffbea0cdc7a 3fd6859405b0e220 3fec32ba687132c0 bfd23f697273497e bfc162cecd39b037 3fc8848ffa930aaf "
    "bf9c013da4554412 3fd7c003f18edab8 3fd6bdee4127bee0 3fec206bc01607bd bfd259375fee2f42 bfc100d4307761e1 "
    "3fc872525dfec556 bf9e53f67958f973 3fd7fffd41f35c4c 3fd6f616da6607a0 3fec0e07cddc8437 bfd2726cbfb4daea "
    "bfc09f3be0db1472 3fc85ea92a95aa1b bfa04d47d872cfa2 3fd8400326c7c46b 3fd72e2596b8be00 3febfb874cdedf38 "
    "bfd28b14d09404f3 bfc03de1e7fb61f2 3fc84993acb33be9 bfa16a769b1de607 3fd88003ca90b179 3fd7660aa104a220 "
    "3febe8eff236e2f6 bfd2a32919a94ddf bfbfb9ce0856a081 3fc8331f33f70280 bfa2817af01308cc 3fd8c003e9692fd5 "
    "3fd79dc9f0b2cb00 3febd640f2966495 bfd2baabfd6ec2ea bfbef892e08e9c2d 3fc81b52031873e3 bfa39249ac12113d "
    "3fd8fffe35be5c5f 3fd7d55ebdccdfc0 3febc37c6eabcf77 bfd2d19c2d74f445 bfbe382ce63f2cdb 3fc802360e6fe2ae "
    "bfa49cd90e66ab41 3fd94002aa8974cd 3fd80cd6b8afd880 3febb09e4468ccba bfd2e7ffec84e686 bfbd787688c659e8 "
    "3fc7e7ccc2f15460 bfa5a120b410d3ed 3fd98002e08efdea 3fd8442534856920 3feb9dab3f290478 bfd2fdd2bb81edef "
    "bfbcb9a531e68398 3fc7cc23c2dbb11b bfa69f1998467e78 3fd9c00275294b6b 3fd87b4d299f6200 3feb8aa2de96cf1f "
    "bfd313168c4d45d2 bfbbfbb7edce4dba 3fc7af418907fec9 bfa796be07419f55 3fda0002f3e490ec 3fd8b24fc21a4500 "
    "3feb77853b5ef7dd bfd327cc8eae70cd bfbb3eb3d49e40da 3fc7912d4d93f7ea bfa888099e21606a 3fda3fff458461b6 "
    "3fd8e9287754d2c0 3feb64546a0daf0e bfd33bf3dc2a9a3f bfba82b14917d003 3fc771f17c7566cf bfa972f93d700dd8 "
    "3fda800287e12aae 3fd91fe0a5dfd000 3feb510da0d82e05 bfd34f90a76ad312 bfb9c798deec35ad 3fc751908a0ef43e "
    "bfaa578b0872efc8 3fdac00149a86c84 3fd9566e5c4516e0 3feb3db4dd03f6b6 bfd362a0291c1f82 bfb90d9503f6df60 "
    "3fc7301825091e92 bfab35be577a022b 3fdaffff2f4cc2e1 3fd98cd494226540 3feb2a499297200a bfd375245153fd01 "
    "bfb854a3ae3de27e 3fc70d8e7eb3f331 bfac0d93b6ad570e 3fdb4000c2f3711e 3fd9c31701cdc4c0 3feb16caea63781b "
    "bfd3871f3665b649 bfb79cc03f70fbc6 3fc6e9f9061dfc2e bfacdf0cd837f9c3 3fdb8000a777e180 3fd9f930f3748f20 "
    "3feb033b0fb0162a bfd3989025978cab bfb6e6025c765aab 3fc6c5629c16d678 bfadaa2c92a16ebf 3fdbbffd087e14ed "
    "3fda2f20bf0ddb00 3feaef9b1cce6e94 bfd3a9778b73e3c3 bfb6307709efd1cc 3fc69fd458408d3a bfae6ef6d2e48013 "
    "3fdc0000f0086783 3fda64ef8d448080 3feadbe835990b5a bfd3b9d927241b86 bfb57c06c20e4001 3fc6794f90e6c8ab "
    "bfaf2d709a630a27 3fdc4001863e58f8 3fda9a941c3a1ba0 3feac82635ed7dd2 bfd3c9b30c075b50 bfb4c8d7a429793c "
    "3fc651e295903c22 bfafe59ff0f8b649 3fdc7ffc6c62c3bf 3fdad00c580a5840 3feab45662d1d808 bfd3d905acbb06ec "
    "bfb416f7421e42dc 3fc62996e5608efd bfb04bc5f14b649a 3fdcc00234b2a209 3fdb0565f68f3b40 3feaa0741e3dc946 "
    "bfd3e7d5e2db674e bfb3663ea4833ffe 3fc60069c4f0392b bfb0a19e38b10201 3fdcfffcaac5f9f9 3fdb3a8e59c45cc0 "
    "3fea8c86d2389c24 bfd3f61f8362b2cb bfb2b6f1c6c746a6 3fc5d671426d2946 bfb0f45d4981ce75 3fdd40040d800c64 "
    "3fdb6f9988af6580 3fea78877498ced2 bfd403e8ef8975c0 bfb208d4bea81e2b 3fc5aba5283ffa4e bfb1440811705130 "
    "3fdd7ffeb0e64500 3fdba4722324e140 3fea647e8c5ad680 bfd4112da03f042d bfb15c339580389c 3fc5801e49d9889e "
    "bfb190a3ef96554f 3fddbffe2dfcf4eb 3fdbd9269f1d27a0 3fea50671ac286ca bfd41df2590a4de1 bfb0b0e48bd1efa5 "
    "3fc553d8702506d0 bfb1da36ada415a6 3fddfffd8a34bbc2 3fdc0db2c4f7a2c0 3fea3c432ef70bb3 bfd42a3716ee647c "
    "bfb006fadb6270bb 3fc526de86f08de6 bfb220c67e5061fb 3fde3ffdd26415c0 3fdc421758282940 3fea2812f391ddcb "
    "bfd435fd18eddf0a bfaebcf288a589af 3fc4f9374cf96163 bfb26459f6a18481 3fde7fff37f72672 3fdc765467aa3dc0 "
    "3fea13d6d6ce86b3 bfd4414574037e91 bfad6ec93b2cc445 3fc4caea0564f101 bfb2a4f80c49cd64 3fdebffda11bc00f "
    "3fdcaa6685e23660 3fe9ff90a25c2396 bfd44c108a64724f bfac23992f871e82 3fc49c010afbfb85 bfb2e2a80f0ff3fe "
    "3fdeffff3313756d 3fdcde529d30cc20 3fe9eb3edff9491f bfd456607e6abaae bfaadb4c3e8aa98d 3fc46c7f25d8ff7d "
    "bfb31d71a71d448d 3fdf4001914b856e 3fdd1216aac1bb20 3fe9d6e2c9bc4315 bfd46036004e7e91 bfa995f7fb901f89 "
    "3fc43c6d3f5be04a bfb3555cce8abf92 3fdf8003cd144428 3fdd45b1d93e9640 3fe9c27d256fdfeb bfd4699209f7c145 "
    "bfa853a9ed521174 3fc40bd32b27751f bfb38a71cfa5c5f2 3fdfc00200545bd9 3fdd7920f536d960 3fe9ae0faae99ea5 "
    "bfd4727538dd66f4 bfa7147db5484f74 3fc3dabaf8efc373 bfb3bcb93ea6b864 3fdffffbda6f2aa8 3fddac63b420faa0 "
    "3fe9999aed4d0cab bfd47ae0bfcc6072 bfa5d87c25bf7a4a 3fc3a92bf5999ee5 bfb3ec3bf7f09d08 3fe01fffa65118c8 "
    "3fdddf852bf70c00 3fe9851aecd72ae5 bfd482d78f5794c5 bfa49f682e4a020b 3fc3772225a156da bfb4190319f58064 "
    "3fe040019c0b0556 3fde127dfa2ba200 3fe9709308c17a55 bfd48a59957a7efd bfa369762648f2bb 3fc344ab592569b1 "
    "bfb4431803752ddb 3fe05fffc24501db 3fde4547a495bcc0 3fe95c064f225b79 bfd491672163f5b8 bfa236d34b79b89f "
    "3fc311d4b530b7be bfb46a844d931476 3fe07ffe865125fc 3fde77e92a5fad60 3fe947725c13b0ea bfd498026f33abca "
    "bfa1075ade947c6b 3fc2de9dd8d5e01b bfb48f51ca17ca60 3fe0a002107eac25 3fdeaa6908243180 3fe932d4f339824b "
    "bfd49e2d7145f475 bf9fb5d800571424 3fc2ab0685d1cf84 bfb4b18a7dbbbabe 3fe0bfff7376e5d4 3fdedcb5f79ff560 "
    "3fe91e358ee1b492 bfd4a3e749498453 bf9d63e4be685c6f 3fc27726c4b1f032 bfb4d1389e6ecc3a 3fe0dffe1715ee2e "
    "3fdf0edb9be1bb80 3fe9098fd993bd60 bfd4a9329b84e907 bf9b185ae07dba5e 3fc242f8f2d7a804 bfb4ee668ddaa340 "
    "3fe100017f3d776c 3fdf40df6119e100 3fe8f4e1fb44bcfb bfd4ae1116e3467e bf98d304cf368422 3fc20e7d736708ae "
    "bfb5091ed7b3658d 3fe11ffefd8c7b65 3fdf72b08fd21560 3fe8e0334770fb0a bfd4b2825c0f6783 bf9694ac7ffe0364 "
    "3fc1d9cbe529bf4c bfb5216c2c73e5f0 3fe14000afa3ee71 3fdfa45ee3324d60 3fe8cb7d9ff684df bfd4b68917add34d "
    "bf945ca367276e70 3fc1a4d9a1fbf3b1 bfb537595fba2374 3fe15fff73336187 3fdfd5df3de48d00 3fe8b6c60cbe3546 "
    "bfd4ba259b291bcb bf922b6f5fb712cc 3fc16fb855e28b0b bfb54af1633f423c 3fe17fff6c447b82 3fe0039c0208ecc0 "
    "3fe8a20a48f15926 bfd4bd59a5808ac3 bf9000cd5eef6f2a 3fc13a66ebe54aa7 bfb55c3f45420ce4 3fe19fffae932b61 "
    "3fe01c33e0091bc0 3fe88d4b55664e00 bfd4c026579f5abb bf8bb9a68797c32a 3fc104ec95d4f64e bfb56b4e2bbc325e "
    "3fe1bfffba12ae50 3fe034b6d3aba020 3fe87889ebdccf04 bfd4c28ce6d463c1 bf877f1cb36211fc 3fc0cf4fb90b11e7 "
    "bfb5782952dcbe1a 3fe1e0014b459e41 3fe04d262dc05800 3fe863c551625b6a bfd4c48eaffdd399 bf8351cb603059ca "
    "3fc09992de65d0d9 bfb582dc087bb367 3fe2000032306f33 3fe0657ebafb6ce0 3fe84f00a1e2eec3 bfd4c62cb79ec8c6 "
    "bf7e6488d95de8d1 3fc063c2661df241 bfb58b71aaa63bad 3fe22000d30a486c 3fe07dc3d2165080 3fe83a3966b3e5bf "
    "bfd4c7687de04dee bf763ff7800f052f 3fc02ddc28f35edd bfb591f5a351cf91 3fe23ffe215e03fc 3fe095f19f380a00 "
    "3fe8257348be5f3f bfd4c8431b793f77 bf6c6e63625993b8 3fbfefdb8c5e4b3b bfb5967366fe9ca7 3fe260006833d65d "
    "3fe0ae0e6496a8c0 3fe810a945b44aa3 bfd4c8be055b407a bf5920a7ae83f0a4 3fbf83dc860a6a5e bfb598f670d98ee7 "
    "3fe28000e82d4d50 3fe0c615095f5300 3fe7fbe01e9337b7 bfd4c8da573c6f6a 3f38b6c7c50f565d 3fbf17dbc9c4b6ca "
    "bfb5998a45d6dae0 3fe29fff203b6a0b 3fe0de0530852720 3fe7e7188520538d bfd4c899668c6963 3f6286ecbeca8ab0 "
    "3fbeabe49b6ac5bd bfb5983a575a9684 3fe2c001e91a9d93 3fe0f5e3f7817a20 3fe7d24e63a45d97 bfd4c7fc5f83c46d "
    "3f70e1995d9c800a 3fbe3fe93721a8e0 bfb59512377da840 3fe2dfffc6fb4948 3fe10daa4ce36040 3fe7bd883e39011f "
    "bfd4c704b5eae11f 3f786398192c622b 3fbdd412b62ba357 bfb5901d5f0e020e 3fe2ffff39cb4eed 3fe1255d0970ad60 "
    "3fe7a8c2365b7a9b bfd4c5b38925f532 3f7fcb03785e3070 3fbd68540eedf3b3 bfb58967479c252a 3fe31ffe002e31cb "
    "3fe13cfa81fd3780 3fe793fe1bbe9667 bfd4c40a3046f4c7 3f838bae8f5e6bf1 3fbcfcbd83775c98 bfb580fb62e887ab "
    "3fe34000edc7bffd 3fe1548644d05200 3fe77f39244a1da5 bfd4c2099fb764c1 3f8724e2851b0be5 3fbc9147507c76e0 "
    "bfb576e519c7f0ab 3fe36001ce042830 3fe16bfbc1656ae0 3fe76a77ad3b2b77 bfd4bfb374aac296 3f8ab07005b229c2 "
    "3fbc260e87dca54b bfb56b2fc90df763 3fe37ffe89b8fc54 3fe1835977d0ba80 3fe755bb660caa3d bfd4bd09308bb975 "
    "3f8e2e26fe0a1240 3fbbbb2218790f26 bfb55de6c094f3da 3fe3a0019b4da842 3fe19aa7100cd140 3fe740fdd801f889 "
    "bfd4ba0b2c32c656 3f90cf998eca44a2 3fbb5066c9863443 bfb54f15406672b5 3fe3c000ce6b63e8 3fe1b1dd1d0b0ae0 "
    "3fe72c45f28670e6 bfd4b6bb92422e2e 3f928141a0d32146 3fbae60637452321 bfb53ec677d91f56 3fe3dfff114a2607 "
    "3fe1c8fdc6ff6f20 3fe71792206847a7 bfd4b31b669bd306 3f942c3a04ffd28a 3fba7bfde7fc0825 bfb52d0582f471ba "
    "3fe3ffffc1da9b7d 3fe1e00b7f2e8840 3fe702e084371133 bfd4af2b8012fbe4 3f95d0b4bfc47f4b 3fba1249d80ab6c5 "
    "bfb519dd69a4108d 3fe41ffee11d9c33 3fe1f70367c3ec20 3fe6ee34026a76a0 bfd4aaed96514b12 3f976e8307ba2905 "
    "3fb9a8fe261a1221 bfb505591d552ba0 3fe43ffffa174676 3fe20de80faff860 3fe6d98a9ea6d162 bfd4a6626b927b3b "
    "3f9905d8f84adbb0 3fb94015dd484db5 bfb4ef83783eef44 3fe45fff0d457fa4 3fe224b69f675300 3fe6c4e73a093351 "
    "bfd4a18bcbf2bff8 3f9a968a84bb8c16 3fb8d7a493fbb975 bfb4d8673b37e4fb 3fe47ffe8f910e57 3fe23b70dd92b840 "
    "3fe6b04889b04359 bfd49c6a974b07ff 3f9c20be25f20251 3fb86fa882e9673d bfb4c00f0d12f550 3fe4a0017323fc6b "
    "3fe25218e34e3420 3fe69bacf277fe27 bfd496ff7f856aba 3f9da49e9928150c 3fb8081e3eb66a26 bfb4a68578ab06c5 "
    "3fe4c000b1bf0500 3fe268a9bd8b2c80 3fe6871942abbd42 bfd4914cec74e64a 3f9f21ded0c3eeec 3fb7a1225b30aa05 "
    "bfb48bd4ec53ef43 3fe4e0011d07207b 3fe27f26da64f7a0 3fe6728aa7cfbeb2 bfd48b533fcbb247 3fa04c60a7354a41 "
    "3fb73aaaeff6f27a bfb47007b81a6bb2 3fe4fffe5f36eb46 3fe2958d35ddd180 3fe65e04307b6af3 bfd48514828bb6e6 "
    "3fa1048e48993ed9 3fb6d4cb468d7c59 bfb453280d484989 3fe520012afdf759 3fe2abe2eb1c3280 3fe649808dc5daad "
    "bfd47e902c11e3b7 3fa1b9ae88e1b343 3fb66f6cff4501bf bfb4353ffcd6b8de 3fe54001dfdb2423 3fe2c222ab0402c0 "
    "3fe63504e7e657fb bfd477c8eee53fa9 3fa26b9a696cd845 3fb60aad6a3aa6ef bfb416597704e1f4 3fe55ffe72d2a74f "
    "3fe2d84b16be7240 3fe62092ce54aede bfd470c07b764156 3fa31a4c4d9abee7 3fb5a697a899a63d bfb3f67e49fa7fb1 "
    "3fe58000ee716c33 3fe2ee63284f3fe0 3fe60c24181c5720 bfd46975c383b0c1 3fa3c5ffc40a1a5a 3fb543110b7b3b72 "
    "bfb3d5b821700401 3fe59fff9825cd2a 3fe304642defcf40 3fe5f7bf3c14a317 bfd461ec227a4cde 3fa46e856da8d837 "
    "3fb4e03c6162f4c8 bfb3b410857f5976 3fe5bffdfe2a42cd 3fe31a50a5110dc0 3fe5e36233cf1268 bfd45a23f68b7dbc "
    "3fa513f5de40f0e9 3fb47e12de05901e bfb39190da5cabb5 3fe5e00057330799 3fe3302b75253480 3fe5cf0a901da45a "
    "bfd4521d552754cf 3fa5b66bbbf000bb 3fb41c8bd2baf7b2 bfb36e425f53241a 3fe600014d6055da 3fe345f0ff2eda60 "
    "3fe5babbf2ea5900 bfd449dab2008754 3fa655d118f56fbb 3fb3bbbb89a0c1b2 bfb34a2e2e8d60fc 3fe620012c3809cb "
    "3fe35ba1812d5040 3fe5a676671e49e9 bfd4415d230e6216 3fa6f22d6b05c7f7 3fb35ba4cfe6b72b bfb3255d3c3bfa3b "
    "3fe6400087b47ecc 3fe3713d69715580 3fe59239c8fb0e69 bfd438a5a5bd1f6e 3fa78b897f9b13cf 3fb2fc4974f57c8f "
    "bfb2ffd8566caaca 3fe66000a746397f 3fe386c59d968940 3fe57e0583073c58 bfd42fb4fe3d0083 3fa821f14b9e1eeb "
    "3fb29da91952ee82 bfb2d9a8245866a8 3fe68000e4e3094b 3fe39c39b5fe3900 3fe569da36dd131e bfd4268c74778fe0 "
    "3fa8b5679ab0310f 3fb23fc8f2e43205 bfb2b2d526483573 3fe6a001e2e37787 3fe3b19a27d52620 3fe555b7b5d865cd "
    "bfd41d2cf1600cd3 3fa945f54b79e859 3fb1e2aa46a0b02d bfb28b67b508a35b 3fe6bffe0df4bbfb 3fe3c6e346f2b6e0 "
    "3fe541a1b658afbe bfd41399388da137 3fa9d387e5b3c2ba 3fb18660173397f9 bfb2636801db4945 3fe6dfffea406cea "
    "3fe3dc1c1bb3d400 3fe52d91d33ffe8e bfd409cf36bcffe9 3faa5e54174405af 3fb12acedc041806 bfb23ade160d6557 "
    "3fe70000ed01ea65 3fe3f14054e51400 3fe5198c5c8b9119 bfd3ffd1f2ea4ff7 3faae643308c81cd 3fb0d00c1960aaf7 "
    "bfb211d1d2f50d25 3fe7200200d515eb 3fe40650983bb3e0 3fe50590f2175c71 bfd3f5a2361bb15c 3fab6b5f9b536afc "
    "3fb07617a731624d bfb1e84af1a8c054 3fe740011323de6d 3fe41b4b9483e720 3fe4f1a11027ba01 bfd3eb41bb978c8f "
    "3fabeda77765626a 3fb01cf997f58c8a bfb1be5103074348 3fe75fff25cab4ca 3fe430320001d5c0 3fe4ddbc4573fb6c "
    "bfd3e0b141f21d2a 3fac6d25d1bda00f 3faf89625935ee68 bfb193eb6f8e0689 3fe77ffe90921f76 3fe445056cc6af00 "
    "3fe4c9e14cffbdae bfd3d5f10b247ec4 3face9ea943f4516 3faeda73f24a8af1 bfb16921776aac42 3fe79ffe47b2f83b "
    "3fe459c535c19f20 3fe4b610fc8f20bd bfd3cb0273df2a0d 3fad63f823c5d6de 3fae2d319c5116ab bfb13dfa326e2972 "
    "3fe7bfff2f1e79a9 3fe46e71f84df5c0 3fe4a24af586b1bd bfd3bfe62ef81e5b 3faddb58738896f0 3fad819a2515de78 "
    "bfb1127c9026fdd0 3fe7e001973c8d05 3fe4830bf0fb9580 3fe48e8f3466b08e bfd3b49d1c53a01a 3fae501325103eed "
    "3facd7af5290f4af bfb0e6af57ef003b 3fe7ffff69efc092 3fe4978f431c3800 3fe47ae1a3e1064a bfd3a92a666c50c4 "
    "3faec2194098a4be 3fac2f942eee57e0 bfb0ba99290d5730 3fe82001c52b5232 3fe4ac01d2b83340 3fe4673cd31b7cf5 "
    "bfd39d8bc67d05f0 3faf31922a81b5d5 3fab891b8aa20e90 bfb08e407adcefd6 3fe84000bd4d4e3f 3fe4c05e9b1dbc60 "
    "3fe453a5c8d629f7 bfd391c513e9ef47 3faf9e6917383d6b 3faae471278e21b9 bfb061ab9cf54d10 3fe860018c869cbd "
    "3fe4d4a8fd2285a0 3fe4401979b82471 bfd385d55c3e2929 3fb0045b7b2c8ff2 3faa417c39d7ca4f bfb034e0b767b7d4 "
    "3fe87ffeb5db3710 3fe4e8dd8b93bca0 3fe42c9b66c6e6bf bfd379bfa32ee2a1 3fb038386187fe0f 3fa9a05a8b3a0b33 "
    "bfb007e5caee03a9 3fe8a000863c77e3 3fe4fd018fcd1e80 3fe41926a8a8093f bfd36d81b5ee344d 3fb06adc2841f292 "
    "3fa900e42484560b bfafb58162792f0a 3fe8bfff0ed982af 3fe5111016e28ac0 3fe405c0389112ee bfd3611f89d38dc7 "
    "3fb09c3db450b9f7 3fa86342312d0c4a bfaf5aee3a6ca012 3fe8e00002c3aeae 3fe5250cc0ab0a40 3fe3f264c65593c5 "
    "bfd35497d82be900 3fb0cc6968546d39 3fa7c759db8499fd bfaf001d36a32337 3fe90000ecbfa97b 3fe538f60e8d4ee0 "
    "3fe3df15f4119333 bfd347ec7d2149f4 3fb0fb5efa921d3c 3fa72d3869693e89 bfaea51923a0f5f3 3fe91fffd251c01c "
    "3fe54ccad3f3bd20 3fe3cbd51554dd15 bfd33b1f2bc94245 3fb1291f2fc4c3f6 3fa694e81b7a765c bfae49ec826e86f6 "
    "3fe94001d90af4e6 3fe5608e4d4ec640 3fe3b89f3445ef72 bfd32e2eb7bbd79a 3fb155b4e401d071 3fa5fe513a256f1c "
    "bfadeea1890ff662 3fe9600104fd6c17 3fe5743cd5673c20 3fe3a57809ebc6e2 bfd3211e6da5039c 3fb1811b4e62286b "
    "3fa5699071bece9d bfad934223911641 3fe980002d214b82 3fe587d83b0d6120 3fe3925e01eaac3e bfd313ee08425504 "
    "3fb1ab5a02bdb571 3fa4d6989ebd70b8 bfad37d7f482965a 3fe99ffdeb980651 3fe59b5fb16ba7a0 3fe37f5210b1ab7a "
    "bfd3069ef993d676 3fb1d472cded25a8 3fa445702d0abd9a bfacdc6c56221aa1 3fe9bfffe5504053 3fe5aed6b55de6a0 "
    "3fe36c50fa91c51e bfd2f92fbe311e56 3fb1fc705be3af05 3fa3b5fdacd5cdc7 bfac81085adbb9b8 3fe9e0016e60a234 "
    "3fe5c23a79acd480 3fe3595da5fab2ea bfd2eba31ddeceea 3fb2235035736518 3fa3285622f9fd28 bfac25b4ce8b2259 "
    "3fe9ffffb685741b 3fe5d5895ad40460 3fe34679d832b8d3 bfd2ddfb230eda41 3fb24912b23c0ba2 3fa29c854c4e86da "
    "bfabca7a37002a55 3fea20019d59b943 3fe5e8c78c187ea0 3fe333a19ede2183 bfd2d035b0043779 3fb26dc37ab9110c "
    "3fa2126c959cfc0e bfab6f60d556233e 3fea3fffbe9e153f 3fe5fbf0a9c08ae0 3fe320d96f7861aa bfd2c256c2200f18 "
    "3fb2915da6795293 3fa18a2b256a8fde bfab1470a67a4e89 3fea5ffe7a23a1ce 3fe60f0763200600 3fe30e1ed13d395e "
    "bfd2b45d44403932 3fb2b3e9c967f013 3fa103ad35d002b8 bfaab9b16496a8f1 3fea800157f250b8 3fe6220ddd6453a0 "
    "3fe2fb6fcfffcc1e bfd2a6486f8d8291 3fb2d56f03654cc3 3fa07ee34bb6e7a6 bfaa5f2a87992f03 3feaa000dd839d49 "
    "3fe634ffb412c9a0 3fe2e8d0e2d59e01 bfd2981c5467cfdd 3fb2f5e8ff1fadb5 3f9ff7d6a3ba803c bfaa04e346af8db7 "
    "3feac000770df220 3fe647defef70020 3fe2d640220aff7f bfd289d836f9e74f 3fb3155ee509140a 3f9ef56b61ab0b7f "
    "bfa9aae298ce391f 3feae001125bbe48 3fe65aac57a24d20 3fe2c3bd1bfb3559 bfd27b7c6dde55dd 3fb333d515c4c270 "
    "3f9df67a9bac4ecf bfa9512f363a972b 3feafffe7c321839 3fe66d65569b83c0 3fe2b14a53fbf8d9 bfd26d0b9cfa03ce "
    "3fb3514b2caa2e0c 3f9cfb224597be9a bfa8f7cf99110022 3feb1ffe75486924 3fe6800d68cefb40 3fe29ee48e6aa814 "
    "bfd25e83e8afa7eb 3fb36dc9fb0e8ac8 3f9c0331ad5d66ca bfa89ec9fedb1e8b 3feb40015fb8deb8 3fe692a4d137c500 "
    "3fe28c8babff668e bfd24fe5d8e71e0a 3fb389551297317a 3f9b0ea31d844655 bfa846246914067d 3feb6000386c27b9 "
    "3fe6a5278cdf6fc0 3fe27a43c5758db8 bfd2413559cadce0 3fb3a3e9ee34ae91 3f9a1da81c5fff05 bfa7ede49ec8aac6 "
    "3feb8000d1efddb3 3fe6b7990accb660 3fe268099983aab2 bfd2327076047e08 3fb3bd90f132139b 3f99301058deb3e1 "
    "bfa796102d194ce9 3feb9ffe42cc4047 3fe6c9f686445e60 3fe255e0069f871f bfd2239a25461639 3fb3d649a926c127 "
    "3f9845fbc5a21f70 bfa73eac68e20be6 3febc001951aeaad 3fe6dc453c4e45a0 3fe243c1ff6573b0 bfd214aee38fa7e7 "
    "3fb3ee1e5ea1330f 3f975f242bcce6df bfa6e7be6f3902c5 3febdffe6616fe11 3fe6ee7e27106fe0 3fe231b697b587f0 "
    "bfd205b5240fef32 3fb4050944eb818c 3f967bde108160f9 bfa6914b271d18ad 3febffff54511c72 3fe700a7643bbb40 "
    "3fe21fb7e1823c8b bfd1f6a89a854f7a 3fb41b1571f04837 3f959bd8bbd10f7c bfa63b5741f03711 3fec2000c537593e "
    "3fe712bef36d6400 3fe20dc7f754b2d5 bfd1e78b9d24dbed 3fb4304394f485e0 3f94bf29122a6884 bfa5e5e73d2aa4e9 "
    "3fec4000ddd35719 3fe724c3d7fa3000 3fe1fbe7f2a8b1bf bfd1d85fb25dddf6 3fb44495d2e3b20f 3f93e5d67fcc1b30 "
    "bfa590ff62d0d00f 3fec6000402375b6 3fe736b67dff3720 3fe1ea1786c92387 bfd1c92531ddfc58 3fb4580ff8b6cbc2 "
    "3f930fd700ce998e bfa53ca3cb299e5f 3fec7fff19904fe4 3fe748970f395860 3fe1d856a825ba33 bfd1b9dca75e0fc5 "
    "3fb46ab579f8fd7d 3f923d23a5a90afe bfa4e8d85d2f574b 3fec9ffef9e2409d 3fe75a6679e7f1c0 3fe1c6a48740d2e9 "
    "bfd1aa85f198392c 3fb47c8a808c583a 3f916dac857f2526 bfa495a0d0477576 3fecc001e038ef72 3fe76c25e6815140 "
    "3fe1b50019bdadf8 bfd19b20b4a469ae 3fb48d9342387ea2 3f90a15f7305baf5 bfa44300acae4e17 3fecdffeeb72037f "
    "3fe77dd07a7a4aa0 3fe1a36e4f1f6702 bfd18bb1d0992cf8 3fb49dce5aa4990d 3f8fb0dd63759665 bfa3f0fb4d2f0c0f "
    "3fecffffea4839ed 3fe78f6bb17088c0 3fe191e9cf32122f bfd17c35220400ac 3fb4ad440a159641 3f8e252c80894ca9 "
    "bfa39f93df89c265 3fed1ffdec3ec8b2 3fe7a0f3c8c6c880 3fe18076729f01d6 bfd16cae98515540 3fb4bbf41b0933ff "
    "3f8c9ff5e09a60cd bfa34ecd662a5704 3fed3fff7084edd4 3fe7b26c5f02f220 3fe16f10b9973206 bfd15d1b9e1e0a54 "
    "3fb4c9e4ac2c9a30 3f8b20ddefce76cc bfa2feaab888bc37 3fed5ffe8d728e7c 3fe7c3d2488d7e80 3fe15dbbe622a5a7 "
    "bfd14d7fa305ceb2 3fb4d716417bf1c7 3f89a81ee19fe239 bfa2af2e84ddad07 3fed7fff70aa3b03 3fe7d527db239580 "
    "3fe14c75be4fea01 bfd13dd92ad706aa 3fb4e38db49d32aa 3f88357a37df2b6d bfa2605b507cd77b 3fed9fff1434fba3 "
    "3fe7e66b82c8a720 3fe13b3fed9b7fed bfd12e2a3ac9d646 3fb4ef4ce7b01cf5 3f86c905d25fd52d bfa21233798666ef "
    "3fedbffea8c8de8c 3fe7f79df4a0a520 3fe12a19d7fc2119 bfd11e72c6be19df 3fb4fa57634e1b91 3f8562a647f96df5 "
    "bfa1c4b9373af599 3fede00026573df5 3fe808c04dbcb960 3fe119027903e4b9 bfd10eb25cdfed06 3fb504b0cca681fa "
    "3f8402386f3cde09 bfa177ee9ba8fa6a 3fedfffe35009b66 3fe819cfc2cb5340 3fe107fcb1c942b5 bfd0feec230d7d92 "
    "3fb50e5a75c5b4f1 3f82a7e8e3c139d8 bfa12bd593fa642b 3fee2000492d4c68 3fe82ad05ccb8680 3fe0f704928e55df "
    "bfd0ef1cee0b0721 3fb51759937bfb74 3f8153592bc9fddb bfa0e06fea1d1824 3fee40009412bb65 3fe83bbf14001a60 "
    "3fe0e61d37f485da bfd0df481b2bd37d 3fb51faf64024d14 3f8004b99b849698 bfa095bf450a2434 3fee5fff4758ef2f "
    "3fe84c9c1531c180 3fe0d5468b7fece7 bfd0cf6e105bfe1e 3fb5275ef9c5e03a 3f7d77f217aa1137 bfa04bc52a6891e1 "
    "3fee8000380f819f 3fe85d6974ccc060 3fe0c47e8f1da5b5 bfd0bf8d62ad700f 3fb52e6c1f3fbc2b 3f7af1c3ee24ad7d "
    "bfa00282fece26c9 3feea000a6d8cb7b 3fe86e25d00e3a60 3fe0b3c6ba314d62 bfd0afa7e7cb2d84 3fb534d908e9071f "
    "3f7877044ce5e5c9 bf9f73f40eb7c9d5 3feec0005a13ba60 3fe87ed119b163e0 3fe0a31f2ebb7ad7 bfd09fbe33a3fce1 "
    "3fb53aa889d9af5d 3f760799f7f7040b bf9ee456d3f0b3fb 3feedfff58f8dd18 3fe88f6b6681ca80 3fe09287ec4360b3 "
    "bfd08fd0b7ce07e5 3fb53fdd7bdedd3f 3f73a36670c52e66 bf9e56305dca7315 3feeffffbe033400 3fe89ff5dd4d7960 "
    "3fe081ffdffe15bd bfd07fdedae56c0f 3fb5447af84d6f5d 3f714a247982941e bf9dc98281e68835 3fef2001e6b5125d "
    "3fe8b070bbe88160 3fe07186df7122e2 bfd06fe8de905325 3fb54883b5deec7a 3f6df762b4a186d5 bf9d3e4ede20f495 "
    "3fef3ffdf770e0db 3fe8c0d809e96380 3fe06120f5a576a9 bfd05ff31d2912ff 3fb54bf98cd1001f 3f6970fc6e90dc16 "
    "bf9cb496d8eb587e 3fef5ffe4e16da33 3fe8d13129bccdc0 3fe050c8d33ba4e9 bfd04ff8d74c83d2 3fb54ee0592bb252 "
    "3f64ff617193eeb5 bf9c2c5ba459ac86 3fef80004576ff2e 3fe8e17acce443a0 3fe0407fd8a97b6c bfd03ffbc91b3e55 "
    "3fb5513a5f3357f7 3f60a2ba14c92b53 bf9ba59e3e70df71 3fef9fff39b6a330 3fe8f1b2a7f515a0 3fe0304863064158 "
    "bfd02ffeacbaada8 3fb55309f27448c0 3f58b6d64850006b bf9b205f742323df 3fefc001aa76c0b9 3fe901dc15d66d80 "
    "3fe0201f28d9b4aa bfd01ffea98d4c38 3fb55452089780f8 3f5050b57f35c5bb bf9a9c9fe19247af 3fefdffe39a592ca "
    "3fe911f26d88a780 3fe01008e40c6538 bfd01000d31688de 3fb55514e32f1816 3f402a154e1628d2 bf9a1a5ff4faf5a0 "
    "3feff8018e92d1b0 3fe91dfb9bb4bf00 3fe003ffb884c5a9 bfd003ff3876a954 3fb555515539ddfb 3f2007e77b95e6c2 "
    "bf99b9a718a3ba58"))


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
        z = u - _tf(c, i)
        yy = _fma(z, _fma(z, _fma(z, _fma(z, _tf(c, i + 6), _tf(c, i + 5)), _tf(c, i + 4)), _tf(c, i + 3)), _tf(c, i + 2))
        return copysign(_fma(yy, z, _tf(c, i + 1)), x)
    if u < 16.0:
        w = 1.0 / u
        t1 = u * w
        t2 = _fma(u, w, -t1)
        i = _atan_row(w)
        z = _fma((1.0 - t1) - t2, w, w - _tf(c, i))
        yy = _fma(z, _fma(z, _fma(z, _fma(z, _tf(c, i + 6), _tf(c, i + 5)), _tf(c, i + 4)), _tf(c, i + 3)), _tf(c, i + 2))
        return copysign((_HP0 - _tf(c, i + 1)) + _fma(-yy, z, _HPI1), x)
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
    return (i, (u - _tf(_ATAN_CIJ, i)) + du)


def _atan2_poly(c: Buffer, i: int, v: float) -> float:
    return _fma(v, _fma(v, _fma(v, _fma(v, _tf(c, i + 6), _tf(c, i + 5)), _tf(c, i + 4)), _tf(c, i + 3)), _tf(c, i + 2))


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
            t3 = u - _tf(c, i)
            v = t3 + du
            dv = (t3 - v) + du if fabs(t3) > fabs(du) else (du - v) + t3
            q = _fma(v, _fma(v, _fma(v, _tf(c, i + 6), _tf(c, i + 5)), _tf(c, i + 4)), _tf(c, i + 3))
            return copysign(_fma(v, _tf(c, i + 2), _fma(dv, _tf(c, i + 2), v * v * q)) + _tf(c, i + 1), y)
        if u < 0.0625:   # pi/2 - atan(ax/ay)
            v = u * u
            zz = u * v * _atan_odd(v)
            t2 = _HP0 - u
            cor = (_HP0 - t2) - u if _HP0 > fabs(u) else _HP0 - (u + t2)
            return copysign((((cor + _HPI1) - du) - zz) + t2, y)
        i, v = _atan2_cij(u, du)
        return copysign((_HP0 - _tf(c, i + 1)) + _fma(-v, _atan2_poly(c, i, v), _HPI1), y)
    if ax < ay:   # pi/2 + atan(ax/ay)
        if u < 0.0625:
            v = u * u
            zz = v * u * _atan_odd(v)
            t2 = u + _HP0
            cor = (_HP0 - t2) + u if _HP0 > fabs(u) else (u - t2) + _HP0
            return copysign((((cor + _HPI1) + du) + zz) + t2, y)
        i, v = _atan2_cij(u, du)
        return copysign((_HP0 + _tf(c, i + 1)) + _fma(v, _atan2_poly(c, i, v), _HPI1), y)
    if u < 0.0625:   # pi - atan(ay/ax)
        v = u * u
        zz = v * u * _atan_odd(v)
        t2 = pi - u
        cor = (pi - t2) - u if pi > fabs(u) else pi - (t2 + u)
        return copysign((((cor + _OPI1) - du) - zz) + t2, y)
    i, v = _atan2_cij(u, du)
    return copysign((pi - _tf(c, i + 1)) + _fma(-v, _atan2_poly(c, i, v), _OPI1), y)


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
_ASNCS = Buffer(bytes.fromhex(
    "3fc0400000000000 3ff0216988994424 3fb0a6a2b799b115 3fc6ef15d57409a0 3faa141eaf52eaa0 3fb75591abbbe261 "
    "3fa72b51d206d88f 3c96b5955bb33e7d 3fc04b41a03e2700 3ff0400000000000 bf7e967766bbdc7c 3fc0c00000000000 "
    "3ff02386f9e23a56 3fb1308c60fd0235 3fc7099f14d16b02 3faafed627c01ee1 3fb79c6fdbcd5f98 3fa8144a4084daac "
    "bc87c09238d8505e 3fc0cc5556c9f380 3ff0400000000000 bf7c79061dc5aa24 3fc1400000000000 3ff025b5b27141f6 "
    "3fb1bb1804ce7400 3fc7251472907342 3fabec600bf4222c 3fb7e61075b3736c 3fa9024c5199c343 bc8ae84c06b56f60 "
    "3fc14d7a3defa070 3ff0400000000000 bf7a4a4d8ebe0a5c 3fc1c00000000000 3ff027f5c6de8f57 3fb2464b345751e1 "
    "3fc74178cf026805 3facdcd840a9e0d6 3fb83282eb1d9c38 3fa9f590d7be707b bcab976803a2a6d6 3fc1ceb0e03b4870 "
    "3ff0400000000000 bf780a392170a943 3fc2400000000000 3ff02a474c759796 3fb2d22b92771935 3fc75ecf26aba06d "
    "3fadd05b486a1932 3fb881d75af971d5 3faaee52831aee0c 3ca13f57ad1b1bef 3fc24ff9c8e09330 3ff0400000000000 "
    "bf75b8b38a68699b 3fc2c00000000000 3ff02caa59374e09 3fb35ebed44e8bea 3fc77d1a92e4be8a 3faec7064a6c34fd "
    "3fb8d41e972f6e07 3fabeccdf9845f69 3c8ba1fa945c4185 3fc2d15583c058b0 3ff0400000000000 bf7355a6c8b1f774 "
    "3fc3400000000000 3ff02f1f03dc7745 3fb3ec0ac1ee9f61 3fc79c5e4a82e6d2 3fafc0f719b1ef72 3fb9296a2aa943e5 "
    "3facf141ef8b9de7 bc834081083c8716 3fc352c49d6e5610 3ff0400000000000 bf70e0fc2388bb30 3fc3c00000000000 "
    "3ff031a563d81251 3fb47a15370b721f 3fc7bc9da28731e5 3fb05f261e305be9 3fb981cc5fa50fbd 3fadfbef42ac4083 "
    "3ca20acba8e107c7 3fc3d447a336f5e0 3ff0400000000000 bf6cb5384fdb5d5c 3fc4400000000000 3ff0343d9159d86f "
    "3fb508e423b3747c 3fc7dddc0ed597cb 3fb0df9279adf104 3fb9dd584658d945 3faf0d1914aca06b bca4e10ddf636efe "
    "3fc455df23252c00 3ff0400000000000 bf6784dd4c4f221a 3fc4c00000000000 3ff036e7a550d410 3fb5987d8d0af1e7 "
    "3fc8001d22f39726 3fb161d0a1116d73 3fba3c21bbea1528 3fb0128274202ff6 3caa0611d10866e2 3fc4d78bac086560 "
    "3ff0400000000000 bf6230b55e57df8a 3fc5400000000000 3ff039a3b96e0f8a 3fb628e78e0c29f6 3fc8236492cede01 "
    "3fb1e5f0fb7b5d84 3fba9e3d71bd08ee 3fb0a1fd5f7ffab4 bc90f980ef04f6e7 3fc5594dcd7a8dc0 3ff0400000000000 "
    "bf59711a47c1d879 3fc5c00000000000 3ff03c71e8275c12 3fb6ba28584c2a23 3fc847b6338c3d4b 3fb26c0459a55dd8 "
    "3fbb03c0f5202d6a 3fb135229c6466a4 3c983c9a2a268973 3fc5db2617e62a20 3ff0400000000000 bf4c70bec51f7008 "
    "3fc6400000000000 3ff03f524cba31a9 3fb74c4634c49ade 3fc86d15fc5f33cc 3fb2f41bfa419d7c 3fbb6cc2b757e82a "
    "3fb1cc18da4d5c39 bca862d42dfb224d 3fc65d151c8c8af0 3ff0400000000000 bf25b668b9cadbbf 3fc6c00000000000 "
    "3ff04245032ea88f 3fb7df4784a2b473 3fc89388076a60f5 3fb37e498e8394c1 3fbbd95a160f3472 3fb2670839844810 "
    "3c994228698bc8ea 3fc6df1b6d8c14a0 3ff0400000000000 3f422819754477ac 3fc7400000000000 3ff0454a285a8ceb "
    "3fb87332c21b9224 3fc8bb1092a93402 3fb40a9f3ed3f586 3fbc499f643217c8 3fb3061a5d29a16b bca3b2df3df9f2d7 "
    "3fc761399de6a160 3ff0400000000000 3f5528a16a33ab4b 3fc7c00000000000 3ff04861d9e48d58 3fb9080e81461bf6 "
    "3fc8e3b400e32ffa 3fb4992fafb1f2a5 3fbcbdabf33705d5 3fb3a97a7e23ee89 3c7aad12cce44c41 3fc7e3704187fae0 "
    "3ff0400000000000 3f60c3b3c91aaf11 3fc8400000000000 3ff04b8c36478509 3fb99de170fac1b4 3fc90d76daa92166 "
    "3fb52a0e06c416a6 3fbd359a1cdca344 3fb451557efd4ca0 3c396ca535a8895d 3fc865bfed4c6ef0 3ff0400000000000 "
    "3f67186c8f0a11a4 3fc8c00000000000 3ff04ec95cd5e248 3fba34b25bb94403 3fc9385dcf5ca73a 3fb5bd4df01afdbe "
    "3fbdb1854d61a7a9 3fb4fdda00bd47cf bc9d1119727e8b64 3fc8e82937077e20 3ff0400000000000 3f6d92b9abc490cb "
    "3fc9400000000000 3ff052196dbd2a10 3fbacc882894caa1 3fc9646db6427516 3fb65303a3a864d7 3fbe318a0e3cf3d4 "
    "3fb5af3878cda678 3ca3841dda9d51df 3fc96aacb58aa660 3ff0400000000000 3f72196dbd2a1052 3fc9c00000000000 "
    "3ff0557c8a099990 3fbb6569dc268965 3fc991ab8f9fba21 3fb6eb43eaed1e85 3fbeb5c6115c4c63 3fb665a347f9aefa "
    "bca1f8fd03ab3673 3fc9ed4b00ac4a60 3ff0400000000000 3f757c8a0999905b 3fca400000000000 3ff058f2d3a9e674 "
    "3fbbff5e99873832 3fc9c01c85e31ce9 3fb7862426e09ff2 3fbf3e583cf0885c 3fb7214ed2986239 3c97e3e53e594694 "
    "3fca7004b14eb5d0 3ff0400000000000 3f78f2d3a9e6746b 3fcac00000000000 3ff05c7c6d731ecb 3fbc9a6da34fa4b3 "
    "3fc9efc5eed9c253 3fb823ba5614faeb 3fbfcb60b7ce698f 3fb7e27199f3292f bc9842c6068d709c 3fcaf2da61674110 "
    "3ff0400000000000 3f7c7c6d731ecae2 3fcb400000000000 3ff060197b24a973 3fbd369e5ca0a798 3fca20ad4cf0db64 "
    "3fb8c41d1b1a3f31 3fc02e807b35e049 3fb8a94456fb8a97 bcacbf9cd337b37c 3fcb75ccac059370 3ff0800000000000 "
    "bf7fe684db568d78 3fcbc00000000000 3ff063ca216c6801 3fbdd3f84a32c9fd 3fca52d850843bc9 3fb96763c324648a "
    "3fc079ade4407899 3fb976021663a5dc bca3adc3c637289d 3fcbf8dc2d5b06a0 3ff0800000000000 bf7c35de9397fea6 "
    "3fcc400000000000 3ff0678e85eafb1f 3fbe7283136deac6 3fca864cd93a817d 3fba0da64cf7089b 3fc0c74ab3abb322 "
    "3fba48e8562e6e1e bc951e3e7eb8fff8 3fcc7c0982c22b80 3ff0800000000000 bf78717a1504e0d3 3fccc00000000000 "
    "3ff06b66cf382a59 3fbf1246838936fb 3fcabb10f76f5c94 3fbab6fd701a77ae 3fc11769c26702c6 3fbb223724cdf38e "
    "bc8db69ae28307a9 3fccff554ac67190 3ff0800000000000 bf749930c7d5a6b9 3fcd400000000000 3ff06f5324e7707f "
    "3fbfb34a8ab3cbb2 3fcaf12aedac8d74 3fbb6382a45da614 3fc16a1ead8e9f44 3fbc023141e7749d 3c76ca2722dc16a2 "
    "3fcd82c0252bf240 3ff0800000000000 bf70acdb188f814b 3fcdc00000000000 3ff07353af8cada0 3fc02acb9fa32dc9 "
    "3fcb28a132323718 3fbc135029a8f15e 3fc1bf7ddeb270e1 3fbce91c40d67463 3ca6e976104baa08 3fce064ab2f76140 "
    "3ff0800000000000 bf6958a0e6a4bfc9 3fce400000000000 3ff0776898c0ffd9 3fc07c9a6f7f1af0 3fcb617a708f2afb "
    "3fbcc6811025b50c 3fc2179c9487453a 3fbdd740ad09b3ab bc8d32db189038c0 3fce89f596762300 3ff0800000000000 "
    "bf612ece7e004d50 3fcec00000000000 3ff07b920b27c417 3fc0cf15e821087a 3fcb9bbd8b49dc8c 3fbd7d3140bef5c2 "
    "3fc27290ec080575 3fbeccea3056a6a9 3c9de5060c9b27a2 3fcf0dc173468a50 3ff0800000000000 bf51b7d360efa34d "
    "3fcf400000000000 3ff07fd03273c018 3fc1224251b87f08 3fcbd7719d9ab2bc 3fbe377d85ffa125 3fc2d071ea0cfe55 "
    "3fbfca67bb61ddd3 bca2538388a645e7 3fcf91aeee603f40 3ff0800000000000 bf07e6c61ff422b6 3fcfc00000000000 "
    "3ff084233b6c76f2 3fc176240a1df897 3fcc149dfd38779d 3fbef58395531ecd 3fc33157855fa966 3fc06805d81e6baa "
    "3c86827e1b47faec 3fd00adf570e6798 3ff0800000000000 3f508cedb1dbc656 3fd0200000000000 3ff0888b53f3a97b "
    "3fc1cabf858525d6 3fcc534a3c37af90 3fbfb76218ad312a 3fc3955ab151caad 3fc0ef1607ade82d 3caeef44fcde8746 "
    "3fd04cf8ad203480 3ff0800000000000 3f6116a7e752f5a1 3fd0600000000000 3ff08d08ab0b03f8 3fc220194f34eee8 "
    "3fcc937e2afdabde 3fc03e9c5c4f35ba 3fc3fc9568df21a6 3fc17a9153843c52 bc9d6f54c2bb835a 3fd08f23ce0162b8 "
    "3ff0800000000000 3f6a11561607ef23 3fd0a00000000000 3ff0919b70d9fa87 3fc276360a456c09 3fccd541da483778 "
    "3fc0a394136d6630 3fc46722ba615e9c 3fc20aa6a2bc6f73 3ca9d0067f1d9d86 3fd0d1610f0c1ec8 3ff0800000000000 "
    "3f719b70d9fa8688 3fd0e00000000000 3ff09643d6b3d5d1 3fc2cd1a72641546 3fcd189d9d4ac7ec 3fc10aa9149c2e66 "
    "3fc4d51ed3de8741 3fc29f86f6da4768 3caea900828c2a81 3fd113b0c65d88c8 3ff0800000000000 3f7643d6b3d5d119 "
    "3fd1200000000000 3ff09b020f1df195 3fc324cb5c9e6b3f 3fcd5d9a0be228b7 3fc173ecd29602b0 3fc546a70ffa7799 "
    "3fc3396587ba569f bcae32589956f2c3 3fd156134ada6ff0 3ff0800000000000 3f7b020f1df1952f 3fd1600000000000 "
    "3ff09fd64dd62eb0 3fc37d4db8335de5 3fcda44004dfa3f1 3fc1df7155e59412 3fc5bbda0394b72e 3fc3d877e1177398 "
    "3ca8ac883b5720a7 3fd19888f43427a8 3ff0800000000000 3f7fd64dd62eaf85 3fd1a00000000000 3ff0a4c0c7d99a5f "
    "3fc3d6a68f6bb942 3fcdec98b06cb8a9 3fc24d49432c74b1 3fc634d78c1c6ec6 3fc47cf601bf2560 3ca3ede7476e25c7 "
    "3fd1db121aed7720 3ff0c00000000000 bf7b3f382665a126 3fd1e00000000000 3ff0a9c1b36b4c8b 3fc430db0879e39b "
    "3fce36ad82887d8b 3fc2bd87e1b33c79 3fc6b1c0dea4e95e 3fc5271a7c90504a 3caafad98a6ebd08 3fd21daf185fa360 "
    "3ff0c00000000000 bf763e4c94b3751c 3fd2200000000000 3ff0aed9481b7eed 3fc48bf066613bb3 3fce82883d9fdd8f "
    "3fc3304122470bf2 3fc732b897c5b476 3fc5d7229b614f73 3ca96b82759745c8 3fd2606046bf95b8 3ff0c00000000000 "
    "bf7126b7e48112dc 3fd2600000000000 3ff0b407becedf0e 3fc4e7ec09e5699a 3fced032f541ec2d 3fc3a589a6688484 "
    "3fc7b7e2cc5228bd 3fc68d4e83ecad1f 3ca985867cb79363 3fd2a32601231ec8 3ff0c00000000000 bf67f0826241e449 "
    "3fd2a00000000000 3ff0b94d51c61d1c 3fc544d37281f837 3fcf1fb810f19f89 3fc41d76c7d08a44 3fc841651af4e5e6 "
    "3fc749e15ee5d838 3c8a2a36a1f9a890 3fd2e600a3865760 3ff0c00000000000 bf5acab8e78b8e2f 3fd2e00000000000 "
    "3ff0beaa3ca5b9c1 3fc5a2ac3f6a91d3 3fcf71224f1650db 3fc4981ea04f63e7 3fc8cf66bebc9b64 3fc80d2181598bf7 "
    "bc9841438e0fd320 3fd328f08ad12008 3ff0c00000000000 bf355c35a463f3fd 3fd3200000000000 3ff0c41ebc7e151a "
    "3fc6017c30943e19 3fcfc47cc80c760d 3fc51598120b129d 3fc96210a2a855b5 3fc8d7589880230d bca4d129bf178596 "
    "3fd36bf614dcc050 3ff0c00000000000 3f507af1f854661e 3fd3600000000000 3ff0c9ab0fd3c135 3fc6614927c80482 "
    "3fd00ce978ac0ddd 3fc595fad02204b1 3fc9f98d7642750d 3fc9a8d3d82ac48a 3c977587289b3951 3fd3af11a079a6d8 "
    "3ff0c00000000000 3f63561fa7826a0d 3fd3a00000000000 3ff0cf4f76a81a69 3fc6c21929bf5acd 3fd03898507d5dd4 "
    "3fc6195f67b79439 3fca9609c35a709f 3fca81e42bf7455c 3ca03304f424551e 3fd3f2438d754b40 3ff0c00000000000 "
    "3f6e9eed5034d2a8 3fd3e00000000000 3ff0d50c3282280d 3fc723f25f4acc23 3fd0655108771131 3fc69fdf4970163e "
    "3fcb37b404ee9a0a 3fcb62de6b79bc18 3caecf2502a2f456 3fd4358c3ca032e0 3ff0c00000000000 3f750c3282280d28 "
    "3fd4200000000000 3ff0dae18677c82d 3fc786db16834abe 3fd09319f1631731 3fc72994d36297af 3fcbdebcbf583888 "
    "3fcc4c1b918e2ae6 3ca92f70f34a155c 3fd478ec0fd419c8 3ff0c00000000000 3f7ae18677c82d53 3fd4600000000000 "
    "3ff0e0cfb73728f8 3fc7ead9c406a36a 3fd0c1f991bda616 3fc7b69b5b86c42b 3fcc8b5699cd8c9f 3fcd3df8f7084936 "
    "bc923b7454942387 3fd4bc6369fa40e8 3ff1000000000000 bf7f3048c8d707bb 3fd4a00000000000 3ff0e6d70b1092b8 "
    "3fc84ff5043f9011 3fd0f1f6a7afd6eb 3fc8470f3aa5d7b9 3fcd3db6794e9cfd 3fce38d890fb69fd 3c9cfa2dc2327dc5 "
    "3fd4fff2af11e2c0 3ff1000000000000 bf7928f4ef6d4848 3fd4e00000000000 3ff0ecf7ca008550 3fc8b6339cb9eca7 "
    "3fd123182b20ac3d 3fc8db0dd7d5e860 3fcdf6139d1315af 3fcf3d2132d8bc6f 3c9c6a3692e48eee 3fd5439a4436d008 "
    "3ff1000000000000 bf730835ff7aaf92 3fd5200000000000 3ff0f3323dba2c62 3fc91d9c7d83983c 3fd155654fdda02e "
    "3fc972b5b48747c7 3fceb4a7bc9105f9 3fd0259f6a535ecf 3c87eb36f6ea55c1 3fd5875a8fa83538 3ff1000000000000 "
    "bf699b848ba73c6a 3fd5600000000000 3ff0f986b1b22d42 3fc98636c29a92ed 3fd188e587dbe62d 3fca0e26792c37eb "
    "3fcf79af2735e8cd 3fd0b1d16eccd4c0 3c9502b5beae0510 3fd5cb33f8cf8ac0 3ff1000000000000 bf59e539374af74c "
    "3fd5a00000000000 3ff0fff57329d23a 3fc9f009b568f082 3fd1bda085939db2 3fcaad810283b18a 3fd022b472f69148 "
    "3fd1436239ad0b79 bcad796880828b86 3fd60f26e847b130 3ff1000000000000 bee519ac5b8bc081 3fd5e00000000000 "
    "3ff1067ed13a9687 3fca5b1cce4f3f61 3fd1f39e3e764545 3fcb50e76f90871b 3fd08c0b6f487f97 3fd1da9067265c20 "
    "3cae5b02995723ad 3fd65333c7e43aa0 3ff1000000000000 3f59fb44ea5a1d64 3fd6200000000000 3ff10d231ce216d9 "
    "3fcac777b63e0b53 3fd22ae6ed81d055 3fcbf87d3046c5ac 3fd0f8fefcb29fe4 3fd2779dc99a404e bca2af1ec3202ae8 "
    "3fd6975b02b8e378 3ff1000000000000 3f6a4639c42db2ab 3fd6600000000000 3ff113e2a90e6a24 3fcb3522485f2c6b "
    "3fd2638315f1d6cc 3fcca46714f9d555 3fd169b3245e397e 3fd31acf99479cf7 bc730d3f8992c228 3fd6db9d05213b28 "
    "3ff1000000000000 3f73e2a90e6a2469 3fd6a00000000000 3ff11abdcaaae6d5 3fcba42493cf9b23 3fd29d7b86106ad4 "
    "3fcd54cb5e96870b 3fd1de4d9975d46d 3fd3c46ea709f8a4 bc9cb630457b6f5c 3fd71ffa3cc87fc8 3ff1000000000000 "
    "3f7abdcaaae6d53d 3fd6e00000000000 3ff121b4d8ad589e 3fcc1486dd6a8c89 3fd2d8d95a283891 3fce09d1cfb4f5a1 "
    "3fd256f5cf594bb6 3fd474c792614c29 bc88fb31533051e9 3fd7647318b1ad28 3ff1400000000000 bf7e4b2752a761d6 "
    "3fd7200000000000 3ff128c82c23ab4a 3fcc8651a1a6a356 3fd315a5ff99abe3 3fcec3a3be8ee4c2 3fd2d3d511207d5d "
    "3fd52c2b02fe6df8 bca3f304fe4d8df3 3fd7a908093fc1f0 3ff1400000000000 bf7737d3dc54b622 3fd7600000000000 "
    "3ff12ff820420f33 3fccf98d96860d89 3fd353eb3814f292 3fcf826c27e81bf7 3fd355169a827352 3fd5eaede614c6df "
    "3c80aedb36c1700c 3fd7edb9803e3c28 3ff1400000000000 bf7007dfbdf0ccc6 3fd7a00000000000 3ff1374512719c3a "
    "3fcd6e43ad9a717f 3fd393b31cfacd12 3fd0232be17b8f05 3fd3dae7b23873bc 3fd6b169afb712e5 3c994c0c0bc74599 "
    "3fd83287f0e9cf80 3ff1400000000000 bf6175db1cc78ca5 3fd7e00000000000 3ff13eaf625f7844 3fcde47d161d9978 "
    "3fd3d50822e63dca 3fd087ca8b2ec7eb 3fd46577c5f619c8 3fd77ffca08a73de 3ca1dbde6e7b547f 3fd87773cff956f8 "
    "3ff1400000000000 bf3509da087bc752 3fd8200000000000 3ff14637720c869d 3fce5c433f1fd940 3fd417f51d614654 "
    "3fd0ef2a472052ed 3fd4f4f888116da6 3fd8570a102117b6 bcab6e89214a7328 3fd8bc7d93a70458 3ff1400000000000 "
    "3f58ddc8321a7479 3fd8600000000000 3ff14ddda5dda5c4 3fced59fd9cd3739 3fd45c8542c70412 3fd1596449c983a8 "
    "3fd5899e0ef7ed0b 3fd936fabc543499 3caff50d7b29f22e 3fd901a5b3b9cf50 3ff1400000000000 3f6bbb4bbb4b87e0 "
    "3fd8a00000000000 3ff155a264ac8172 3fcf509cdbca7047 3fd4a2c43055a16f 3fd1c692d25160c7 3fd6239ef68f9906 "
    "3fda203d1dfc2ee2 3cad2019671ef39f 3fd946eca98f2718 3ff1400000000000 3f75a264ac8171a9 3fd8e00000000000 "
    "3ff15d8617d8ff02 3fcfcd4481aafd5e 3fd4eabdee72b776 3fd236d1377f943f 3fd6c33483a56db7 3fdb1345c36d6c50 "
    "bc7841e5761537bb 3fd98c52f024e808 3ff1400000000000 3f7d8617d8ff01de 3fd9200000000000 3ff165892b5b4a9a "
    "3fd025d0a8c0a8c6 3fd5347ef524e4b6 3fd2aa3bf565edbd 3fd7689ac98d2842 3fdc108fb128b4dd bc8a5eeb4452a669 "
    "3fd9d1d904239878 3ff1800000000000 bf7a76d4a4b56661 3fd9600000000000 3ff16dac0dd68bc8 3fd065df0ec54c3a "
    "3fd5801430c58a12 3fd320f0bbcbccef 3fd81410d218f380 3fdd189cc9371d29 3c58c3c11d6e6ec7 3fda177f63e8ef18 "
    "3ff1800000000000 bf7253f229743866 3fd9a00000000000 3ff175ef30ac48a8 3fd0a6d3037ba7c0 3fd5cd8b06edcd18 "
    "3fd39b0e7d679188 3fd8c5d8c8128143 3fde2bf639b3613a bc874080c70c9c76 3fda5d468f92a560 3ff1800000000000 "
    "bf64219ea76eb06e 3fd9e00000000000 3ff17e5308107eef 3fd0e8b240691386 3fd61cf15ba2319a 3fd418b57ff30656 "
    "3fd97e3824624146 3fdf4b2cf30d6589 bc8d4ad974dd0c9b 3fdaa32f090998f8 3ff1800000000000 bf3acf7ef81116bc "
    "3fda200000000000 3ff186d80b1e7a9d 3fd12b82a98356f0 3fd66e5596c051d8 3fd49a076d28a49d 3fda3d77de14d616 "
    "3fe03b6d13502f53 3ca517004ad59707 3fdae939540d3f08 3ff1800000000000 3f5b602c79ea752f 3fda600000000000 "
    "3ff18f7eb3ee7285 3fd16f4a4ec4af40 3fd6c1c6a9b275fd 3fd51f2764b886b9 3fdb03e49d72a144 3fe0d7cfe7207dd5 "
    "bcaace1e8e77d1b2 3fdb2f65f63f6c78 3ff1800000000000 3f6efd67dce509f5 3fdaa00000000000 3ff198477fabf325 "
    "3fd1b40f6dd15edb 3fd71754156d090d 3fd5a83a0f44ee42 3fdbd1cef26149cc 3fe17b149ebb7d53 3ca18867054c177a "
    "3fdb75b5773075f8 3ff1800000000000 3f78477fabf3257b 3fdae00000000000 3ff1a132eead20e6 3fd1f9d873afa8f4 "
    "3fd76f0df0ba2b44 3fd63565b2776412 3fdca78b8e4b8181 3fe22595de92725a bcabda45225ee470 3fdbbc28606babe0 "
    "3ff1c00000000000 bf7ecd1152df1a7e 3fdb200000000000 3ff1aa41848adb16 3fd240abfe932abb 3fd7c904eed7e85d "
    "3fd6c6d24640b1b3 3fdd857381d01020 3fe2d7b39938b939 3ca12ecb36d76e02 3fdc02bf3d843430 3ff1c00000000000 "
    "bf75be7b7524ea70 3fdb600000000000 3ff1b373c839c9ac 3fd28890dfbc912d 3fd8254a666de3ca 3fd75ca98b57457c "
    "3fde6be47e7e55fe 3fe391d368ec3777 bc9f7efe4d8a80a5 3fdc497a9c2247a0 3ff1c00000000000 bf69186f8c6ca8a7 "
    "3fdba00000000000 3ff1bcca44246029 3fd2d18e1d6eb966 3fd883f058df9e20 3fd7f7172308ff84 3fdf5b411cec1692 "
    "3fe45460efae7f7e bcaca88ac247c281 3fdc905b0c10d428 3ff1c00000000000 bf49addedcfeb6f6 3fdbe00000000000 "
    "3ff1c6458645e0a6 3fd31baaf4fa598c 3fd8e5097a00cdbd 3fd89648a876efa4 3fe029f893bb3ba0 3fe51fce3e769492 "
    "bc63bd0adac78ba6 3fdcd7611f4b8a08 3ff1c00000000000 3f591619178298db 3fdc200000000000 3ff1cfe620466a93 "
    "3fd366eedce16113 3fd948a93831a262 3fd93a6dcb5336b7 3fe0ab30f50362a5 3fe5f494440f45e4 bca1b23f79a811b8 "
    "3fdd1e8d6a0d56c8 3ff1c00000000000 3f6fcc408cd52690 3fdc600000000000 3ff1d9aca798215a 3fd3b36187135170 "
    "3fd9aee3c4e92f90 3fd9e3b86c3b0a06 3fe13183439d6983 3fe6d333444347ee 3c9e6687141d7ade 3fdd65e082df5278 "
    "3ff1c00000000000 3f79aca798215a4d 3fdca00000000000 3ff1e399b59577b1 3fd4010ae343e389 3fda17ce1db4a57b "
    "3fda925cbac8ca27 3fe1bd2c29ac5009 3fe7bc335806abbe 3c89743ad953cbea 3fddad5b02a82420 3ff2000000000000 "
    "bf7c664a6a884eaf 3fdce00000000000 3ff1edade7a0ad1e 3fd44ff3215d62d8 3fda837e15b2742e 3fdb4691557c3a62 "
    "3fe24e6b9abecca0 3fe8b024f75d3619 bc60a42b953c1f21 3fddf4fd84bbe168 3ff2000000000000 bf7252185f52e269 "
    "3fdd200000000000 3ff1f7e9df448be1 3fd4a022b4103d45 3fdaf20a5f90f152 3fdc008f6b992e26 3fe2e58507c18f30 "
    "3fe9afa18dce89c2 bc8b90a5e5b4e0dd 3fde3cc8a6ec6ef0 3ff2000000000000 bf602c4176e83dee 3fdd600000000000 "
    "3ff2024e42567651 3fd4f1a253815e48 3fdb638a98189f26 3fdcc092e11f7bb9 3fe382bf968e1c3c 3feabb4c1a4c4551 "
    "bcac384dc65ee1e9 3fde84bd099a6620 3ff2000000000000 3f427212b3b2877e 3fdda00000000000 3ff20cdbbb19d366 "
    "3fd5447b00190520 3fdbd817514ac3d7 3fdd86da7501b24e 3fe426665d5dcc91 3febd3d1db834bba bca6289264307fe4 "
    "3fdeccdb4fc685e0 3ff2000000000000 3f69b77633a6cd00 3fdde00000000000 3ff21792f864eb38 3fd598b60573e0ca "
    "3fdc4fca1e1d9c05 3fde53a7e9c2fb44 3fe4d0c8a26e99af 3fecf9eb09a8a359 bcadf861d9afa9e0 3fdf15241f23b3f8 "
    "3ff2000000000000 3f7792f864eb3836 3fde200000000000 3ff22274adc744f8 3fd5ee5cfd785957 3fdccabd9ee01b3a "
    "3fdf274030a7b7b5 3fe5823a202e0d0d 3fee2e5b9eebe829 bc93bb42e2ea9787 3fdf5d98202994b8 3ff2400000000000 "
    "bf7d8b5238bb0864 3fde600000000000 3ff22d8193b1990a 3fd64579d3920d0f 3fdd490d8e4fe1fe 3fe000f5cbd3ed59 "
    "3fe63b134e45f774 3fef71f42fd578ce 3ca8ad1cc0e1ac47 3fdfa637fe27bf60 3ff2400000000000 bf727e6c4e66f5a1 "
    "3fdea00000000000 3ff238ba679f6ae1 3fd69e16c815a8f5 3fddcad6cf6cd4c9 3fe071fafd2ade38 3fe6fbb1afee9630 "
    "3ff062c96a7acb82 3c7e358035d3555b 3fdfef0467599588 3ff2400000000000 bf5d166182547b6f 3fdee00000000000 "
    "3ff2441fec425f4b 3fd6f83e73cf67b4 3fde50377c1691ba 3fe0e6d77af8190e 3fe7c47827f29078 3ff1151213b5ffdc "
    "3c6cc7a15feba301 3fe01bff067d6224 3ff2400000000000 3f507fb1097d2bdc 3fdf200000000000 3ff24fb2e9af6533 "
    "3fd753fbcbbea804 3fded94ef480e731 3fe15fb5106d90c6 3fe895cf52dad430 3ff1d05228faae13 bca50976e849f35a "
    "3fe04092d1ae3b48 3ff2400000000000 3f6f65d35eca665d 3fdf600000000000 3ff25b742d8dc7fa 3fd7b15a25013475 "
    "3fdf663def8d6387 3fe1dcbfa2df4bff 3fe97025e7c2e4e5 3ff295101c2ae4ab 3ca4c8dcb02a3d13 3fe0653df0fd9fd8 "
    "3ff2400000000000 3f7b742d8dc7fa40 3fdfa00000000000 3ff267648b4843f2 3fd8106538f10257 3fdff7268c1920b1 "
    "3fe25e255148d4e4 3fea53f12061c3fe 3ff363db5b9300e5 bca47774624b8b97 3fe08a00c1cae338 3ff2800000000000 "
    "bf789b74b7bc0e50 3fdfe00000000000 3ff27384dc4036f2 3fd8712929775c8f 3fe0461631a78776 3fe2e41695ee0c65 "
    "3feb41ad28e05161 3ff43d4cff1df849 3ca5941cbabba919 3fe0aedba3221c1c 3ff2800000000000 bf68f6477f921c27 "
    "3fe0100000000000 3ff27fd600030888 3fd8d3b28598a1b5 3fe092ba4e0bc755 3fe36ec66a428eec 3fec39c044f514c9 "
    "3ff5220518c4ef3a 4000c1d1a852f235 3ca78082d00f64b8 3fe0d3cef5c846f8 3ff2800000000000 bf04fffe7bbc39df "
    "3fe0300000000000 3ff28c58dc81e6d7 3fd9380e4e3bf356 3fe0e192ffc646a7 3fe3fe6a6d34756d 3fed3cef139abc91 "
    "3ff612b8f80111c0 4001a33c3467c688 bc8a995434f59445 3fe0f8db1c47d550 3ff2800000000000 3f68b1b903cdae3f "
    "3fe0500000000000 3ff2990e5e4bf713 3fd99e49fb326e9e 3fe132b48779391a 3fe4933b0c2fe325 3fee4bb1aeaae1d0 "
    "3ff710201f4377bd 400292711c886605 bca33ab17130ce99 3fe11e007afdaf10 3ff2800000000000 3f790e5e4bf712c7 "
    "3fe0700000000000 3ff2a5f778cb1a3b 3fda06738081c5d1 3fe186340d5e6499 3fe52d73aedd6be6 3fef66a51cf1aaa0 "
    "3ff81b024834e5a9 40039066fce48906 bca34e4f6bfb4c85 3fe1433f7826aad4 3ff2c00000000000 bf7a088734e5c574 "
    "3fe0900000000000 3ff2b315268368db 3fda709953f655b7 3fe1dc27ad9032ec 3fe5cd52e5f88e23 3ff047380a68bdfc "
    "3ff934352f057820 40049e27dae8a2fc 3c86832cfaa44565 3fe168987bed8260 3ff2c00000000000 bf69d5b2f92e4a41 "
    "3fe0b00000000000 3ff2c06869558a9e 3fdadcca73011b64 3fe234a68511146a 3fe6731a9d6cbf3c 3ff0e1e1d575f00a "
    "3ffa5c9dadea17e7 4005bcd2d9123e7c bca23e4fcc2ae1e4 3fe18e0bf07948f0 3ff2c00000000000 3f1a1a5562a7614a "
    "3fe0d00000000000 3ff2cdf24ac410c6 3fdb4b1668e63d97 3fe28fc8bfa256b2 3fe71f1051fdf05a 3ff183ae0753c882 "
    "3ffb9530f1921090 4006ed9e14f942bc 3ca2787989c77fa3 3fe1b39a41fc691c 3ff2c00000000000 3f6be49588218cd6 "
    "3fe0f00000000000 3ff2dbb3dc3bfd25 3fdbbb8d55413207 3fe2eda7a6792bf1 3fe7d17d4ac4e230 3ff22d00aae6cb05 "
    "3ffcdef5c9028e71 400831d8b40c626c 3c953fef9873f484 3fe1d943dec430c0 3ff2c00000000000 3f7bb3dc3bfd24a1 "
    "3fe1100000000000 3ff2e9ae3760a19b 3fdc2e3ff2e3e2eb 3fe34e5dafe1cd38 3fe88aaed6ce0b26 3ff2de442c4b06c6 "
    "3ffe3b06138813d2 40098aed23fd5612 bc91ec19b7af0e54 3fe1ff093748f114 3ff3000000000000 bf7651c89f5e657e "
    "3fe1300000000000 3ff2f7e27e5b072b 3fdca33f9f169c4d 3fe3b2068fe1eb56 3fe94af68f30e1b7 3ff397e9cfcf9887 "
    "3fffaa904fb7f25f 400afa6394745d90 3c96955c2a139390 3fe224eabe3eba20 3ff3000000000000 bf603b0349f1aa85 "
    "3fe1500000000000 3ff30651dc2d0e76 3fdd1a9e613ef408 3fe418bf49ed083d 3fea12aa9dfd1e23 3ff45a6a32b75f76 "
    "4000976ca7673f47 400c81e4b046ac6a 3c879ff77d1beb80 3fe24ae8e8a6b8b0 3ff3000000000000 3f594770b439d90e "
    "3fe1700000000000 3ff314fd85087ecd 3fdd946ef2f45390 3fe482a643beda05 3feae2260a640dd7 3ff52645d6a3d695 "
    "4001649f08098fe0 400e233c9d2bade7 3c9e948c4e5f8348 3fe271042de13e58 3ff3000000000000 3f74fd85087ecd1a "
    "3fe1900000000000 3ff323e6b6aa3c67 3fde10c4c8894828 3fe4efdb59718389 3febb9c90a8d7622 3ff5fc05b8a62b12 "
    "40023d9ae4296831 400fe05e49c0b830 3ca19107c1189de8 3fe2973d07c07bcc 3ff3400000000000 bf7c194955c3993d "
    "3fe1b00000000000 3ff3330eb8b9e20b 3fde8fb41a11468b 3fe5607ff2e740e1 3fec99f95b91db14 3ff6dc3bf50c5faa "
    "4003232a0cfac1c7 4010ddb3894efd30 bca7760f3783d916 3fe2bd93f29bf5f0 3ff3400000000000 bf69e28e8c3bea7f "
    "3fe1d00000000000 3ff34276dd2dfe6d 3fdf1151eceb226b 3fe5d4b71aa123ce 3fed8322a01f65f8 3ff7c784791ce583 "
    "40041625c15a6b9c 4011db5164280feb 3ca1046328ca6dbb 3fe2e4096d64beac 3ff3400000000000 3f43b6e96ff364e1 "
    "3fe1f00000000000 3ff3522080b539c7 3fdf95b41dd91a82 3fe64ca5961ea9ca 3fee75b6c65b3b2f 3ff8be85c412e59f "
    "4005177802462a51 4012ea48109fc81b 3c959e4c9f70ca98 3fe30a9df9ba7b3c 3ff3400000000000 3f722080b539c6a2 "
    "3fe2100000000000 3ff3620d0b24acda 3fe00e78b5d803b6 3fe6c871ffe457fb 3fef722e759ef386 3ff9c1f1b8d0e874 "
    "4006281d080fb06e 40140bf2d1f69df7 bc8489eacbfaf37f 3fe331521c0141bc 3ff3800000000000 bf7df2f4db532667 "
    "3fe2300000000000 3ff3723defebb76d 3fe05390c153fc4c 3fe74844e34a2666 3ff03c84c260a400 3ffad28681e70f01 "
    "40074924dbc4a78e 401541cb8bbca2e0 3c9c75287bea8472 3fe358265b7858f8 3ff3800000000000 bf6b842028912510 "
    "3fe2500000000000 3ff382b4ae8da9c7 3fe09a2e842cabb9 3fe7cc48da356141 3ff0c567bcd4fdb8 3ffbf10f89b62c32 "
    "40087bb518adc4b9 40168d6dc516f6f1 bc933a6b2e37d6a3 3fe37f1b4251e5ac 3ff3800000000000 3f45a5746d4e3a7a "
    "3fe2700000000000 3ff39372d3219a4c 3fe0e25ed4394437 3fe854aaace4cc74 3ff154080981ee13 3ffd1e6688aa5332 "
    "4009c10ada3bd18f 4017f099ffe4ae21 bcaed56b7b588abe 3fe3a6315dcb911c 3ff3800000000000 3f7372d3219a4ba9 "
    "3fe2900000000000 3ff3a479f6d8c6bc 3fe12c2f11197a32 3fe8e19973f949d5 3ff1e8b1ee7a481d 3ffe5b74abbe8828 "
    "400b1a7cdb3d83bc 40196d396dc46100 3ca7798cacd8f69c 3fe3cd693e4835e8 3ff3c00000000000 bf7b860927394391 "
    "3fe2b00000000000 3ff3b5cbc08be738 3fe177ad2b5cb6b7 3fe97346bce90eb1 3ff283b668ec7f04 3fffa933d5b8ed04 "
    "400c897dcbcdff9a 401b05620e4abf55 3c881ff61ee42043 3fe3f4c3776aa08c 3ff3c00000000000 bf64687ee8319086 "
    "3fe2d00000000000 3ff3c769e54fe05e 3fe1c4e7ac1a81a0 3fea09e6b10fa326 3ff3256b840f679b 40008457fee9ef1a "
    "400e0f9ee4146343 401cbb5b433496a9 bca57a4c59f087c0 3fe41c40a03171a8 3ff3c00000000000 3f5da7953f81773d "
    "3fe2f00000000000 3ff3d956291249dc 3fe213edbd044ac9 3feaa5b03f917fa8 3ff3ce2cb7380a79 40013d84576afae8 "
    "400fae92baab74f3 401e91a2e9129e4a 3c9056710cec83f7 3fe443e153143194 3ff3c00000000000 3f7956291249dbc4 "
    "3fe3100000000000 3ff3eb925f3e4715 3fe264cf30f965d1 3feb46dd4a4f2fb2 3ff47e5b4bc2e94f 400200b954f8f9eb "
    "4010b41833305d9f 40204579826ef167 bc9737a0e06ebcae 3fe46ba62e21a53c 3ff4000000000000 bf746da0c1b8eb04 "
    "3fe3300000000000 3ff3fe206b6a38d5 3fe2b79c8d26c7a0 3febedaad62978f8 3ff5365ecb8cc6d1 4002ce9cd894af54 "
    "40119f3b79f7c63e 402155240c8e7b9e 3ca485d013dc9a80 3fe4938fd31f754c 3ff4000000000000 bf3df9495c72b1e7 "
    "3fe3500000000000 3ff41102420ed8e7 3fe30c6712bce2b2 3fec9a593ede345e 3ff5f6a578cab466 4003a7e13ead62ee "
    "401299c89cb9a228 402279741be749b0 3cafe28fc6a9831f 3fe4bb9ee7ab3a40 3ff4000000000000 3f7102420ed8e776 "
    "3fe3700000000000 3ff42439e9485b43 3fe36340c946e033 3fed4d2c6ecc5a7e 3ff6bfa4d027255a 40048d4672504be1 "
    "4013a4ed09445bd5 4023b435749e19f9 bc40e7e5eaaaf53e 3fe4e3d4155d0070 3ff4400000000000 bf7bc616b7a4bd36 "
    "3fe3900000000000 3ff437c979a23c23 3fe3bc3c89af6a9d 3fee066c1af553ba 3ff791da1622569a 40057f9b1b18ae2b "
    "4014c1f088bff240 40250761019a4522 3ca4c238fdfccb13 3fe50c3009eb58f8 3ff4400000000000 bf606d0cbb87b9e1 "
    "3fe3b00000000000 3ff44bb31eee6f35 3fe4176e0a004d1d 3feec6640399fa54 3ff86dcaf0cfd106 40067fbde8c80e97 "
    "4015f237d9cd2d79 40267521c8076345 3caec756b089f7af 3fe534b377510d94 3ff4400000000000 3f67663ddcde698f "
    "3fe3d00000000000 3ff45ff91928b1be 3fe474e9e9eb53e9 3fef8d6439db03b6 3ff954060f298b87 40078e9effc72ab6 "
    "40173747941456e7 4027ffda74a71e71 bcaeed93fe7483b3 3fe55d5f13f48ec0 3ff4400000000000 3f7ff91928b1bdff "
    "3fe3f00000000000 3ff4749dbd66d0c4 3fe4d4c5c02c2013 3ff02de0b56768cc 3ffa4523df53a7bd 4008ad418a357386 "
    "401892c75e392799 4029aa2b97746acd 3c924f0ab4a71e44 3fe586339ad13548 3ff4800000000000 bf66c485325e775e "
    "3fe4100000000000 3ff489a376d6c491 3fe5371828d40829 3ff098ea98450d83 3ffb41c755526e3b 4009dcbd719f540e "
    "401a0685805d08d1 402b76faa5142633 3c2ad9a7f1ff56fc 3fe5af31cba27244 3ff4800000000000 3f6346edad892100 "
    "3fe4300000000000 3ff49f0cc7cb94cc 3fe59bf8d492aa1e 3ff107ff34d2ca82 3ffc4a9ec3df9e51 400b1e4145f5874e "
    "401b947adeb92648 402d6979d903d532 3ca4323104c67f5e 3fe5d85a6b1109a4 3ff4800000000000 3f7f0cc7cb94cc1a "
    "3fe4500000000000 3ff4b4dc4ada0bf0 3fe60380990f861f 3ff17b50cbec7542 3ffd6064c93cfe8f 400c731456f36fe3 "
    "401d3ecf696e5374 402f85311778af1d 3c7a53bf31ebda84 3fe601ae42e27660 3ff4c00000000000 bf66476a4be81f81 "
    "3fe4700000000000 3ff4cb14b4065600 3fe66dc9826ada4f 3ff1f314a3298d4d 3ffe83e152191cb4 400ddc9905ca69af "
    "401f07df1079c46a 4030e703f9440eb0 3ca495e15817d0dd 3fe62b2e222a98a0 3ff4c00000000000 3f6629680cac00d4 "
    "3fe4900000000000 3ff4e1b8d203bdc9 3fe6daeee5fe0976 3ff26f833c44f71e 3fffb5eab4d92f91 400f5c4f55a779c8 "
    "4020791fa66a7536 403224287dce5d75 3cade7e8964f770b 3fe654dadd7fd12c 3ff5000000000000 bf7e472dfc42374b "
    "3fe4b00000000000 3ff4f8cb8f87d541 3fe74b0d767620c4 3ff2f0d89126f083 40007bb373f08794 401079ebe1419117 "
    "40218062a917f81e 40337c6b48444dee 3c907a41f4061e08 3fe67eb54f31af70 3ff5000000000000 bf5cd1c1e0aafa85 "
    "3fe4d00000000000 3ff5104ff4b2718c 3fe7be4359659939 3ff377545502eae6 400124a66ae0ac51 4011527b33524d17 "
    "40229b467fbf7a2d 4034f274ad716768 bc9c610f7c204ea8 3fe6a8be57825a6c 3ff5000000000000 3f704ff4b2718c01 "
    "3fe4f00000000000 3ff52849288c017d 3fe834b03e6d3f7f 3ff4033a3b0747cb 4001d652e946b196 401238cb3c2f8cb4 "
    "4023cb8053e520c1 40368938607bc0f6 bc84274ccc053597 3fe6d2f6dce2dfb8 3ff5400000000000 bf77b6d773fe8364 "
    "3fe5100000000000 3ff540ba729be713 3fe8ae75781f49a2 3ff494d2432ac103 400291479b0015b6 40132de7156b74e9 "
    "402512f0e8362ec8 403843fec8d2e0f8 bc8f55dbbb3acc53 3fe6fd5fcc3296f0 3ff5400000000000 3f274e537ce2565e "
    "3fe5300000000000 3ff559a73c98a101 3fe92bb616c3163d 3ff52c690db2c44d 4003561e0f4546b8 401432f17f099a82 "
    "402673a9831e227a 403a266fa02bbcd5 3ca279a8aea9cb9d 3fe727fa1901cb44 3ff5400000000000 3f79a73c98a10084 "
    "3fe5500000000000 3ff573131433b9bd 3fe9ac970523e7b2 3ff5ca50361f7393 4004257bb0f40825 4015492746286025 "
    "4027eff1781495b4 403c349e0a1139f1 bc5d2c668b6015da 3fe752c6bdd7e0e0 3ff5800000000000 bf69d9d7988c865f "
    "3fe5700000000000 3ff58d01ad039e07 3fea313f279933cd 3ff66edeb63d93a6 40050012d836441a 401671e1f23d152c "
    "40298a4c65d3a1dd 403e73165ebdbf39 bcae5b6c7aaa4996 3fe77dc6bc7d2fa0 3ff5800000000000 3f6a035a073c0e86 "
    "3fe5900000000000 3ff5a776e28dadb6 3feab9d77d7be2b5 3ff71a715234c8a9 4005e6a3f873554c 4017ae9ac1f33f9b "
    "402b45814310046e 40407376f64b03e7 bca3f39bb3ab0542 3fe7a8fb1e48d158 3ff5c00000000000 bf78891d725249ca "
    "3fe5b00000000000 3ff5c276ba730f9b 3feb468b454127c3 3ff7cd6b0e816adb 4006d9feeddac837 401900ee0209e3b7 "
    "402d24a257489c7e 4041caea7f810e14 bc84f20e24f9675b 3fe7d464f472a690 3ff5c00000000000 3f43b5d3987cd623 "
    "3fe5d00000000000 3ff5de0566c30cdc 3febd78823798d1a 3ff88835b0e567d8 4007db046e46660a 401a6a9eca07caa5 "
    "402f2b1641ecef64 40434315c36f367b bca08ca1542594a6 3fe800055869d9e8 3ff5c00000000000 3f7e0566c30cdbd9 "
    "3fe5f00000000000 3ff5fa274875fa03 3fec6cfe4cf96d63 3ff94b424d7b8313 4008eaa7a1b04592 401bed9b2c5a9d87 "
    "4030ae511bc92f68 4044df8c685fbd64 bcac07a830fe6378 3fe82bdd6c30303c 3ff6000000000000 bf5762de2817f40c "
    "3fe6100000000000 3ff616e0f213fcd6 3fed0720b47784ff 3ffa1709e13c6707 400a09efe70b2e72 401d8c00e976aad9 "
    "4031debad1ae1ea8 4046a4536424341f 3ca13e53a65d40b1 3fe857ee5aba79e8 3ff6000000000000 3f76e0f213fcd614 "
    "3fe6300000000000 3ff634372a8b4ed8 3feda6253bf69915 3ffaec0dfb6df86f 400b39facaf2d64b 401f4822b7e2dc06 "
    "4033291bb12537e3 404895f0af3ef0d1 3caea58871e7ed76 3fe884395856807c 3ff6400000000000 bf6791aae9624f1c "
    "3fe6500000000000 3ff6522ef039f5e3 3fee4a44ea588e54 3ffbcad977a3f8a4 400c7bfe3669f2f2 402092471aea54a4 "
    "4034900a6b866959 404ab97d620634cf 3c948649da91b0fd 3fe8b0bfa316d3a0 3ff6400000000000 3f722ef039f5e2ad "
    "3fe6700000000000 3ff670cd7c2f4fc3 3feef3bc2583cf60 3ffcb4014a2e1684 400dd14adcb9f8fb 402192094e164373 "
    "403616698fc171bc 404d14baa46b7be1 bcabac31bbdfe65a 3fe8dd828344e08c 3ff6800000000000 bf6e6507a1607a77 "
    "3fe6900000000000 3ff6901845aa3c85 3fefa2caf18fbd18 3ffda825610c140e 400f3b4ef08895e1 4022a4e4272cd203 "
    "4037bf7160c4a0ee 404fae29ec79351d 3c6bf5bb3e22fb0a 3fe90a834bd9c858 3ff6800000000000 3f701845aa3c8533 "
    "3fe6b00000000000 3ff6b01505d92e4e 3ff02bda9abd20d8 3ffea7f19bc5cc13 40105dcc94afb2bb 4023cc8cb382b54a "
    "40398ebb19c28eae 405146948f7609b5 3c9cd223f66137e5 3fe937c35afe73ac 3ff6c00000000000 bf6fd5f44da36334 "
    "3fe6d00000000000 3ff6d0c9bbe1ef2b 3ff0896182fbdd29 3fffb41edcd403ec 401129ee121d0023 40250ae5b34159b2 "
    "403b884ddb5ceac4 4052dd09a0b334b0 bc96bf1dd8f14bf9 3fe965441a936d24 3ff6c00000000000 3f70c9bbe1ef2aee "
    "3fe6f00000000000 3ff6f23cb13786cf 3ff0ea207b7fc134 400066ba1bd0d518 401202f9159ec945 4026620516ff868a "
    "403db0ad87398014 40549f3347d58711 3c8d858f54b11a28 3fe9930700c1184c 3ff7000000000000 bf6b869d90f2626a "
    "3fe7100000000000 3ff714747e455603 3ff14e403a65655f 4000fa641f4aa7a1 4012e9f0b946c70a 4027d43a3cc53936 "
    "40400675ee087279 4056927877313cef bcab1ba1772d6e62 3fe9c10d9090e874 3ff7000000000000 3f74747e455602d3 "
    "3fe7300000000000 3ff737780f773dec 3ff1b5ec1288b243 400195813a853fa5 4013dff06d2743e5 4029641509b4b924 "
    "4041515e19a59d1f 4058bd01f3e53877 3c962269fc348bae 3fe9ef595a90493c 3ff7400000000000 bf610fe111842743 "
    "3fe7500000000000 3ff75b4eaaa78140 3ff2215228b49576 4002388e74d66746 4014e62ea43083a8 402b146e02885ed7 "
    "4042bc4529a3bc2c 405b25d8cdafe7e5 3ca8862df03f8a74 3fea1debfd7dfbd8 3ff7400000000000 3f7b4eaaa7813fba "
    "3fe7700000000000 3ff77ffff4fc0008 3ff290a3ade499e4 4002e412ff22fe11 4015fdffd7a17943 402ce86f8af79aef "
    "40444aca6f8edf86 405dd50a29cf9f92 3ca49db0c5865233 3fea4cc72702bd90 3ff7800000000000 be6607fff08268e1 "
    "3fe7900000000000 3ff7a593f93d7fbc 3ff304151f293a81 400398a131649ea4 401728d9ed75da1e 402ee3a07b1736ca "
    "40460106036ec9d4 406069e8b3e5a09f bca79bbd4e8eb882 3fea7bec94762100 3ff7c00000000000 bf7a6c06c280445c "
    "3fe7b00000000000 3ff7cc132eb4e536 3ff37bde8bd25d7d 400456d7a51df797 40186858103af33e 403084f821121c2e "
    "4047e39a9d7c6de3 40621664ef4c9a12 3c804d2d39db72ff 3feaab5e13b099b0 3ff7c00000000000 3f68265d69ca6c2f "
    "3fe7d00000000000 3ff7f386809ba1cd 3ff3f83be298b2eb 40051f62708a6abe 4019be3f090f77ab 4031afe26c13bf38 "
    "4049f7ca65ff02a8 4063f614da840fe0 bca7bde9ab5d1a54 3feadb1d83ebd320 3ff8000000000000 bf68f2fec8bc6562 "
    "3fe7f00000000000 3ff81bf7562e1e24 3ff4796d469724db 4005f2fc86e67917 401b2c822f5ae582 4032f50565ee1919 "
    "404c438f4744d220 40661003d66309fd 3c8470c8fc828894 3feb0b2cd6b287dc 3ff8000000000000 3f7bf7562e1e23e5 "
    "3fe8100000000000 3ff8456f9b70ab1d 3ff4ffb76d01a674 4006d27142d7b667 401cb54905dd4055 40345723e490ca9b "
    "404ecd1747c5589b 40686c463d6db036 4084044decf23c2e bc7f09900d173a5f 3feb3b8e10e12d3c 3ff8400000000000 "
    "3f55be6dc2ac733c 3fe8300000000000 3ff86ff9cab97b9d 3ff58b6404a71b42 4007be9e20c0fb6e 401e5af59b426297 "
    "4035d958013c40ee 4050cea92215e48c 406b146bb8c0669a 40868c96fb8eb0fe 3ca558481fccbad4 3feb6c434bb8ea98 "
    "3ff8800000000000 bf70063546846319 3fe8500000000000 3ff89ba0f71469bf 3ff61cc228717efa 4008b874afb7baf7 "
    "40201015ec7286db 40377f1f8329a469 40525e492927f0dd 406e135c5ae80cd9 4089736440df64fd 3c89f53b1ed91b03 "
    "3feb9d4eb6067abc 3ff8800000000000 3f7ba0f71469bf33 3fe8700000000000 3ff8c870d797dabf 3ff6b426de42d55f "
    "4009c0fcc0e06552 402103eceb059907 40394c6a49a75aa7 40541a81b2a496d0 4070baee209cb693 408cc860285808c5 "
    "bcae6d8c9b0dc6f3 3febceb2955ec1c4 3ff8c00000000000 3f60e1af2fb57ee7 3fe8900000000000 3ff8f675d3c502f4 "
    "3ff751eda3bfb2e4 400ad956de3987bc 40220aa0b30aad0a 403b45ab16220014 40560929ec84429c 4072a5690d747939 "
    "40904f105407f41e bc675cebfc269962 3fec00714773138c 3ff9000000000000 bf63145875fa1750 3fe8b00000000000 "
    "3ff925bd111125df 3ff7f6790ad2b4c2 400c02bf1359a3c8 4023260188857c21 403d6feb2515d90e 405830fad421145e "
    "4074d1d6fd789544 409285614b30ebf1 3ca13e7b7876f9d2 3fec328d437f5e74 3ff9400000000000 bf7a42eeeeda20a4 "
    "3fe8d00000000000 3ff9565481b9477b 3ff8a23367f87779 400d3e9014665ea0 402458155a415747 403fd0e11d7511c0 "
    "405a99b601ec30fb 40774a72dd7ee7a1 409514545c2f1724 3c8185b3774a5205 3fec65091bd4ad0c 3ff9400000000000 "
    "3f765481b9477ac0 3fe8f00000000000 3ff9884af50630b5 3ff9558f94b35a8d 400e8e46d1a32b1d 4025a31f0aec68db "
    "40413785fd21a759 405d4c53f56dfca6 407a1b45f89c0f5f 40980bb3c92c8cf3 bc8696e8feb6a05e 3fec97e77f82b8cc "
    "3ff9800000000000 3f6095ea0c6169c6 3fe9100000000000 3ff9bbb0292bc29f 3ffa1109c8e3d76b 400ff3868873c480 "
    "402709a6de619c77 4042a8e95a9417b9 4060299dbfe20b57 407d5283e1225431 409b7e74c225406c bc87943174f396db "
    "3feccb2b3c239888 3ff9c00000000000 bf513f5b50f5839f 3fe9300000000000 3ff9f094def4783d 3ffad5288e300736 "
    "4010b80eb2d4d4ee 40288e843f3d0057 404440d4d20263c0 4061dd4226e14927 4080807d5ef13d09 409f836cfe9e94be "
    "bc813c84e5fd9d2d 3fecfed73fccf104 3ffa000000000000 bf6ed642170f854b 3fe9500000000000 3ffa270aef70c9f9 "
    "3ffba27dd12662d9 40118304e8433b59 402a34e91b4dd8d9 4046041f58aa354c 4063c82387eb035b 40829d4e7f89a6b6 "
    "40a21b1ab4bed54d 3c855d66fd8283d4 3fed32ee9b2a7684 3ffa400000000000 bf78f5108f3606b9 3fe9700000000000 "
    "3ffa5f2563ea127f 3ffc79a81460c218 40125bc03d14975c 402c006f2249db66 4047f856ed0aefcd 4065f27f2e2028d0 "
    "40850b956ce59595 40a4dc2318c497e2 3c8bdfae76ba54ca 3fed677483c60554 3ffa400000000000 3f7f2563ea127f53 "
    "3fe9900000000000 3ffa98f89061cefe 3ffd5b53caa1f466 40134379a92630e8 402df52741e37357 404a23dfd7de2305 "
    "406865fe1911c50f 4087d981d5ce543d 40a8192e2134a322 bc915cf94fe6dac8 3fed9c6c56821f74 3ffa800000000000 "
    "3f78f89061cefdbb 3fe9b00000000000 3ffad49a30f0dacc 3ffe483cddbfee70 40143b8cc4418459 40300bd5e6e7e816 "
    "404c8e1a02ee200e 406b2dfc83038a03 408b1814d987e3d9 40abeb1e8827cefa 3ca8829ae22afce0 3fedd1d99a4c39d0 "
    "3ffac00000000000 3f749a30f0dacb86 3fe9d00000000000 3ffb12218a66e40d 3fff4130692dc10a 4015457c64621a80 "
    "4031369aed2a1ab4 404f3f8dbc003a70 406e57e1462e99d6 408edbc2c53f5717 40b0383d0a71e453 3c90af9fbedd86a9 "
    "3fee07c0030cf708 3ffb000000000000 3f72218a66e40cbe 3fe9f00000000000 3ffb51a78e9927e5 40002387581637b3 "
    "401662f7f5b2c17e 40327ddb36eac07e 40512110c70d9c43 4070f9c488c52943 40919e9eb1ab4848 40b2e76bb1ec7695 "
    "3caa24005e9f6fd9 3fee3e2374dd3c64 3ffb400000000000 3f71a78e9927e571 3fea100000000000 3ffb934704e0f95f "
    "4000ad66ac8dc27b 401795e1ae05a580 4033e4fa299aa0a0 4052d0ada33ab75c 407309e539d64c89 40942d39154c34c4 "
    "40b61a5959d15b1d bcafc899114be565 3fee75080787fd30 3ffb800000000000 3f734704e0f95e8b 3fea300000000000 "
    "3ffbd71cb75f37a1 40013ebcfc9006e1 4018e055c48d2c09 40356fd7c2c8c9cd 4054b5576198b971 4075678c9680f9af "
    "40972be58af946dd 40b9ede4e1b531f9 bc447f69e4527544 3feeac720a61ad1c 3ffbc00000000000 3f771cb75f37a0df "
    "3fea500000000000 3ffc1d47a5b24f80 4001d81e7eb9f789 401a44b2df42b6b7 403722e5b4766752 4056d6eeecfadff0 "
    "407820288b1eb8d5 409ab0e2ca840144 40be8614e2126bbf bc8d9a932cc624e2 3feee466087f8d20 3ffc000000000000 "
    "3f7d47a5b24f8064 3fea700000000000 3ffc65e93de98207 40027a2e811f641b 401bc5a3f223266d 40390340a6ecbe29 "
    "40593eb6c3d499af 407b43d9ad8cc2f1 409ed77ca519b816 40c2080a5b3b703b 3c7b187de993c3dd 3fef1ce8cd5a7ce8 "
    "3ffc800000000000 bf7a16c2167df937 3fea900000000000 3ffcb1259ca2f05e 400325a154fc4c95 401d662bd9c5ff75 "
    "403b16ce8e93577d 405bf79ae0e3029e 407ee61204bcdf91 40a1e0ac31efe3f1 40c5626785df051c bcad61222d0bc06e "
    "3fef55ff69eab2f0 3ffcc00000000000 bf6db4c6ba1f43e4 3feab00000000000 3ffcff23d56b9f55 4003db3e86149a3b "
    "401f29b30b8d0dad 403d646340e9d1a7 405f0e89619d6679 40818f2e92cf3fbc 40a4cc10844e51bd 40c9762df3a9eb60 "
    "3ca20e79ef4b1e02 3fef8faf3a4bc01c 3ffd000000000000 bf2b85528c156248 3fead00000000000 3ffd500e44aad4f2 "
    "40049be36b85db68 40208a0be558f351 403ff3ecc1bcc632 406149702a555e45 408404aedd057f33 40a847d922610a18 "
    "40ce71463c7aa2b4 bc9571d053ca14ec 3fefc9fdebfaa348 3ffd400000000000 3f700e44aad4f267 3feaf00000000000 "
    "3ffda412ec9edc5a 4005688622b6d908 402194e0b605b3b4 404167549338560c 40634b7b34b16169 4086e5083b1baf9c "
    "40ac7475fb9dfbf5 40d2473ef4b4bb01 3ca82b31e9f06efc 3ff00278c2613f02 3ffdc00000000000 bf7bed136123a5d1 "
    "3feb100000000000 3ffdfb63df3ae0db 4006423908ad38cf 4022b7dbaa166573 4042ffb438210d3e 40659862fb634456 "
    "408a45b4ee8f3e34 40b0bd59d39a6c6f 40d60ccd2b4867e8 bca6097f1cbb85b3 3ff020483537e800 3ffe000000000000 "
    "bf527083147c93ed 3feb300000000000 3ffe5637b70f5f72 40072a2eca935102 4023f5de43559218 4044c96eb4e19ca3 "
    "40683d621272dda3 408e4135c6bfaaed 40b3c717099fb249 40daba6dd5294f7d 3ca488b1c91ffa21 3ff03e70b5b309e0 "
    "3ffe400000000000 3f7637b70f5f723e 3feb500000000000 3ffeb4ca21d4b842 400821bf2be08fc5 402552386a6a3bd0 "
    "4046cc00bac907e2 406b4a7894202458 40917c35fe065ca6 40b77848e8d5b845 40e048200cd72d76 3ca54b6e9cbe508b "
    "3ff05cf5e41c2ace 3ffec00000000000 bf666bbc568f7c18 3feb700000000000 3fff175c7fb6eb26 40092a6ca7ba9c35 "
    "4026d0bc80f5ba9f 4049104833bd74fb 406ed31961fce21f 40944a2e60df5aed 40bbfafc1ac97175 40e3f145c3a8bc22 "
    "bc994b5da70a42d9 3ff07bdb9f358760 3fff000000000000 3f775c7fb6eb2582 3feb900000000000 3fff7e369b29492c "
    "400a45eb1c35ad8a 402875d7c8373bb1 404ba0d1885e6ae6 407177840831631e 4097a4417f51da78 40c0c2b26d7642fb "
    "40e89073594961fb bca5dece96cdc181 3ff09b260a46374e 3fff800000000000 bf3c964d6b6d3d05 3febb00000000000 "
    "3fffe9a77dd9b1cf 400b7627b9ae77af 402a46b03338306d 404e8a38a0caace9 4073ddbb864f53a2 409baaf0d6c97f8d "
    "40c42eefdfae5a98 40ee701ae19501da 3c9cc4f4c7d3d675 3ff0bad993ec49ae 4000000000000000 bf765882264e310d "
    "3febd00000000000 40002d0334302f3b 400cbd527f5aaf0d 402c49490c635c0a 4050edd1b6bb1732 4076ae3d9691a9f4 "
    "40a043c761482fc6 40c87037f81eb6e0 40f2fa30e84fe55e bc9820f1228fc41d 3ff0dafafdd4ae68 4000200000000000 "
    "3f7a0668605e76b0 3febf00000000000 400067d9f9c947a3 400e1de9a1722882 402e84b041fe0247 4052d3aedbd1d676 "
    "4079ff78e088bef5 40a3378064d9a484 40cdc32d1974f9b5 40f7d295ce268611 bca5a192d437d23f 3ff0fb8f657efdca "
    "4000600000000000 3f6f67e7251e8cf3 3fec100000000000 4000a58db1fffa6d 400f9ac74e7307c3 4030809b5ea15962 "
    "405501d05418e1b6 407ded80b476d79f 40a6d2bf37f33d5f 40d23c31a43f6c6f 40fe1e46db17bbaa bca7eb6241d8ad56 "
    "3ff11c9c4e3ade0a 4000a00000000000 3f6636c7ffe9b457 3fec300000000000 4000e65a1d1bdcc6 40109b993503ccce "
    "4031e45b7580ec24 405785ca1803e176 40814ddb8458a77d 40ab41d96c115ab7 40d67df0d7bce584 41032ef5f5487646 "
    "bc9c4040f3631254 3ff13e27ac964da8 4000e00000000000 3f6968746f731770 3fec500000000000 40012a82068fbcb4 "
    "40117b797fe89a5f 40337376d37f3897 405a704edf3b47a2 40841b83eb114449 40b05f758d323120 40dbefec8ae65ddd "
    "4108a2a2d1814341 3ca3e83dfb25ec76 3ff16037f37ffeda 4001200000000000 3f75040d1f796787 3fec700000000000 "
    "400172505f8f574b 40126f35b566493d 403534f595186e3d 405dd60b947d5ea5 40877c77568c5d73 40b3cb66a26261f0 "
    "40e17b06bf32194d 410fe92111490e42 bca344285376cb61 3ff182d4236fe314 4001800000000000 bf7b5f40e15169a9 "
    "3fec900000000000 4001be1991b4c8d8 4013795bbe69bae6 40373151cd6f8b02 4060e864d86a7bff 408b95cc515f5bd6 "
    "40b8180cd070b4a1 40e60d2cc9b24d80 4114dbf6aa392caf bca89bd0f5844c55 3ff1a603dbfaf236 4001c00000000000 "
    "bf4e66e4b37285fc 3fecb00000000000 40020e3d1757f6b1 40149ce9ae890640 403972d4d6174f60 406340798c82df92 "
    "40904be6acab5569 40bd8a99b362e75a 40ec0ed7389374dc 411b8adfca5e9653 bc80cbc74a1e3e49 3ff1c9cf704f5d26 "
    "4002000000000000 3f7c7a2eafed62a2 3fecd00000000000 400263276b3395aa 4015dd6633fb1467 403c0610dcf3437c "
    "406607cec9d7c47a 409360fba330dc5c 40c240b438a3194b 40f20437baa6a879 4122610604d6f19c 3cabccf515e5252c "
    "3ff1ee3fff35681a 4002600000000000 3f593b599cad4ce9 3fecf00000000000 4002bd54664a8350 40173eff945190a0 "
    "403efa80c7cc5224 406958aa896f1658 409734504fd54e04 40c6bf554cd60c4a 40f75ebe3effd07c 4128d03c9e2e6981 "
    "bc987ceec8a488ff 3ff2135f8f597306 4002c00000000000 bf555ccdabe583fe 3fed100000000000 40031d522a40ea5c "
    "4018c6b352b4947d 404131ae5d01146e 406d54fb0163e71c 409bfe8aef3ed15b 40cc9c28a33a6b00 40fea5231456e1a6 "
    "4130f60ffc8790db 3cac104f6fabca41 3ff2393930d87c68 4003200000000000 bf556eadf8ad1cf9 3fed300000000000 "
    "400383c4c053c623 401a7a816adbff2c 40432c5be219a24e 4071148430f4b8d8 40a10659bc59423e 40d22c093d537ae5 "
    "410454a2a4b7d930 41378151c151f3c3 bca2f226779e9951 3ff25fd9254e3f9c 4003800000000000 3f5e26029e311a8b "
    "3fed500000000000 4003f16aa2f65f8c 401c61af36c0308e 40457c825337ff7d 407407a37fb84ba9 40a4e4764c74dea7 "
    "40d75638df1c2124 410b5320a2556e94 414087cd7d68abbe bcacd58c73a87ab9 3ff2874d10017b06 4004000000000000 "
    "bf7d2aba1340e849 3fed700000000000 400467227ba9a810 401e851fcbc74735 40483596f3879985 4077aaebcd297f00 "
    "40a9e3c831669f50 40de5420b7cbb664 41129f7bb75100a0 4147a1c151d127bf 3cac647e46d9c78f 3ff2afa4304962ae "
    "4004600000000000 3f6c89eea6a041c9 3fed900000000000 4004e5f27a99a835 402077e515b0232d 404b70c1ee468866 "
    "407c334a43a041c3 40b036d153d2c164 40e3f7b110ccedbe 4119c160f6c2e560 415131dd6d21d20f 418786832ec50766 "
    "bca95596d1134ecc 3ff2d8efa8f4b028 4004e00000000000 3f67c9ea66a0d2c7 3fedb00000000000 40056f11d6373b90 "
    "4021d7acc3747df3 404f4ef36a014d6f 4080f4c4505c454b 40b48d16214975c5 40eaacfdf57bfac6 412222355225a6ed "
    "41598643acba67ab 419267b9de5d19b9 bcaef63c42c92439 3ff30342d86bed76 4005600000000000 3f7e23ac6e771f48 "
    "3fedd00000000000 400603f53d2d8cf1 40236a84ef4a10fa 4051fdf34ea265af 408499b5d944f636 40ba64b837f73bac "
    "40f21b9f259b27fc 412a0669265d5b9f 41635d8e3dc806e2 419d865736ad8b00 3ca4ceeb3ffcdca3 3ff32eb3c69d2d10 "
    "4006000000000000 3f5fa9e96c678625 3fedf00000000000 4006a65f5fcdf915 40253b6e68321bda 4054d949706e8da9 "
    "408950ef4a70d2d7 40c133191f15e14e 40f907b1846a9bd5 4133139c17c39016 416e1da3bc86f11b 41a8597fd9f86f3b "
    "3c32d4f87d0d5190 3ff35b5bafa88354 4006a00000000000 3f697d7f37e455fd 3fee100000000000 4007587741d1dbf9 "
    "402758a8f5852184 405861ee65c0f467 408f83c0d2d91276 40c6ca7c43ec3b0e 4101a722718322c8 413ca4c69533d806 "
    "417812b7e9899583 41b4b87585ee8b86 bc99defbd1aeeed1 3ff38957b510476e 4007600000000000 bf6e22f8b8901bf9 "
    "3fee300000000000 40081ce6e1c37e57 4029d4f3d3dc9910 405cd074e3095065 4093e764c5c38224 40cec5ae3cae1f31 "
    "41097a50c0645f38 41461866d8a7f25e 4183daf58c2f04a3 41c2450ea9143c1f 3c7d25be9fd995bc 3ff3b8c9c35d33e6 "
    "4008200000000000 bf58c8f1e40d49e0 3fee500000000000 4008f706285640bb 402cc96b3b2b7cd1 40613adfc5341328 "
    "4099908d16e928a9 40d539867cc08a3c 4112dfc531dd3e45 41519499e2a13787 4190f943f94424ad 41d0c6bccdcd49be "
    "bc9e24586d41701d 3ff3e9d9c088bd28 4009000000000000 bf71f3af537e8a00 3fee700000000000 4009eb186562d1e0 "
    "40302c3175651223 4064e431336e41c7 40a0bca6a065da69 40de034d917af357 411cd2c14168fb0f 415cfeb615bb794d "
    "419e3ee16effd5e5 41e024e71acb4d9c bc9c29c8d93f153f 3ff41cb72183e810 4009e00000000000 3f7630cac5a3c038 "
    "3fee900000000000 400afea6a364196f 403258f30b19a2eb 4069bda52520ac75 40a669bc8f67edea 40e5d78cc026c9f8 "
    "4126ccb41e3b36c2 4168ede4bf45c805 41ac2f6a8ac89e76 41f0675e4ca9eb55 42336ac10d13e3df 3c9b1d74f2de93a6 "
    "3ff4519b155fb22e 400b000000000000 bf4595c9be690e67 3feeb00000000000 400c39084bd1c065 40350d8826c39ffd "
    "4070296b69d3e79e 40aed279d7feea5d 40f072a8fd5bd547 4132cdb94a08bb38 41768482536bed06 41bbe1ff2f10e88d "
    "4201c966abdbbdac 4247101102e62dda bca0855d3e907e71 3ff488cb8fa73920 400c400000000000 bf6bded0b8fe6ddf "
    "3feed00000000000 400da43912aaf9a9 40387d4662f25109 4074c3393f133a3f 40b5e143662036f9 40f9cf0474467831 "
    "41404e10576c6fa8 41859489ff4f8e88 41cd88d2b44962a9 4214d83897a288f3 425de10b6cf738b3 bc8e9ea75f7263cc "
    "3ff4c29faa786f36 400da00000000000 3f60e44aabe6a2ad 3feef00000000000 400f4e35c169b52f 403cf77329e8699c "
    "407b6d37fc1818d6 40c026551386790a 41054a1f4ff79d1e 414e104a7db0265a 41963c39e5c8114b 41e10156f52a87db "
    "422add762e9e7abe 427586ab6ec81361 3c935690e395eea6 3ff4ff862e5965a2 400f400000000000 3f7c6b82d36a5e70"))

_INROOT = Buffer(bytes.fromhex(
    "3ff68a1f80d71820 3ff65de82af9631f 3ff632b1201d39e5 3ff60870d91bf3c2 3ff5df1e4be5e7a2 3ff5b6b0e361668b "
    "3ff58f2077eca742 3ff568654873c1e3 3ff54277f40d6cb8 3ff51d51741283a0 3ff4f8eb16a59835 3ff4d53e79a0e15c "
    "3ff4b24585e1ca16 3ff48ffa6aea45fe 3ff46e579ad0c47a 3ff44d57c6785455 3ff42cf5da0b1da2 3ff40d2cf9b1e1cb "
    "3ff3edf87e83b18e 3ff3cf53f3a97317 3ff3b13b13b13b10 3ff393a9c60dd0e1 3ff3769c1cbf0b05 3ff35a0e521ff992 "
    "3ff33dfcc6d81367 3ff32263ffecdbdd 3ff30740a4f1a8e0 3ff2ec8f7e53640d 3ff2d24d73be4ec9 3ff2b8778a9bf8ec "
    "3ff29f0ae4a7bd6f 3ff28604be983e91 3ff26d626edc7332 3ff25521646af854 3ff23d3f25a271bc 3ff225b94f39da5b "
    "3ff20e8d933fbc46 3ff1f7b9b8275cce 3ff1e13b97e2f7f2 3ff1cb111f0a37d1 3ff1b5384c0c28bc 3ff19faf2e6beff6 "
    "3ff18a73e6079ee1 3ff17584a268851e 3ff160dfa21c700d 3ff14c8332174f8c 3ff1386dad1cc065 3ff1249d7b3107fb "
    "3ff1111111111120 3ff0fdc6efb1043e 3ff0eabda3c11a68 3ff0d7f3c53851c1 3ff0c567f6e4acef 3ff0b318e600b285 "
    "3ff0a10549cddf4f 3ff08f2be333c85c 3ff07d8b7c63aadf 3ff06c22e8802d59 3ff05af103491a22 3ff049f4b0cadb27 "
    "3ff0392cdd118774 3ff028987bdf5125 3ff0183688662733 3ff00806050463f7 3fefe02fb08b05a2 3fefa1a7bb61d36f "
    "3fef648a3a321fb7 3fef28c9b380eba0 3feeee595eba94c0 3feeb52d18b3d37d 3fee7d3959112457 3fee4673287f9dc5 "
    "3fee10d017ac51a6 3feddc4636e9573e 3feda8cc0e7149ee 3fed7658973b887c 3fed44e33454e185 3fed1463acb186ad "
    "3fece4d2256e352e 3fecb6271c77707c 3fec885b638e9087 3fec5b681ba51d60 3fec2f46b087a5e7 3fec03f0d4d1e1b0 "
    "3febd9607e2670d9 3febaf8fe1a51499 3feb8679709aaac2 3feb5e17d566a055 3feb3665f091e62b 3feb0f5ed613d3f1 "
    "3feae8fdcac1a25d 3feac33e41e57a2d 3fea9e1bdafa4be1 3fea79925f89def6 3fea559dc12abd3a 3fea323a179bcde9 "
    "3fea0f639efb9e4b 3fe9ed16b6197fd7 3fe9cb4fdcdec59d 3fe9aa0bb2ce89c8 3fe98946f59a8beb 3fe968fe7fcbc524 "
    "3fe9492f477d78d4 3fe929d65d2990a8 3fe90af0ea853815 3fe8ec7c316cae0f 3fe8ce758add6570 3fe8b0da65fd9394 "
    "3fe893a847305ac9 3fe876dcc735d942 3fe85a75925660f9 3fe83e706798349d 3fe822cb17ff2eb2 3fe8078385d5c0de "
    "3fe7ec97a3fec010 3fe7d205754f8264 3fe7b7cb0bf1d70f 3fe79de688cd6672 3fe784561af81485 3fe76b17ff2d032c "
    "3fe7522a7f49d736 3fe7398bf1d1ee54 3fe7213ab9772ee3 3fe7093544a82bc7 3fe6f17a0d23510e 3fe6da07978eda76 "
    "3fe6c2dc73154e64 3fe6abf7390648fe"))

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
    xx = a - _tf(c, n)
    p = _tf(c, n + 1 + m)
    for j in range(n + m, n + 1, -1):
        p = _fma(xx, p, _tf(c, j))
    p = _fma(xx * xx, p, _tf(c, n + 2 + m))
    return (_fma(xx, _tf(c, n + 1), p), _tf(c, n + 3 + m))


def _as_root(z: float) -> tuple[float, float]:
    """c ~ sqrt(z) and h with c h ~ its Newton-corrected value, for z in (0, 1/64]."""
    hz = _bits(z)
    t = _tf(_INROOT, (hz >> 46) & 0x7F) * _POWTWO[511 - (hz >> 53)]
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


# ---- glibc's tan (IBM's, fused as glibc's FMA build) -------------------------------------
_TAN_D = [0.3333333333333333, 0.1333333333332673, 0.05396825411095433, 0.021869380598167253,
          0.008896546349534924]     # d3 .. d11
_TAN_E0 = 0.3333333333332254
_TAN_E1 = 0.13333354920669913
_TAN_G2 = 0.060799986124038696
_TAN_MP3 = -4.9789962505147994e-17

# for x_i near i/256 + 1/16: x_i, tan(x_i), 1/tan(x_i) and a correction
_XFG = Buffer(bytes.fromhex(
    "3fb000001e519d60 3fb0055796c4e240 402ff554628127b7 bb9a1dee9e355b06 3fb100001b1a7010 3fb10668aab892b7 "
    "402e12c7be3fdf74 3ba89234037da741 3fb200002505e350 3fb2079bff547824 402c65c5de853633 3bb7486ee9614250 "
    "3fb2fffffcdc4252 3fb308f35eb16c68 402ae5dae56be74f bb82c72691a23034 3fb3ffffe3ff849f 3fb40a71154999cc "
    "40298c43046b7352 3b9aceaf3843738f 3fb4ffffedc9590f 3fb50c17429bdd80 4028538491b5d674 bbc1d02db4403d22 "
    "3fb6000000ee83f7 3fb60de7da80cc21 40273724ef21a2a7 bb95e53c72523ffd 3fb6ffffeb05ea41 3fb70fe4b8c51bea "
    "40263370fae562ff bb99ad0e8ffe0626 3fb7ffffdc0515f7 3fb812101db54498 402545530e7eab5c bb914c87d62ed686 "
    "3fb8ffffe384d7ab 3fb9146c2a8d3727 40246a33fd57f3fd bbbbda8d5381e06d 3fb9ffffe4832347 3fba16fad50e1050 "
    "40239fe2c5537a96 3bc7f695c111eabb 3fbb0000274540e3 3fbb19be7ae68517 4022e4813637e946 3bc307f88dbd9d93 "
    "3fbbfffffebf2e9b 3fbc1cb88369cd19 4022367617aef223 3bc50038424a9cf3 3fbd000023529045 3fbd1febc11d7ef7 "
    "4021945fb8e43d4e 3b81200752a6f224 3fbdffffd872a829 3fbe23598ee4d6b7 4020fd0c76195d5f bbb4d9ab85fdca85 "
    "3fbeffffff323b84 3fbf2704ec9073e5 40206f713020200f 3bb77aa212836992 3fc000000ce79195 3fc01577bc30cc61 "
    "401fd549d6564a88 bbc8926f965c0ad0 3fc07fffee40e918 3fc0978d8279ac01 401edbb59294bc03 bb80a5334aae45d6 "
    "3fc100000cc091fd 3fc119c544dfb2f7 401df0bb067d8e18 bbcc2c184ff642a4 3fc180000d9936a1 3fc19c1fb9085a4b "
    "401d131a71ce3629 bbc365530669355b 3fc1ffffed5f3188 3fc21e9dee74bf2d 401c41b6ff0cd655 3b8867f5478ecfc5 "
    "3fc2800005f06a51 3fc2a141550b313f 401b7b921702e6d2 bbadab51380131fe 3fc2fffffe3d339e 3fc3240aa75f76df "
    "401abfc8fcb6409d 3bc60bcf0d291d83 3fc37fffed888d6f 3fc3a6fb13cc5db7 401a0d8f8ed5320d 3bb8a48e4eef03ab "
    "3fc4000002ca050d 3fc42a13e25776bb 4019642dfa84c2bc bbd0bd5dcc56516f 3fc47ffff2531f5c 3fc4ad55deb73404 "
    "4018c2fef86e9035 3b9cffe75aa287c8 3fc5000013774992 3fc530c27d0ee307 4018296c370caf35 bbcf75d1f91d6532 "
    "3fc57fffedddcb2d 3fc5b45a5db4347d 401796ee52190c0e 3b88a25f17d5d076 3fc5fffff41949a0 3fc6381f13bf986a "
    "40170b092d2255fd bb9bfb23b1bcd5e7 3fc67ffff834d3a1 3fc6bc118ec85952 4016854c62cf2268 3b9ee53b82e39e04 "
    "3fc6fffffd9106ea 3fc74032f298f6f7 401605511f4f84a9 bbb59c4a112634b8 3fc780000f649a4f 3fc7c4846ca53abc "
    "40158ab94809d175 3bc91c7573d3cd2e 3fc7ffffef06bbd8 3fc84906df7d76ad 4015152edd2b30a6 bbbfa2da084c3eef "
    "3fc88000021c6334 3fc8cdbbd965f986 4014a46251b74296 bb9ec02e74dcfe0b 3fc8fffff38d0756 3fc952a428e173c7 "
    "4014380b17b59ebd bbcd0f1cb77589f0 3fc98000104efca1 3fc9d7c14644d23c 4013cfe5cb1eabd5 bbd5d6f7ea188d9e "
    "3fca000009417b30 3fca5d14096d76aa 40136bb4b3723db0 3bbe3e0dfbf3979c 3fca7fffeb1c23ec 3fcae29dab60288d "
    "40130b3e783071d7 bbc7dd823d5384bf 3fcafffffb171c13 3fcb685fa221a96b 4012ae4dd8c0747d 3bd4644bd5554972 "
    "3fcb80000aba44be 3fcbee5aecdf241f 401254b1c6fad63b 3ba41916d092b85a 3fcc0000113d2a3e 3fcc7490b3e92543 "
    "4011fe3c9a62c035 bba3cc3941a03739 3fcc7ffff49e00ce 3fccfb020f59eab0 4011aac3e956a631 bbb7a383bfa8cb5b "
    "3fcd000005f611ab 3fcd81b089e6844e 40115a1ff391268d 3bd39b5cb2dc91f3 3fcd800014764ceb 3fce089d27debf0d "
    "40110c2bfbc84740 3bc14d4d84712510 3fce000014bcea76 3fce8fc916dbc820 4010c0c5a00ca48e bbd33788640f1b9e "
    "3fce7ffffd7995bd 3fcf173588b50424 401077ccbe02169a bbb61fee221fdf77 3fcf00000cc35436 3fcf9ee3fd21a40b "
    "401031231ee7ffe8 3bd427e3c79ff5c1 3fcf800001d1da33 3fd0136ab7dbe15c 400fd95977d559e5 3bb0c6a1d67948d7 "
    "3fd00000060c13b2 3fd05785aaad4f18 400f549e2675d182 bbc1520818f0dd10 3fd0400003885492 3fd09bc3660542d7 "
    "400ed3e2df3f5fec bbd95657b883ae62 3fd08000052f5a13 3fd0e0249a195045 400e56f8fa68f2c8 3bded7ba5a543e8e "
    "3fd0c00002ba1af5 3fd124a9e2e7f24b 400dddb4bffe633f bbdcba860c60278f 3fd0fffff76642c1 3fd16953e162ffe6 "
    "400d67ed0311d5d5 3b7b1f4ae40c5f9e 3fd14000033602f0 3fd1ae235f49508e 400cf57ab8708266 bbd6a6c28620f301 "
    "3fd17ffffefd1a13 3fd1f318db2a9ba1 400c86398d11009e 3bd3a9c669b21d3b 3fd1bffff718365d 3fd238350c41e3ac "
    "400c1a06e02be47c 3bdb961a129e8cd1 3fd1ffffff001e00 3fd27d78b2f6395e 400bb0c1f2fe9a85 3be074a9e68fd7d8 "
    "3fd23ffffe425a6a 3fd2c2e4618faabe 400b4a4c190b18df bbdf0d1ff615aad1 3fd28000059ec1db 3fd30878d8583884 "
    "400ae6880cd82bc2 bbd563c3141c1f8d 3fd2c000000dd081 3fd34e36affdb6d8 400a855a5270fc15 bbc6d88d9f2cdafd "
    "3fd2fffffc1dcd2b 3fd3941ea95875bc 400a26a8aa9502b6 bbe13cad8389b15c 3fd33ffff6c0d4a0 3fd3da31739845f5 "
    "4009ca5a4d2573a0 bbc71636acaee379 3fd3800006b16793 3fd4206fdbc088f0 400970579344e33a bbc2c0521d7a4f81 "
    "3fd3c00007358fa3 3fd466da6f23311d 4009188a5aa612ea 3b8653a5685e8edc 3fd3fffffc3b18cf 3fd4ad71e9282e6b "
    "4008c2dd641e643d 3b95f0ef3f567c64 3fd44000000dd2a8 3fd4f4371fa3f2d1 40086f3c6072f821 3bb68efa95ff68b5 "
    "3fd47ffffbb43713 3fd53b2ab3ac333c 40081d943da56692 bbbf4d7f2985fd3f 3fd4bffffb113bf4 3fd5824d6e8ed9c2 "
    "4007cdd2a8add00f 3bcf478a1c9b3657 3fd4fffff7f087c9 3fd5c9a007446496 40077fe6444588eb bbc177dca4eabb0c "
    "3fd54000088b3814 3fd61123564125f9 400733be6281a765 bbc2c52cf57051c4 3fd57ffff7d55966 3fd658d7e194a5d5 "
    "4006e94b73b47d1f 3bda2fcff9996dc6 3fd5c00008bf2490 3fd6a0beb775b28d 4006a07e15b6ec28 bbe0ca90aa5285b8 "
    "3fd6000009fa853f 3fd6e8d865a66cfd 400659481c701269 3bd9ea958591e13a 3fd6400007595fca 3fd73125c0556a7c "
    "4006139bbaae9d02 3bd88aff40152b83 3fd68000031687da 3fd779a792e2cfd0 4005cf6bcae0882b bbd8a4a29f439451 "
    "3fd6bffff5c8cfe2 3fd7c25e9fb452ed 40058cabc561f1cd bbe371a6f6a37d74 3fd6fffff81df231 3fd80b4bcfb4dab5 "
    "40054b4f8d3ca5d3 3bcb4686679dc99f 3fd73ffffa71385e 3fd8546fe007a9b6 40050b4bb3b22176 bbcd1540a5c73477 "
    "3fd78000024a9c2b 3fd89dcba7fcf5cf 4004cc953159cbe1 bbdc25ead58a6ad0 3fd7c00002eb62b8 3fd8e75fec0ba5cf "
    "40048f218731eeea bbc1cb73cc1adafb 3fd80000054a52d1 3fd9312d8bb822e9 400452e69170a729 bbd8bb17eac002ee "
    "3fd83ffff93a00a3 3fd97b354bb9ad2a 400417daae924e7f 3bd4b8009a378cc7 3fd87ffffbdc91c1 3fd9c5782771b601 "
    "4003ddf478855799 3bd9077da00445d9 3fd8bffff6d215e6 3fda0ff6e0ea4a0b 4003a52b189a0989 bbda683189c0613d "
    "3fd9000002f734ef 3fda5ab2736bf579 40036d75e9244ca6 3be3a6d84b722377 3fd9400004eef8b4 3fdaa5ab9fb6e3d0 "
    "400336ccc9089cb7 3b9f696322cc00bb 3fd98000041ec76a 3fdaf0e35176c7e4 40030127cb0b9506 3bb1ffdb5385a849 "
    "3fd9c00008044e47 3fdb3c5a77071224 4002cc7f50d75ec7 bbb0fade78effc8a 3fda000001f8235b 3fdb8811e725782e "
    "400298cc18fbfb37 bbe55ed33b50e71b 3fda3ffffb8c6f08 3fdbd40a97b086f3 40026607154de04b bbdec65e455faae3 "
    "3fda7ffffb3d63e1 3fdc20457d9a3b8a 400234297e60bfbb 3be3001c154ebd33 3fdabffff5f45c48 3fdc6cc37b8d45e6 "
    "4002032cdb1ace69 bbe5ebf83ed33616 3fdb00000508b34c 3fdcb985a27e8d37 4001d30ad4459a2b bbd01432ae61e2d1 "
    "3fdb40000a84710c 3fdd068cc3e50155 4001a3bd775034dd bbe80b1e58e0e228 3fdb7ffff692e9d8 3fdd53d9c49d6627 "
    "4001753efe18066a bbb004c8f760d33e 3fdbc0000280f14d 3fdda16de4e81013 40014789a38ea052 3be848bc27c9c4ea "
    "3fdc0000001121d1 3fddef49eac018f0 40011a9820b8be0c bbe1527ed0d6010e 3fdc3ffffef662aa 3fde3d6eea0c7070 "
    "4000ee6532f46ccd 3be8d241189a000d 3fdc800009845818 3fde8bddf36a8b1b 4000c2ebcac73476 3bd221f712bed284 "
    "3fdcbffffb0493bf 3fdeda97e0c60d10 40009827251c7836 bbe0bd546eec41b7 3fdcfffffd52961f 3fdf299defb3e44b "
    "40006e1274e459f5 bbd93f77e969c82f 3fdd3ffffe2319a4 3fdf78f117139490 400044a93e737e94 bb91e7cc49594b7a "
    "3fdd7ffffa4de596 3fdfc892638f49e8 40001be7231057a5 3bd482b0f5af9f5f 3fddbffffe729a69 3fe00c417c6ab019 "
    "3fffe78fbf612660 3bea5cda00da681e 3fde000009d66802 3fe03461f6b883cf 3fff988ebc05a87c bbe06c33f2372669 "
    "3fde3ffffb211657 3fe05cab191db8e8 3fff4ac37bcfe6be bbd5d51f5ed8d35b 3fde80000a3f068a 3fe0851d95fb54f0 "
    "3ffefe26144ca408 bbc7c894a2c169c5 3fdec00001adb060 3fe0adb9dc7b54f9 3ffeb2af5ebe52a7 3bd4e740312c5ffd "
    "3fdeffffff5c0d01 3fe0d68092550a8d 3ffe68580d71fdf0 3bddd8a696b35499 3fdf3ffff93d5fcc 3fe0ff7245cb4374 "
    "3ffe1f193cce5040 bbc9f0ec7c1efab4 3fdf7ffffa0dd18f 3fe1288f944dd508 3ffdd6ec298b874d 3bea6ebd9642a0a6 "
    "3fdfbffffd3a9f1a 3fe151d913750f3e 3ffd8fca5806a27e 3bda2a03fc65ac7a 3fdffffffc481400 3fe17b4f598944ca "
    "3ffd49ad82532170 3bc4412e3d236dc3 3fe01fffff53786c 3fe1a4f307d83d47 3ffd048f851bffeb 3bd1589d29f81b14 "
    "3fe03ffffee301b7 3fe1cec4b8a6a382 3ffcc06a7c519db6 3bd370e65b24d6b2 3fe06000006e36bf 3fe1f8c5114eb8be "
    "3ffc7d38a34d6786 bbea92de4b98c1d4 3fe07ffffd60aa43 3fe222f4abeccecb 3ffc3af477342ac4 bbdd47f603a5c2c2 "
    "3fe0a000037762e8 3fe24d543f99efe8 3ffbf99875f54fab 3bedf7f415771a46 3fe0bfffff1c6921 3fe277e4598e35d0 "
    "3ffbb91f8addd186 3be0f16c5e0e5a73 3fe0dfffff07154b 3fe2a2a5b6bc3986 3ffb79848301646d bbf02dd0bbaa5310 "
    "3fe1000002fcdda4 3fe2cd9902a59f1e 3ffb3ac2705219bf bbe59357112fa616 3fe1200001ce1140 3fe2f8bedf0a67c2 "
    "3ffafcd49ab8ae2a 3be2c5429303f346 3fe1400004d0f355 3fe3241808fcc7bf 3ffabfb6497b9a36 3bebc044b5a59234 "
    "3fe1600000fb0c8a 3fe34fa52471618b 3ffa83630d26d117 bbdbfbb23f7bb7c9 3fe18000026f10b3 3fe37b66f7579056 "
    "3ffa47d66b4cf4b1 3bf0f6b4af0b5de9 3fe19ffffd0978f8 3fe3a75e290cc78c 3ffa0d0c36c21315 3beb2129a296b262 "
    "3fe1bffffd94840b 3fe3d38b85b4e4a4 3ff9d30032f2ecef bbdbab1ab9bb7d74 3fe1dffffbda1ea1 3fe3ffefbf3cee2f "
    "3ff999ae6770fed8 3bda0bdcb4ace9a4 3fe1fffffc989533 3fe42c8b9c27900c 3ff96112e0d9f1ac bbee19eb2fa2d81a "
    "3fe22000012b8d26 3fe4595fe11975ca 3ff92929cdaa4e80 3bf23382acc82d4b 3fe2400004f4d6af 3fe4866d4d224131 "
    "3ff8f1ef815c34e8 bbd0c6ff3b740a99 3fe25ffffcc07bda 3fe4b3b498b7d010 3ff8bb6073e7ffa1 3bebc31b1ad7a9c2 "
    "3fe28000042d9639 3fe4e136b64540d1 3ff88578f4374938 3be36de91b85e901 3fe2a00003be29a0 3fe50ef452bffd96 "
    "3ff85035c0042c06 3be15d0176f5efbd 3fe2bffffaa91f12 3fe53cee3e2f4e0d 3ff81b938542df07 3be555cd17662a2b "
    "3fe2dffffe884891 3fe56b256c1a2470 3ff7e78ee422ea70 3bf03504bd030c11 3fe2fffffe87152b 3fe5999a9beaaaa1 "
    "3ff7b424d18fe9b3 bb649a5f773e0e64 3fe31fffffc1a721 3fe5c84eafe0e564 3ff78152338db8d4 3beaf4285da8e935 "
    "3fe33fffff70a372 3fe5f74282191d64 3ff74f141122bcae 3bdb1c4bdee4bfaf 3fe360000436e836 3fe62676fde6ccff "
    "3ff71d677644252c bbec3d10e08c3afb 3fe37ffffcbe9641 3fe655ecee9ffdaf 3ff6ec49a6fc0515 3bdda4532ed29567 "
    "3fe39fffffb6d6ca 3fe685a55e67a1e1 3ff6bbb7bc2ae969 3becbf7b2ef43882 3fe3c00004934fec 3fe6b5a12cc07d75 "
    "3ff68baf10b02ef8 bbe7c8fbfeb7cabd 3fe3e00003f5cf7f 3fe6e5e13e59def6 3ff65c2d0e61500f bbe30ba4035f7845 "
    "3fe4000005280ad9 3fe7166691ab4c3e 3ff62d2f19f01c90 bbf1e9f5ffe95f6a 3fe42000049efb65 3fe7473218af3b9d "
    "3ff5feb2b86465e4 3bc4cad7280d591e 3fe440000035ccb6 3fe77844cb4ff1e5 3ff5d0b57c455428 3bed8c187ba5617c "
    "3fe4600003346717 3fe7a99fba258778 3ff5a334f4392254 bbefd14afc84a570 3fe4800003002575 3fe7db43d836768f "
    "3ff5762edcf97e0c bbdd7eba5f5df49e 3fe4a000055bf381 3fe80d3235edeefa 3ff549a0ea46e31f bbdba52276823eac "
    "3fe4c00004ce10e3 3fe83f6bd67dc1a8 3ff51d88ed82bcc4 bbeae92d077d29ea 3fe4e000016c60e1 3fe871f1ca0aaf31 "
    "3ff4f1e4bdacbf16 3be8295846ee425e 3fe4ffffff966f0a 3fe8a4c52bff2dae 3ff4c6b23917657e bbf127c25c86c705 "
    "3fe520000076e6eb 3fe8d7e7175651e8 3ff49bef4f459b05 bbb1e9d14181bbfc 3fe5400003d12d3b 3fe90b58a976ed56 "
    "3ff47199fdf24af4 3be38c17c30decaf 3fe55ffffce7fa8d 3fe93f1af03a3a09 3ff447b05f13234b 3bf1b8b270df7e20 "
    "3fe580000331b46a 3fe9732f38e83134 3ff41e3068d8b41b bbee24d8b90bc28b 3fe59ffffc14848e 3fe9a7968471b489 "
    "3ff3f5185de3aa73 bbecacd9e0761536 3fe5bffffb7cd395 3fe9dc5224a8b955 3ff3cc664f8fff15 bbf67c9782045611 "
    "3fe5e000000dcc40 3fea11634df5b93e 3ff3a41875853228 bbf585dad481f350 3fe6000002efd2fc 3fea46cb30d16323 "
    "3ff37c2d187962ae 3bf004c3a5f77bb0 3fe61ffffeb8088a 3fea7c8b053920c0 3ff354a2891769a9 3bbc6b303fee3029 "
    "3fe6400000f3ca06 3feab2a428a1911a 3ff32d770a6f0a4a 3bf2a6f8fac5081a 3fe65ffffe9ec2f4 3feae917d4ce7239 "
    "3ff306a90751a948 bbe950b551ab9dbd 3fe6800003d43966 3feb1fe7708b998a 3ff2e036d7a153c7 3bdd36e2a1e4a14e "
    "3fe69ffffab67783 3feb57142e575464 3ff2ba1f05006cb6 3bea9a4a473c2e31 3fe6bffffcb65f89 3feb8e9f981efd2f "
    "3ff2945fe948d9f7 bbca5294e802df72 3fe6dffffc5609a9 3febc68afaed6ff1 3ff26ef81533411e bbf89153f51bc566 "
    "3fe6fffffc4eef86 3febfed7c62205fe 3ff249e60e70978c 3bc39021a2b9ff56 3fe72000004d98b3 3fec3787716968ad "
    "3ff2252861be7751 3befc9c574ee2211 3fe73ffffc155075 3fec709b5ec6fd4e 3ff200bdb5d53311 3be28a4da269ae63 "
    "3fe760000498c203 3fecaa15323d08c1 3ff1dca493433f65 3bf8cae414a28fb7 3fe77fffff1e5636 3fece3f64147c12c "
    "3ff1b8dbbfe294a8 bbe7e19c4b56a744 3fe7a0000226d45a 3fed1e404120eb7f 3ff19561d15f8278 3be64b28032c5d4c "
    "3fe7c0000250a5aa 3fed58f4b112a1e1 3ff172358a59d565 bbe716deb8dc7867 3fe7e0000482f82e 3fed94153576bdf0 "
    "3ff14f55a22a1c5b 3bf207e1e1305604 3fe800000205003e 3fedcfa364d69ff7 3ff12cc0e37eb26f bbd52ec6e32395f8 "
    "3fe81ffffbf99411 3fee0ba0ebf98f51 3ff10a7616ddd5d6 bbece0d659866045 3fe840000248e3a3 3fee480f9bb7f565 "
    "3ff0e873fb84e05c 3bf4e5e81595df92 3fe860000145c157 3fee84f10a10b3ab 3ff0c6b97cbd7b1e bbe19de6d5f121d0 "
    "3fe88000022631b9 3feec2470be1f047 3ff0a5456d0b3ee6 bbc272b1a3ba2c6f 3fe8a000045f7828 3fef00136c45ba1c "
    "3ff08416af2a0f09 3be82b565b63c799 3fe8bfffffc686cf 3fef3e57f03c824b 3ff0632c33502220 bbd039ad2dbeeb25 "
    "3fe8dffffd8644c6 3fef7d168774261d 3ff04284dd5b3019 3bd79f33e1eba933 3fe8fffffe4e7937 3fefbc511a99a641 "
    "3ff0221f9f69840b bbea9e847beee018 3fe920000435251f 3feffc099eb22390 3ff001fb6f7c51e8 bb5a12e731032e0a"))


def _tan_series(a: float, da: float) -> float:
    """da + a^3 (d3 + a^2 (d5 + ...)): tan(a + da) - a for |a| <= 0.0608."""
    a2 = a * a
    d = _TAN_D
    t2 = _fma(a2, _fma(a2, _fma(a2, _fma(a2, d[4], d[3]), d[2]), d[1]), d[0])
    return _fma(a * a2, t2, da)


def _tan_reduced(n: int, a: float, da: float) -> float:
    """tan(a + da), or -cot(a + da) for odd n."""
    if fabs(a) <= _TAN_G2:
        t2 = _tan_series(a, da)
        b = a + t2
        if not n:
            return b
        db = (a - b) + t2 if fabs(a) > fabs(t2) else (t2 - b) + a
        c = 1.0 / b        # 1 / (b + db) as c + cc
        u = c * b
        cc = _fma(-db, c, ((1.0 - u) - _fma(c, b, -u)) + 0.0) / b
        z = c + cc
        return -(((c - z) + cc) + z)
    sy = -1.0 if a < 0.0 else 1.0
    ya = fabs(a)
    yya = -da if a < 0.0 else da
    i = 4 * int(_fma(ya, 256.0, -15.5))
    z = (ya - _tf(_XFG, i)) + yya
    z2 = z * z
    pz = _fma(z * z2, _fma(z2, _TAN_E1, _TAN_E0), z)
    fi = _tf(_XFG, i + 1)
    gi = _tf(_XFG, i + 2)
    if n:
        return (gi - (fi + gi) * pz / (pz + fi)) * -sy
    return ((fi + gi) * pz / (gi - pz) + fi) * sy


def _tan(x: float) -> float:
    if not _finite(x):
        return x - x
    w = fabs(x)
    if w <= 1.2589993048095494e-08:
        return x
    if w <= _TAN_G2:
        x2 = x * x
        d = _TAN_D
        return _fma(x * x2, _fma(x2, _fma(x2, _fma(x2, _fma(x2, d[4], d[3]), d[2]), d[1]), d[0]), x)
    if w <= 0.7869997024536133:
        i = 4 * int(_fma(w, 256.0, -15.5))
        z = w - _tf(_XFG, i)
        z2 = z * z
        pz = _fma(z * z2, _fma(z2, _TAN_E1, _TAN_E0), z)
        fi = _tf(_XFG, i + 1)
        gi = _tf(_XFG, i + 2)
        return ((fi + gi) * pz / (gi - pz) + fi) * (1.0 if x >= 0.0 else -1.0)
    if w <= 25.0:
        t = _fma(x, _HPINV, _TOINT)
        xn = t - _TOINT
        t1 = _fma(-xn, _MP2, _fma(-xn, _MP1, x))
        a = _fma(-xn, _TAN_MP3, t1)
        return _tan_reduced(_bits(t) & 1, a, _fma(-xn, _TAN_MP3, t1 - a))
    if w <= 100000000.0:
        t = _fma(x, _HPINV, _TOINT)
        xn = t - _TOINT
        t1 = _fma(-xn, _MP2, _fma(-xn, _MP1, x))
        tt = _fma(-xn, _PP3, t1)
        da = _fma(-xn, _PP3, t1 - tt)
        a = _fma(-xn, _PP4, tt)
        da = da + _fma(-xn, _PP4, tt - a)
        n = _bits(t) & 1
    else:
        n, a, da = _branred(x)
        n &= 1
    s = a + da     # EADD
    ds = (a - s) + da if fabs(a) > fabs(da) else (da - s) + a
    return _tan_reduced(n, s, ds)


def tan(x: float, /) -> float:
    if not _finite(x):
        if x != x:
            return x
        raise _domain()
    return _tan(x)
