# The math module basics: sqrt, floor, ceil, pi, e, inf, isnan, isinf, fabs.
import math

print(math.pi, math.e, math.inf, -math.inf)
for v in [0.0, 1.0, 2.0, 9.0, 10.0, 0.25, 1e10, 12345.678]:
    print("sqrt", v, math.sqrt(v))
for f in [2.5, -2.5, 3.0, -0.5, 0.4999, 1e15 + 0.5, -7.9]:
    print("floor/ceil", f, math.floor(f), math.ceil(f), math.fabs(f), int(f))
print(math.isnan(float("nan")), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf))
print(math.isinf(1e308), math.isinf(1e308 * 10))
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, nan > 1.0, math.isnan(nan))
print(math.inf > 1e308, -math.inf < -1e308, math.inf == math.inf, math.inf - 1)
print(math.inf * 0, math.inf + math.inf, -math.inf, str(nan), repr(-math.inf))
print(math.floor(-0.0), math.ceil(-0.5), math.fabs(-0.0))


def hypot(a: float, b: float) -> float:
    return math.sqrt(a * a + b * b)


for a, b in [(3.0, 4.0), (5.0, 12.0), (1.0, 1.0), (8.0, 15.0)]:
    print("hyp", a, b, hypot(a, b))
r = 2.0
print("circle", math.pi * r * r, 2 * math.pi * r)
print(math.floor(math.sqrt(99)), math.floor(math.sqrt(100)), math.ceil(math.sqrt(10 ** 12)))
# sqrt is inline: the edges and the domain error are CPython's
print(math.sqrt(-0.0), math.sqrt(float("inf")), math.sqrt(float("nan")), math.sqrt(1e300))
try:
    print(math.sqrt(-1e-300))
except ValueError as e:
    print("ValueError", e)
