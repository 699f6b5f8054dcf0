"""math: erf and erfc, bit for bit as CPython on Linux (glibc's fdlibm
rational approximations over its exp)."""

import math

INF = math.inf
NAN = math.nan
SPECIAL = [0.0, -0.0, 1e-300, -5e-324, 1e-17, 0.1, 0.25, -0.3, 0.84375, -1.0, 1.25, 2.0, -2.857, 2.8572,
           5.9, 6.0, -6.5, 10.0, 26.5, 27.9, 28.0, -30.0, 1e300, INF, -INF, NAN]


def show(name: str, x: float) -> str:
    r = math.erf(x) if name == "erf" else math.erfc(x)
    return "nan" if r != r else repr(r)


for name in ["erf", "erfc"]:
    print(name, " ".join(show(name, x) for x in SPECIAL))
for name in ["erf", "erfc"]:
    h = 0
    x = -30.0
    while x < 30.0:
        r = math.erf(x) if name == "erf" else math.erfc(x)
        h = (h * 31 + hash(r)) % 1000000007
        x += 0.00731
    print("walk", name, h)
print(math.erf(1), math.erfc(-1), math.erf(True))
