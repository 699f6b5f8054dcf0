"""Calling a class known only at run time (a class value, type(self)) with
arguments its __init__ does not take: CPython's TypeError and message for
each way a call can fail to bind."""
from __future__ import annotations

from dataclasses import dataclass


class Shape:
    def __init__(self, a: int, b: int = 1) -> None:
        self.a, self.b = a, b


class Named(Shape):
    def __init__(self, a: int, b: int = 1, *, k: int, m: int = 2) -> None:
        super().__init__(a, b)


class Three(Shape):
    def __init__(self, x: int, y: int, z: int) -> None:
        super().__init__(x)


class NoArgs(Shape):
    def __init__(self) -> None:
        super().__init__(0)


class Inherits(Shape):
    pass


class Kw(Shape):
    def __init__(self, *, x: int, y: int) -> None:
        super().__init__(x)


@dataclass
class Point(Shape):
    px: int
    py: int

    def __post_init__(self) -> None:
        super().__init__(self.px)


def attempt(what: str, make: type[Shape], n: int) -> None:
    try:
        if n == 0:
            s = make()  # type: ignore[call-arg]
        elif n == 1:
            s = make(1)
        elif n == 2:
            s = make(1, 2)
        elif n == 3:
            s = make(1, 2, 3)  # type: ignore[call-arg]
        elif n == 4:
            s = make(1, b=2)
        else:
            s = make(1, q=2)  # type: ignore[call-arg]
        print(what, n, type(s).__name__, s.a)
    except TypeError as e:
        print(what, n, type(e).__name__, e)


def main() -> None:
    for c in (Shape, Named, Three, NoArgs, Inherits, Kw, Point):
        for n in range(6):
            attempt(c.__name__, c, n)


main()
