"""math: the exact functions (copysign, frexp, ldexp, modf, fmod, remainder,
nextafter, ulp, degrees, radians, hypot, dist, fsum, prod) and the integer
ones (gcd, lcm, isqrt, factorial, comb, perm), with special values and
CPython's errors."""

import math

INF = math.inf
NAN = math.nan
SPECIAL = [0.0, -0.0, 1.0, -1.5, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
           -1.7976931348623157e308, INF, -INF, NAN, 0.1, 1e16, -123456.789, 2.0 ** 60 + 1]


def show(x: float) -> str:
    return "nan" if x != x else repr(x)


def attempt(name: str, f: float, g: float) -> None:
    try:
        if name == "fmod":
            r = math.fmod(f, g)
        elif name == "remainder":
            r = math.remainder(f, g)
        elif name == "nextafter":
            r = math.nextafter(f, g)
        elif name == "copysign":
            r = math.copysign(f, g)
        else:
            r = math.hypot(f, g)
        print(name, show(f), show(g), show(r))
    except (ValueError, OverflowError) as e:
        print(name, show(f), show(g), type(e).__name__, e)


for name in ["fmod", "remainder", "nextafter", "copysign", "hypot"]:
    for f in SPECIAL:
        for g in [0.0, -0.0, 1.0, -2.5, 5e-324, INF, -INF, NAN, 0.1, 3.0]:
            attempt(name, f, g)

for f in SPECIAL:
    m, ex = math.frexp(f)
    fr, whole = math.modf(f)
    print("frexp", show(f), show(m), ex, "modf", show(fr), show(whole), "ulp", show(math.ulp(f)))
    print("degrees", show(math.degrees(f)), "radians", show(math.radians(f)))
    for n in [0, 1, -1, 52, -1074, -1075, 1023, 1024, 2000, -2000, 10**15, -10**15]:
        try:
            print("ldexp", show(f), n, show(math.ldexp(f, n)))
        except OverflowError as e:
            print("ldexp", show(f), n, type(e).__name__, e)

# int arguments, ints beyond 2**53
print(math.copysign(3, -1), math.fmod(17, 5), math.remainder(17, 5), math.frexp(2**62 + 1), math.ldexp(3, 4))
print(math.modf(9007199254740993), math.hypot(3, 4), math.dist([1, 2], [4, 6]), math.degrees(1), math.radians(90))
print(math.nextafter(1, 0), math.ulp(2**53), math.fmod(-7, 3), math.remainder(-7, 2))

# hypot and dist in any dimension, with overflow- and underflow-prone values
print(math.hypot(), math.hypot(-2.5), math.hypot(1.0, 2.0, 3.0, 4.0, 5.0), math.hypot(1e308, 1e308))
print(math.hypot(-1.48519930333e-311, 5.0364486306378e-311), math.dist([3.63336870158e-311], [-8.0289068015233e-311]), math.hypot(3.63336870158e-311, 8.0289068015233e-311, 1e-315))
print(math.hypot(3e-320, 4e-320), math.hypot(INF, NAN), math.hypot(NAN, 1.0), math.hypot(1e-200, 1e200))
print(math.hypot(0.1, 0.2, 0.3), math.hypot(1, 1, 1, 1))
print(math.dist((1.0, 2.0, 3.0), (4.0, 6.0, 8.0)), math.dist([], []), math.dist([-1e308], [1e308]))
print(math.dist((0.1, 0.7), (0.3, -0.2)), math.dist([NAN, INF], [0.0, 0.0]))
try:
    math.dist([1.0, 2.0], [1.0])
except ValueError as e:
    print(type(e).__name__, e)

# fsum: exact sums, specials, overflow
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)), math.fsum([1e-16, 1.0, 1e16]))
print(math.fsum([INF, 1.0]), math.fsum([-INF, -1e308]), math.fsum([NAN, 1.0]), math.fsum([2.0 ** 53, 1.0, 2.0 ** -53]))
print(math.fsum([-0.0, -0.0]), math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]))
for bad in [[INF, -INF], [1.7976931348623157e308, 1.7976931348623157e308]]:
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

# prod
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4.0]), math.prod([]), math.prod([], start=7))
print(math.prod(range(1, 6), start=2), math.prod([2.5, 2], start=2), math.prod(x for x in [3, 5]))

# integer functions
print(math.gcd(12, 18), math.gcd(), math.gcd(-4), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(-12, 18))
print(math.lcm(4, 6), math.lcm(), math.lcm(3, 0), math.lcm(-4, 6, 10), math.lcm(-7))
print(math.isqrt(0), math.isqrt(1), math.isqrt(99), math.isqrt(100), math.isqrt(2**62), math.isqrt(9223372036854775807))
print(math.factorial(0), math.factorial(1), math.factorial(20), math.comb(52, 5), math.comb(5, 6), math.comb(60, 30))
print(math.comb(62, 31), math.comb(66, 33), math.comb(1000, 6), math.perm(20, 19), math.perm(10, 3), math.perm(5), math.perm(4, 0), math.perm(3, 4), math.comb(10, 0), math.comb(0, 0))
for n, k in [(-1, 2), (3, -1)]:
    try:
        print(math.comb(n, k))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(math.perm(n, k))
    except ValueError as e:
        print(type(e).__name__, e)
for n in [-1]:
    try:
        print(math.factorial(n))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(math.isqrt(n))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(math.perm(n))
    except ValueError as e:
        print(type(e).__name__, e)

# *xs among the arguments of hypot, gcd and lcm
coords = [3.0, 4.0]
ints = [12, -18, 30]
print(math.hypot(*coords), math.hypot(1, *coords, 2), math.hypot(*[]), math.hypot(*(float(i) for i in range(4))))
print(math.gcd(*ints), math.lcm(*ints), math.gcd(*[]), math.lcm(*[]), math.gcd(7, *ints), math.lcm(*ints, 7))
print(math.lcm(-4), math.gcd(-4), math.gcd(), math.lcm(), math.gcd(*range(0, 100, 10)), math.lcm(*{2, 3}))
