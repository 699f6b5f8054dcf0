# cmath: phase, polar, rect, sqrt, isfinite/isinf/isnan, isclose and the
# constants, on finite values, tiny and huge ones, and every special value.
import cmath

inf = float("inf")
nan = float("nan")
specials = [-inf, -2.0, -0.0, 0.0, 2.0, inf, nan]
finite = [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, -4.0, 1e-310, -3e-320, 1e300, -1.7e308, 2.2250738585072014e-308,
          0.1, 123.456, 1e-200]

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for x in finite:
    for y in finite[:9]:
        z = complex(x, y)
        try:
            print(z, cmath.phase(z), end=" ")
        except OverflowError as e:   # atan2 underflowed to 0
            print(z, type(e).__name__, e, end=" ")
        print(cmath.sqrt(z), cmath.polar(z), cmath.isfinite(z))
for x in specials:
    row = []
    for y in specials:
        z = complex(x, y)
        row.append(f"{cmath.sqrt(z)!r} {cmath.phase(z)!r} {cmath.isinf(z)} {cmath.isnan(z)}")
        try:
            row.append(repr(cmath.rect(x, y)))
        except ValueError as e:
            row.append(f"{type(e).__name__}: {e}")
    print(" | ".join(row))
for r in [1.0, 2.5, -3.0, 0.0, 1e308]:
    for phi in [0.0, -0.0, 0.5, -1.0, 3.141592653589793, 1e10, -2.0, 100.0]:
        print(r, phi, cmath.rect(r, phi))
for inf_r in [inf, -inf]:
    print([cmath.rect(inf_r, phi) for phi in [0.5, -1.0, 2.0, -3.0, 1e10]])
try:
    print(cmath.polar(complex(1.5e308, 1.5e308)))
except OverflowError as e:
    print(type(e).__name__, e)
print(cmath.polar(1j), cmath.polar(-1), cmath.phase(-1), cmath.phase(2.5), cmath.sqrt(-4), cmath.sqrt(2))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-10j, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(inf, 0), complex(-inf, 0)), cmath.isclose(complex(nan, 0), complex(nan, 0)),
      cmath.isclose(complex(1e308, 1e308), complex(-1e308, -1e308)))
try:
    cmath.isclose(1j, 2j, rel_tol=-1.0)
except ValueError as e:
    print(type(e).__name__, e)
w = cmath.sqrt(-1 + 0j)
print(w * w, abs(cmath.sqrt(3 + 4j)), cmath.rect(cmath.polar(3 + 4j)[0], cmath.polar(3 + 4j)[1]))

# ** beyond an int exponent (_Py_c_pow, which a program importing cmath gets)
a = 1 + 2j
print(a ** 0.5, a ** (1 + 1j), 2 ** 1j, a ** 101, a ** -101, 1j ** 1j, a ** -0.5, pow(a, 2.5))
for ex in [0j, 0.5, -1.5, 2.5j, complex(0.0, -1.0), 1e3, -1e3, 150, complex(2.0, 0.0)]:
    for base in [0j, 1 + 1j, -2 + 0j, complex(1e200, 1e200), 1e-200j, complex(0.0, -0.0)]:
        try:
            print(base, ex, base ** ex)
        except (ZeroDivisionError, OverflowError) as err:
            print(base, ex, type(err).__name__, err)
for base, ex in [(complex(1.0, inf), 0.5), (complex(nan, 1.0), 0.5), (2 + 0j, inf), (complex(inf, 0.0), 2.0),
                 (complex(inf, 1.0), 0.5), (1j, complex(0.0, inf)), (2 + 0j, nan), (2 + 2j, complex(1e300, 1e300))]:
    try:
        print(base, ex, base ** ex)
    except (ZeroDivisionError, OverflowError) as err:
        print(base, ex, type(err).__name__, err)
real_typed: complex = 4
neg: complex = -8.0
print(real_typed ** 0.5, real_typed ** 2, neg ** 0.5, neg ** (1 / 3))

seed = 12345


def rnd() -> float:
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    k = seed >> 4
    m = (k % 1000003) / 1000003.0 * 20.0 - 10.0
    return m * [1.0, 0.001, 1000.0, 1e-100, 1e100, 0.5, 3.0][(k >> 5) % 7]


for i in range(400):
    z = complex(rnd(), rnd())
    if i % 3 == 0:
        w = complex(rnd() / 10.0, rnd() / 10.0)
    elif i % 3 == 1:
        w = complex(float(int(rnd() % 240.0) - 120), 0.0)
    else:
        w = complex(rnd() * 0.05, 0.0)
    try:
        print(i, z ** w)
    except (ZeroDivisionError, OverflowError) as err:
        print(i, type(err).__name__, err)
