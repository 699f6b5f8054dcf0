"""printf-style formatting errors, as CPython raises them: the exception
type and message, caught and printed, and one left uncaught at the end."""

from __future__ import annotations


def show(fmt: str, args: object) -> None:
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", e)
    except OverflowError as e:
        print("OverflowError", e)
    except KeyError as e:
        print("KeyError", e)


class Thing:
    pass


def main() -> None:
    show("%s %s", ("a", "b", "c"))
    show("%s", ("a", "b"))
    show("abc", 5)
    show("%s %s", ("a",))
    show("%s", ())
    show("%d", "x")
    show("%i", "x")
    show("%u", [1])
    show("%d", None)
    show("%d", Thing())
    show("%x", 1.5)
    show("%o", "7")
    show("%X", True)
    show("%f", "x")
    show("%e", None)
    show("%g", [1.0])
    show("%y", 1)
    show("%y", ())
    show("abc %\u20ac", 1)
    show("%5%", 1)
    show("%5%", ())
    show("%-%", 1)
    show("%", 1)
    show("%5.", 1)
    show("%(a)s", {"b": 1})
    show("%(a", {"a": 1})
    show("%(a)s", (1,))
    show("%(a)s", 1)
    show("%(a)s", [1])
    show("%*d", ("x", 1))
    show("%.*f", (1.5, 1.0))
    show("%*d", ())
    show("%c", "ab")
    show("%c", "")
    show("%c", 1.0)
    show("%c", 0x110000)
    show("%c", -1)
    show("%d", float("nan"))
    show("%d", float("inf"))
    d: dict[str, int] = {"x": 1}
    key = "y"
    try:
        print(("%(" + key + ")s") % d)
    except KeyError as e:
        print("KeyError", e)
    fmt = "%s and %s"
    print(fmt % ("only one",))


main()
