"""math: exp, exp2, log (with a base), log2, log10 and pow, bit for bit as
CPython on Linux (glibc), with the special values and CPython's errors."""

import math

INF = math.inf
NAN = math.nan
SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 10.0, 0.1, 1e-300, 5e-324,
           2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 709.78, 709.79,
           -745.1, -745.2, 1023.9, 1024.0, -1074.5, -1075.0, INF, -INF, NAN, 1.0000000001, 0.9999999]


def show(x: float) -> str:
    return "nan" if x != x else repr(x)


def one(name: str, x: float) -> str:
    try:
        if name == "exp":
            return show(math.exp(x))
        if name == "exp2":
            return show(math.exp2(x))
        if name == "log":
            return show(math.log(x))
        if name == "log2":
            return show(math.log2(x))
        return show(math.log10(x))
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


def two(name: str, x: float, y: float) -> str:
    try:
        if name == "pow":
            return show(math.pow(x, y))
        return show(math.log(x, y))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        return f"{type(e).__name__}: {e}"


for name in ["exp", "exp2", "log", "log2", "log10"]:
    print(name, " ".join(one(name, x) for x in SPECIAL))
for x in SPECIAL:
    print("pow", show(x), " ".join(two("pow", x, y) for y in SPECIAL))
for x in [2.0, 100.0, 0.5, 1.0, 0.0, -1.0, INF, NAN]:
    print("log base", show(x), " ".join(two("log", x, b) for b in [2.0, 10.0, 0.5, 1.0, 0.0, -2.0, INF, NAN]))

# many ordinary arguments: a deterministic walk over the ranges
h = 0
x = 0.001
while x < 700.0:
    for v in [x, -x, x * 0.37, 1.0 + x * 1e-5, 1.0 - x * 1e-6]:
        for r in [math.exp(v), math.exp2(v), math.log(abs(v)), math.log2(abs(v)), math.log10(abs(v)),
                  math.pow(abs(v), 1.7), math.pow(1.5, v * 0.1), math.log(abs(v), 3.0)]:
            h = (h * 31 + hash(r)) % 1000000007
    x *= 1.01
print("walk", h)

# ints, also beyond 2**53, and bools
print(math.exp(1), math.exp2(10), math.log(8), math.log(1024, 2), math.log2(2**62 + 1), math.log10(10**15))
print(math.log(9007199254740993), math.pow(2, 10), math.pow(-2, 3), math.pow(True, False), math.log(100, 10))
print(math.pow(10, -2), math.log10(1000), math.exp(-1000), math.exp2(-1080), math.pow(2.0, -1075))
for bad in [0, -1]:
    try:
        print(math.log(bad))
    except ValueError as e:
        print(type(e).__name__, e)
