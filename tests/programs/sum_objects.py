"""sum(xs, start) of objects: start + x0 + x1 ... by the class's __add__
(a user class, lists, tuples), left to right, each + a new object; an empty
xs gives start itself; a `[]` start takes the items' representation."""

from __future__ import annotations


class Money:
    adds = 0

    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: Money) -> Money:
        Money.adds += 1
        print("  add", self.cents, other.cents)
        return Money(self.cents + other.cents)

    def __repr__(self) -> str:
        return f"Money({self.cents})"


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y

    def __add__(self, o: Vec) -> Vec:
        return Vec(self.x + o.x, self.y + o.y)

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


def main() -> None:
    ms = [Money(5), Money(-2), Money(100)]
    print(sum(ms, Money(0)), Money.adds)
    zero = Money(0)
    print(sum([], zero) is zero, sum(ms[:1], zero) is zero)
    print(sum((m for m in ms if m.cents > 0), Money(1)))
    print(sum([Vec(1, 2), Vec(0.5, -1)], Vec(0, 0)))
    print(sum([[1, 2], [3], []], [0]), sum([(1, "a"), (2, "b")], ()))
    print(sum([[1.5], [2.5]], []), sum([1, 2, 3], 10), sum([0.5, 0.25]))
    start: list[float] = [0.5]
    print(sum([[1.5], [2.5]], start), start, sum([[1], [2]], []))


main()
