"""math: gamma and lgamma (CPython's Lanczos algorithm over the C library's
exp, pow, log, sin and cos), bit for bit, with CPython's errors."""

import math

INF = math.inf
NAN = math.nan
SPECIAL = [0.0, -0.0, 1.0, 2.0, 3.0, 23.0, 24.0, 0.5, -0.5, -1.5, 1e-21, -1e-21, 1e-320, 5.5, 5.6,
           -3.0, -2.5, 140.5, 171.6, 172.0, -170.5, -200.5, -201.5, 1e10, -1e10 - 0.5, 1e300, INF, -INF, NAN]


def show(name: str, x: float) -> str:
    try:
        r = math.gamma(x) if name == "gamma" else math.lgamma(x)
        return "nan" if r != r else repr(r)
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


for name in ["gamma", "lgamma"]:
    print(name, " ".join(show(name, x) for x in SPECIAL))

for name in ["gamma", "lgamma"]:
    h = 0
    x = -180.0
    while x < 180.0:
        try:
            r = math.gamma(x) if name == "gamma" else math.lgamma(x)
            h = (h * 31 + hash(r)) % 1000000007
        except (ValueError, OverflowError):
            h = (h * 31 + 5) % 1000000007
        x += 0.0937
    print("walk", name, h)
print(math.gamma(5), math.lgamma(100), math.gamma(-0.5), math.lgamma(-0.5), math.gamma(True))
