"""printf-style formatting of str: tuples, single values, mappings, every
conversion, flags, width and precision (also `*`), literal and variable
format strings."""

from __future__ import annotations

from enum import IntEnum


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


class Color(IntEnum):
    RED = 1


def show(fmt: str, args: object) -> None:
    print(repr(fmt % args))


def main() -> None:
    s, i, x = "ab", 42, 3.14159
    # the forms mypyc's benchmarks use
    print("%s-%d" % (s, i))
    print("%.2f" % x)
    print("%5s|%-5s|%05d|%x|%X|%o|%e|%g|%r|%c|%%" % (s, s, i, 255, 255, 8, x, x, s, 65))
    print("%(name)s" % {"name": s})
    # a single value, not a tuple
    print("n=%d" % i, "s=%s" % s, "f=%f" % x, "r=%r" % s, "c=%c" % "z")
    print("%s %s %s %s" % (None, True, 1.5, [1, 2]))
    print("%s|%r" % (Point(1, 2), Point(3, 4)))
    print("%d %s %i" % (Color.RED, Color.RED, Color.RED))
    print("%s" % ((1, 2),), "%s" % [(1, 2)], "%r" % ({"a": 1},))
    # conversions of ints
    for n in (0, 7, -7, 255, -255, 123456789, 2**40, -2**62):
        print("%d|%i|%u|%o|%x|%X|%#o|%#x|%#X|%+d|% d|%5d|%-5d|%05d|%.3d|%+.3d|%#.3x|%8.3d|%-#8x|%#08x" %
              (n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n, n))
    print("%d %d %x" % (True, False, True))
    print("%d %i" % (3.99, -3.99))
    print("%.0d|%.0x|%#.0o" % (0, 0, 0))
    # conversions of floats
    for f in (0.0, -0.0, 1.5, -2.25, 3.14159, 1e20, 1.5e-7, 123456.789, 2.0 ** 70):
        print("%f|%.2f|%10.3f|%-10.1f|%+f|% f|%010.2f|%e|%.3E|%g|%G|%.10g|%#g|%#.0f|%.0e|%F" %
              (f, f, f, f, f, f, f, f, f, f, f, f, f, f, f, f))
    for f in (float("inf"), float("-inf"), float("nan")):
        print("%f|%F|%e|%g|%10f|%-10f|%010f|%+f|% F" % (f, f, f, f, f, f, f, f, f))
    print("%f %e %g" % (3, 10**6, -12))
    # str, repr, ascii, char
    print("[%s][%5s][%-5s][%.1s][%5.1s][%-5.3s][%05s]" % ("abc", "abc", "abc", "abc", "abc", "abc", "abc"))
    print("[%r][%10r][%a][%a][%.3r]" % ("it's", "x", "h\u00e9llo", "\u20ac\U0001f600", "abcdef"))
    print("[%c][%3c][%-3c][%c][%c]" % (65, "x", 0x20ac, "\u00e9", 0x1f600))
    print("%s" % "h\u00e9llo \u20ac", "%5s|" % "\u00e9", "%.2s" % "\u20ac\u20ac\u20ac")
    # width and precision from the arguments
    print("[%*d][%-*d][%*d][%.*f][%*.*f][%.*s]" % (6, 42, 6, 42, -6, 42, 2, x, 9, 3, x, 2, "abcdef"))
    print("[%.*f]" % (-3, x))
    # mappings
    d: dict[str, int] = {"a": 1, "b": 2}
    print("%(a)d+%(b)05d=%(a)s" % d)
    print("%(a)s %(b)r %(a)5.1f" % {"a": 2.5, "b": "q"})
    show("%(a(b))s|%(x y)s", {"a(b)": 1, "x y": 2})
    show("no fields", {"a": 1})
    show("%%", {})
    print("%s" % {"k": [1]})
    show("abc", [])
    show("abc", b"x")
    show("abc", ())
    # length modifiers are skipped, %% anywhere
    print("%ld %hd %Lf 100%%" % (1, 2, 0.5))
    # format strings not known when compiling
    fmts = ["%s", "%5.2f", "%-6d|", "%x", "%(k)s", "%c%c"]
    vals: list[object] = ["v", 2.5, 17, 255, {"k": "mapped"}, (104, "i")]
    for fmt, v in zip(fmts, vals):
        show(fmt, v)
    show("%s and %s", ("one", "two"))
    show("%d%%", 50)
    t = "%s=%s"
    t %= ("k", 9)
    print(t)
    parts: list[str] = []
    for k in range(3):
        parts.append("%02d:%-3s|" % (k, "x" * k))
    print("".join(parts))
    tup: tuple[int, ...] = (1, 2, 3)
    print("%d-%d-%d" % tup)
    opt: int | None = None
    print("%s" % opt, "%r" % (opt,))
    u: int | str = "u"
    print("%s" % u)


main()
