"""math: expm1, log1p, sinh, cosh, tanh, asinh, acosh, atanh and cbrt, bit
for bit as CPython on Linux (glibc), with special values and CPython's
errors."""

import math

INF = math.inf
NAN = math.nan
SPECIAL = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 0.1, -0.3, 1e-300, -5e-324, 1e-20,
           2.2250738585072014e-308, 1.7976931348623157e308, -1.7976931348623157e308, 22.0, 709.0,
           710.5, -710.5, 711.0, 8.0, 27.0, -64.0, 1e-9, 3.7e-9, 0.999999, -0.9999999, INF, -INF, NAN]
NAMES = ["expm1", "log1p", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt"]


def call(name: str, x: float) -> float:
    if name == "expm1":
        return math.expm1(x)
    if name == "log1p":
        return math.log1p(x)
    if name == "sinh":
        return math.sinh(x)
    if name == "cosh":
        return math.cosh(x)
    if name == "tanh":
        return math.tanh(x)
    if name == "asinh":
        return math.asinh(x)
    if name == "acosh":
        return math.acosh(x)
    if name == "atanh":
        return math.atanh(x)
    return math.cbrt(x)


def show(name: str, x: float) -> str:
    try:
        r = call(name, x)
        return "nan" if r != r else repr(r)
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


for name in NAMES:
    print(name, " ".join(show(name, x) for x in SPECIAL))

# a deterministic walk over the ranges, hashed
for name in NAMES:
    h = 0
    x = 1e-6
    while x < 700.0:
        for v in [x, -x, 1.0 + x * 1e-3, x * 0.001 - 1.0]:
            try:
                h = (h * 31 + hash(call(name, v))) % 1000000007
            except (ValueError, OverflowError):
                h = (h * 31 + 7) % 1000000007
        x *= 1.013
    print("walk", name, h)

print(math.expm1(1), math.log1p(0), math.sinh(2), math.cosh(-3), math.tanh(1), math.asinh(10**16), math.acosh(2**60))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2**62), math.atanh(0), math.log1p(-0.0), math.expm1(-0.0))
