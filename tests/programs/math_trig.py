"""math: sin, cos, tan, atan, atan2, asin and acos, bit for bit as CPython on Linux (glibc), over every
argument range (the table, the Taylor series, the reductions by pi/2 and
the Payne-Hanek one for huge arguments), with CPython's errors."""

import math

INF = math.inf
NAN = math.nan
SPECIAL = [0.0, -0.0, 1e-300, -5e-324, 1e-9, 0.1, -0.125, 0.126, 0.5, 0.8554, -0.86, 1.0, 1.5707963267948966,
           2.4, 2.43, 3.141592653589793, -3.141592653589793, 6.283185307179586, 10.0, 100.0, 1e5,
           105414349.0, 105414351.0, 1e10, 1e22, 2.0 ** 60, 1e300, -1.7976931348623157e308, INF, -INF, NAN]


def show(name: str, x: float) -> str:
    try:
        r = math.sin(x) if name == "sin" else math.cos(x) if name == "cos" else math.atan(x)
        return "nan" if r != r else repr(r)
    except ValueError as e:
        return f"{type(e).__name__}: {e}"


for name in ["sin", "cos", "atan"]:
    print(name, " ".join(show(name, x) for x in SPECIAL))

for name in ["sin", "cos", "atan"]:
    h = 0
    x = 1e-7
    while x < 1e300:
        for v in [x, -x, x * 1.0000001, x + 0.5]:
            r = math.sin(v) if name == "sin" else math.cos(v) if name == "cos" else math.atan(v)
            h = (h * 31 + hash(r)) % 1000000007
        x *= 1.05
    print("walk", name, h)
print(math.sin(1), math.cos(2), math.sin(2**62), math.cos(-(2**53) - 1), math.sin(True), math.atan(1), math.atan(-10**18), math.atan(0.0625))

# atan2: every quadrant, steep and flat, huge exponent differences, specials
VALS = [0.0, -0.0, 1.0, -1.0, 0.03, -0.05, 2.5, -7.0, 1e-300, -5e-324, 1e300, -1.7976931348623157e308, INF, -INF, NAN]
for a in VALS:
    print("atan2", show("sin", a), " ".join(repr(math.atan2(a, b)) for b in VALS))
h = 0
x = 1e-5
while x < 1e5:
    for p, q in [(x, 1.0), (1.0, x), (-x, 0.5), (x, -0.7), (-3.0, -x), (x * 1e-3, -x)]:
        h = (h * 31 + hash(math.atan2(p, q))) % 1000000007
    x *= 1.01
print("walk atan2", h, math.atan2(1, 2), math.atan2(-1, 0))

# asin and acos: every table range, the square-root range near 1, errors
for name in ["asin", "acos"]:
    out = []
    for v in [0.0, -0.0, 1e-300, 1e-17, 0.1, -0.124, 0.126, 0.3, -0.49, 0.5, 0.6, -0.74, 0.8, 0.93, -0.95,
              0.96, 0.97, -0.99, 0.9999999999, 1.0, -1.0, 1.0000000001, 2.0, INF, NAN]:
        try:
            r = math.asin(v) if name == "asin" else math.acos(v)
            out.append("nan" if r != r else repr(r))
        except ValueError as e:
            out.append(f"{type(e).__name__}: {e}")
    print(name, " ".join(out))
    h = 0
    v = -1.0
    while v <= 1.0:
        r = math.asin(v) if name == "asin" else math.acos(v)
        h = (h * 31 + hash(r)) % 1000000007
        v += 0.000173
    print("walk", name, h)

# tan: the series, the table, both reductions and branred, near the poles, errors
out = []
for v in [0.0, -0.0, 1e-9, 0.06, -0.0608, 0.5, 0.787, -0.8, 1.5707963267948966, 1.57, -3.0, 24.9, 25.1, 1000.5,
          -99999999.0, 100000001.0, 1e22, 1e300, INF, -INF, NAN]:
    try:
        r = math.tan(v)
        out.append("nan" if r != r else repr(r))
    except ValueError as e:
        out.append(f"{type(e).__name__}: {e}")
print("tan", " ".join(out))
h = 0
x = 1e-6
while x < 1e300:
    for v in [x, -x, x + 0.25]:
        h = (h * 31 + hash(math.tan(v))) % 1000000007
    x *= 1.07
print("walk tan", h)
