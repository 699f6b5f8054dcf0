"""printf-style formatting with a literal format whose conversions map to
format specs (compiled as an f-string is): every flag, width and precision
on ints, floats and strs, single values and tuple displays, str and bytes."""

from __future__ import annotations


class Named:
    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return "<" + self.name + ">"

    def __repr__(self) -> str:
        return "Named(" + repr(self.name) + ")"


def main() -> None:
    ints = [0, 1, -1, 7, -42, 255, -255, 65535, 123456789, -(2**40), 2**62]
    for n in ints:
        print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|%-+6d|%0d|%1d" % (n, n, n, n, n, n, n, n, n, n, n, n, n))
        print("%x|%X|%o|%#x|%#X|%#o|%8x|%-8X|%08x|%#08x|%#-8o|%+x|% #o|%#010X" % (n, n, n, n, n, n, n, n, n, n, n, n, n, n))
        print("[%s][%r][%6s][%-6s][%.2s][%4.1r]" % (n, n, n, n, n, n))
    for b in (True, False):
        print("%d %5d %x %s %r %f %-6s|" % (b, b, b, b, b, b, b))
    floats = [0.0, -0.0, 0.5, -1.5, 2.675, 3.14159, 1e-5, 1.5e-7, 123456.789, 1e15, 1e16, 1e20, -1e100,
              float("inf"), float("-inf"), float("nan")]
    for f in floats:
        print("%f|%.0f|%.1f|%.3f|%10.2f|%-10.2f|%010.2f|%+.2f|% .2f|%#.0f|%F" % (f, f, f, f, f, f, f, f, f, f, f))
        print("%e|%.0e|%.2e|%E|%12.3e|%-12.3E|%012.3e|%+e|%#.0e" % (f, f, f, f, f, f, f, f, f))
        print("%g|%.0g|%.1g|%.3g|%G|%10g|%-10g|%010g|%+g|%#g|%#.3g|%.12g" % (f, f, f, f, f, f, f, f, f, f, f, f))
        print("[%s][%r][%12s][%.4s]" % (f, f, f, f))
    for n in (0, 3, -12, 10**6, 2**60):
        print("%f %e %g %.2f %10.1e" % (n, n, n, n, n))
    words = ["", "a", "abc", "h\u00e9llo", "\u20ac\U0001f600", "it's", 'say "hi"']
    for w in words:
        print("[%s][%r][%5s][%-5s][%.1s][%.0s][%5.2s][%-5.2r][%05s]" % (w, w, w, w, w, w, w, w, w))
    print("%s and %r" % (Named("x"), Named("y")), "%s|%r|%s" % ([1, "a"], (1.5,), None))
    print("%s" % "single", "%d" % 17, "%.3f" % 2.0, "%5s|" % "ab", "%x" % 255, "100%% %s" % "sure")
    print("no conversions %%", "%% %s %%" % "x", "%s%s%s" % ("a", "b", "c"))
    i, x, s = 9, 0.25, "v"
    print("%s=%d (%.1f%%)" % (s, i, x * 100))
    print(b"%d|%5d|%-5x|%#o|%.2f|%e|%g" % (i, i, i, i, x, x, x), b"[%s][%5s][%-5s][%.1s]" % (b"ab", b"ab", b"ab", b"ab"))
    print(b"\xff%s\x00%d" % (b"\xfe", 1), b"%s" % b"one", b"%%%d%%" % 5)
    for k in range(3):
        print("%03d:%-4s:%+.1e" % (k, "x" * k, k / 3))


main()
