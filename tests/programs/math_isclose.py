"""math.isclose: relative and absolute tolerances, keywords, infinities,
NaN, ints, and CPython's ValueError for a negative tolerance."""
import math

inf, nan = math.inf, math.nan
cases = [(1.0, 1.0), (1.0, 1.0 + 1e-10), (1.0, 1.0 + 1e-8), (0.0, 1e-300), (0.0, 0.0), (-0.0, 0.0),
         (inf, inf), (-inf, inf), (inf, 1e308), (nan, nan), (nan, 1.0), (1e308, 1.0000000001e308),
         (-1.0, -1.0 - 1e-10), (5e-324, 0.0), (100.0, 100.0000001)]
for a, b in cases:
    print(a, b, math.isclose(a, b), math.isclose(b, a), math.isclose(a, b, rel_tol=1e-3),
          math.isclose(a, b, abs_tol=1e-9), math.isclose(a, b, rel_tol=0.0, abs_tol=0.0))
print(math.isclose(1, 1), math.isclose(10, 11, rel_tol=0.1), math.isclose(10, 11, rel_tol=0.09))
print(math.isclose(a=1.0, b=1.05, abs_tol=0.05), math.isclose(1.0, b=1.0), math.isclose(inf, inf, abs_tol=inf))
print(math.isclose(1.0, 2.0, abs_tol=inf), math.isclose(inf, -inf, abs_tol=inf), math.isclose(0.1 + 0.2, 0.3))
print(math.isclose(nan, nan, rel_tol=inf), math.isclose(1.0, 1e6, rel_tol=1.0))
for rel, ab in [(-1e-9, 0.0), (0.0, -1.0), (-inf, 0.0), (nan, 0.0)]:
    try:
        print(math.isclose(1.0, 1.0, rel_tol=rel, abs_tol=ab))
    except ValueError as err:
        print("ValueError:", err)
print(math.isclose(1.0, 2.0, abs_tol=-0.5))
