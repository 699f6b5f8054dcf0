# float ** float and pow(float, float) are CPython's float_pow over glibc's
# pow, bit for bit: thousands of seeded pairs (printed), the special values,
# the errors, int ** negative int, ints held where float is declared, and
# math.pow agreeing.
import math
import random

rng = random.Random(1311)


def show(vals: list[float]) -> None:
    for i in range(0, len(vals), 4):
        print(" ".join(repr(v) for v in vals[i:i + 4]))


def power(x: float, y: float) -> str:
    try:
        return repr(x ** y)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


def through_float(x: float, y: float) -> float:
    r: float = x ** y
    return r


# moderate bases and exponents, where a last digit differed before
show([rng.uniform(0.0, 10.0) ** rng.uniform(-5.0, 5.0) for _ in range(1500)])
# wide bases, small exponents; small bases, wide exponents
show([(10.0 ** rng.uniform(-300.0, 300.0)) ** rng.uniform(-1.0, 1.0) for _ in range(600)])
show([pow(rng.uniform(0.5, 2.0), rng.uniform(-700.0, 700.0)) for _ in range(600)])
# near 1, and integral exponents of negative bases
show([(1.0 + rng.uniform(-1e-6, 1e-6)) ** rng.uniform(-1e6, 1e6) for _ in range(300)])
show([rng.uniform(-3.0, 3.0) ** float(rng.randrange(-40, 41)) for _ in range(600)])
show([rng.uniform(0.0, 4.0) ** 0.5 for _ in range(200)])
# results near the overflow and underflow edges, subnormals included
show([rng.uniform(1.5, 2.5) ** rng.uniform(-1100.0, -1000.0) for _ in range(200)])
print([power(2.0, y) for y in [1023.0, 1023.5, 1024.0, -1074.0, -1074.5, -1075.0, -1076.0, 0.5, -0.5]])

inf = float("inf")
nan = float("nan")
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 1e-310, -1e-310, 1e308, -1e308, inf, -inf, nan]
for x in specials:   # a negative base to a finite non-integral power is a complex in CPython
    print(repr(x), [power(x, y) for y in specials if not (x < 0 and y - y == 0 and y % 1.0 != 0.0)])
print([power(x, y) for x, y in [(10.0, 400.0), (-10.0, 401.0), (-10.0, 400.0), (1e200, 2.0), (1e-200, 2.0),
                                 (-1e-200, 3.0), (0.0, -1.0), (-0.0, -3.0), (0.0, -0.5), (1e300, 1.1),
                                 (0.9999999999999999, 1e300), (1.0000000000000002, 1e18), (2.0, 1e-300)]])
print(4.484977792407417 ** 2.5744605034018915, pow(4.484977792407417, 2.5744605034018915))

# int ** negative int is a float through the same pow
print([2 ** -n for n in range(1, 12)], [3 ** -n for n in range(1, 30)])
print([(-7) ** -n for n in range(1, 25)], [n ** -3 for n in range(-9, 10) if n])
# ints held where float is declared: int ** int stays an int, else a float
print(through_float(3, 2), through_float(2, 0.5), through_float(7, -2), through_float(1.5, 3), through_float(-2, 3))
print([through_float(n, 1.0 / 3.0) for n in range(1, 30)])
# math.pow agrees wherever both give a result
pairs = [(rng.uniform(0.0, 100.0), rng.uniform(-20.0, 20.0)) for _ in range(500)]
print(sum(1 for x, y in pairs if math.pow(x, y) == x ** y), len(pairs))
digest = 0
for x, y in pairs:
    for ch in repr(math.pow(x, y)):
        digest = (digest * 131 + ord(ch)) % 1000000007
print(digest)
