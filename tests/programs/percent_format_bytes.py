"""printf-style formatting of bytes and bytearray: %s/%b take bytes-like
values, numbers give ASCII digits, %r/%a give ascii(); the result has the
format's type."""

from __future__ import annotations


def show(fmt: bytes, args: object) -> None:
    try:
        print(fmt % args)
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", e)
    except OverflowError as e:
        print("OverflowError", e)
    except KeyError as e:
        print("KeyError", e)


def main() -> None:
    i = 42
    print(b"%d" % i, b"%5d|%-5d|%05d|%+d|%x|%X|%#o|%.3d" % (i, i, i, i, 255, 255, 8, 7))
    print(b"%s-%b" % (b"ab", b"cd"), b"[%5s][%-5s][%.1s]" % (b"ab", b"ab", b"ab"))
    print(b"%f|%.2e|%g|%10.3f" % (3.14159, 31415.9, 0.5, -2.5))
    print(b"%r %a %r" % ("h\u00e9", "x", b"b"))
    print(b"%c%c" % (104, b"i"))
    show(b"%s-%b-%c", (b"ab", bytearray(b"cd"), bytearray(b"!")))
    print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 7})
    print(b"%s" % b"\xff\x00", b"%c" % 255, b"100%%")
    ba = bytearray(b"<%s:%d>")
    r = ba % (b"n", 1)
    print(r, len(r))
    fmt = b"%s|%d"
    print(fmt % (b"v", 2))
    show(b"%s", "text")
    show(b"%b", 5)
    show(b"%d", b"1")
    show(b"%i", "x")
    show(b"%x", 1.5)
    show(b"%f", "x")
    show(b"%c", 256)
    show(b"%c", b"ab")
    show(b"%c", "a")
    show(b"%s %s", (b"a",))
    show(b"%s", (b"a", b"b"))
    show(b"abc", "x")
    show(b"abc", bytearray(b"x"))
    show(b"abc", [1])
    show(b"%(a)s", {"a": b"x"})
    show(b"%y", 1)
    show(b"%(a)s", 1)


main()
