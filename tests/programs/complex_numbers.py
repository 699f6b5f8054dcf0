# The builtin complex type: literals, complex(), attributes, arithmetic mixed
# with int, float and bool, **, abs, ==, hash, repr of every kind of part,
# truth, complex numbers in containers, and each error CPython raises.
from dataclasses import dataclass

nan = float("nan")
inf = float("inf")


def show(label: str, f: object) -> None:
    print(label, f)


def attempt(label: str, z: complex, w: complex, op: str) -> None:
    try:
        if op == "/":
            r = z / w
        elif op == "**":
            r = z ** w
        else:
            r = z * w
        print(label, r)
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)


# literals and repr
for z in [0j, 1j, -1j, 3j, 2.5j, 1e20j, 1e-7j, 1 + 2j, 1 - 2j, -1 + 0j, -0.0 - 1j, 1.5 + 1e16j,
          complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(nan, 1.0),
          complex(1.0, nan), complex(0.0, nan), complex(-0.0, nan), complex(inf, -inf),
          complex(-inf, inf), complex(0.0, inf), complex(0.1, 0.2), complex(123456789.0, 1e-300)]:
    print(z, repr(z), str(z), f"{z}", [z], (z, 1))

# complex()
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.0))
print(complex(1 + 2j), complex(1 + 2j, 3j), complex(2, 1j), complex(1j, 1j), complex(real=3, imag=4))
print(complex(complex(1.0, -0.0)), complex(0.0, complex(0.0, -0.0)))
for s in ["1+2j", " (3-4.5J) ", "j", "-j", "+1j", "1e5", "nan+infj", "1-j", "infinityj", "-infj",
          "1.j", ".5+.5j", "5.", "1e+3-2e-2j", "-1.5", "(  7j  )"]:
    print(repr(s), complex(s))
for s in ["1+", "", "()", "1e", "1 +2j", "(1+2j", "1j1", "jj", "abc", "1+2i", "+"]:
    try:
        print(complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

# attributes
z = 3 - 4j
print(z.real, z.imag, z.conjugate(), (1j).conjugate(), z.conjugate().conjugate() == z)
print(abs(z), abs(1 + 1j), abs(-2j), abs(0j), abs(complex(inf, nan)), abs(complex(nan, -inf)),
      abs(complex(nan, 1.0)), abs(complex(1e308, 1e308)), abs(complex(3e-320, 4e-320)))
try:
    print(abs(complex(1.5e308, 1.5e308)))
except OverflowError as e:
    print(type(e).__name__, e)

# arithmetic, mixed with int, float and bool
a = 1 + 2j
b = 3.5 - 0.5j
print(a + b, a - b, a * b, a / b, -a, +a, -(0j))
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 2, 2 * a, a / 2, 2 / a, a + True, a * False)
print(complex(1, -0.0) + 1.0, complex(1, -0.0) * 1.0, 1.0 - complex(1.0, 0.0))
c = a
c += 1j
c *= 2
c -= 0.5
c /= 1 - 1j
print(c, a)
print(complex(inf, 0.0) * complex(1.0, 1.0), complex(1e300, 1e300) * complex(1e300, 1e300))
print(complex(1e308, 1e308) / complex(1e-308, 1e-308), (1 + 1j) / complex(inf, inf), (1 + 1j) / complex(nan, 0.0))
print((1 + 2j) / (1e-320 + 0j), 1j / 3, (2 + 0j) / 1j)
for zero in [0j, 0, 0.0, complex(0.0, -0.0)]:
    attempt("div", 1 + 1j, zero, "/")
attempt("div0", 0j, 0j, "/")

# powers with integral exponents
for n in range(-4, 6):
    print(n, a ** n, (0.5 - 1.5j) ** n, 1j ** n, (1 + 0j) ** n)
print(a ** (3 + 0j), pow(a, 2), pow(2j, -1), 2 ** (1 + 1j - 1j), a ** 100, (1.0001 + 0j) ** -100)
print(0j ** 0, 0j ** 2, (1e200 + 1e200j) ** 2, (1e200 + 1e200j) ** 10)
attempt("pow", 0j, -1, "**")
attempt("pow", 0j, -2 + 0j, "**")
attempt("pow", 1e200 + 0j, 2, "**")
attempt("pow", complex(1e200, 1e100), 2, "**")
attempt("mul", complex(1e300, 1e300), complex(1e300, 1e300), "*")

# ==, !=, hash, truth
print(a == 1 + 2j, a != 1 + 2j, a == 1, 2 + 0j == 2, 2 + 0j == 2.0, 2.5 == 2.5 + 0j, True == 1 + 0j)
print(1j == 1, 0j == 0, 0j == False, complex(nan, 0.0) == complex(nan, 0.0), a != b)
for h in [0j, 1j, 1 + 0j, 2.5 + 0j, 1 + 2j, -1 - 1j, complex(-0.0, 0.0), complex(inf, 1.0),
          complex(1e300, -1e300), complex(0.1, 0.7), complex(-1.0, 0.0), complex(2 ** 61, 1.0)]:
    print(h, hash(h))
print(hash(2 + 0j) == hash(2), hash(0.5 + 0j) == hash(0.5))
for q in [0j, 1j, complex(0.0, -0.0), complex(nan, 0.0), 1e-300 + 0j]:
    print(q, bool(q), not q, "yes" if q else "no", q or 7)

# complex numbers as objects: containers, sets and dicts of mixed numbers
objs: list[object] = [1, 2.0, 3j, 1 + 2j, True, (4j,)]
print(objs, [isinstance(o, complex) for o in objs], 3j in objs, 3 in objs, 5j in objs)
mixed = {1, 2.0, 3j, 1 + 0j, 2 + 0j, 4 + 4j, 4 + 4j, 0j, False}
print(len(mixed), sorted(hash(m) for m in mixed), 4 + 4j in mixed, 3j in mixed, 7j in mixed)
d: dict[complex, str] = {1j: "i", 2 + 0j: "two", -1j: "minus i"}
d[1j] = "I"
print(d, d[1j], d.get(3j, "?"), 2 + 0j in d)
zs = [2j, 1 + 1j, -3 + 0j, 0.5j]
zs.sort(key=abs)
print(zs, sum(z.real for z in zs), max(zs, key=lambda z: z.imag), zs.index(-3 + 0j), zs.count(2j))
t = (1j, 2j)
print(t == (1j, 2j), t, hash(t) == hash((1j, 2j)))
vals: set[object] = {1, 2.0, 3j, "4", b"5", (6,), False}
n = 0
for v in vals:
    n += 1
print(n, 3j in vals, complex(0, 3) in vals)


# a complex parameter may receive an int or a float (it stays one, as in CPython)
def twice(x: complex) -> complex:
    return x * 2


def scale(z: complex, k: float) -> complex:
    return z * k + 1


print(twice(3), twice(1.5), twice(2j), scale(1j, 0.5), scale(2, 0.5), twice(3) == 6)
show("object", 5j)
print(type(2j).__name__, isinstance(2j, complex), isinstance(2.0, complex), isinstance(1j, object))

# format specs, str.format and %
for spec in ["", ".3", "+.2e", " ", "+", "#.0f", "^12.1f", "*<14", ",.2f", "n", ".0", "_", "+g", "G",
             "10.3", "-", ">20", "-^30.2e", "#", "+#10", "#_", "010", "0>10", "=10", "d", "xx", "%", "r"]:
    row = [repr(spec)]
    for v in [1 + 2j, 2j, complex(-0.0, -1.5), complex(1234567.891, nan), complex(inf, -0.0), 1e16 + 1e-7j]:
        try:
            row.append(format(v, spec))
        except ValueError as e:
            row.append(f"{type(e).__name__}: {e}")
    print(" | ".join(row))
print(f"{a:.2f} {a!r:>12} {2j:+} {a:*^11}", "{} {!r:>9}".format(a, b), "%s %r" % (a, b), "%-9s|" % a)


# sum, sorted/map with abs, dataclass fields, unions of numbers with complex
@dataclass
class Signal:
    z: complex
    label: str


zs2 = [3 + 4j, 1j, -2 + 0j]
print(sorted(zs2, key=abs), list(map(abs, zs2)), sum(zs2), sum(zs2, 1j), sum([1, 2j]), sum(zs2[:0]))
print(type(1j) is complex, isinstance(2, (int, complex)), isinstance(2j, (int, complex)))
sig = Signal(1 - 1j, "x")
print(sig, sig.z.imag, f"{sig.z=}", sig == Signal(1 - 1j, "x"))
acc: complex = 0
for z in zs2:
    acc += z * z
print(acc, [z.conjugate() for z in zs2], {z: abs(z) for z in zs2}, any(z == 1j for z in zs2))
u: int | complex = 3j
print(u, u * 2, bool(u), u == 3j, u != 3j, f"{u:.1f}", abs(u), u ** 2)
k: int | complex = 0
print(bool(k), k == 0j, k + 1j, k * 2, k ** 2, f"{k:3}", -k)
