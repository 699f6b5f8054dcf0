"""str.format() on a literal string: automatic and explicit numbering,
keyword fields, conversions, format specs, escaped braces, arguments used
twice, evaluated once each in order."""


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


def noisy(tag: str, v: int) -> int:
    print("eval", tag)
    return v


print("{} + {} = {}".format(1, 2, 1 + 2))
print("{1} before {0}, {0} again".format("a", "b"))
print("{name} is {age} ({name!r})".format(name="Ada", age=36))
print("{:>8}|{:<6}|{:^7}|".format("right", "left", "mid"))
print("{:08.3f} {:x} {:#o} {:+d} {:,}".format(3.14159, 255, 8, 5, 1234567))
print("{!r} {!s} {}".format(Point(1, 2), Point(3, 4), Point(5, 6)))
print("{{literal}} {} {{}}".format("x"))
print("{0}{1}{0}".format(noisy("first", 1), noisy("second", 2)))
print("{:.2%} {:e} {}".format(0.1234, 12345.678, None))
print("{} {}".format(True, [1, "two", 3.0]))
print("".format(), "no fields".format())
