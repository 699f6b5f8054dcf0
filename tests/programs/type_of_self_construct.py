"""type(x)(...): a new object of the class x has at run time (a subclass too), as value classes write their operators."""
from dataclasses import dataclass


class Vec:
    def __init__(self, x: int, y: int) -> None:
        self.x, self.y = x, y

    def __add__(self, other: "Vec") -> "Vec":
        return type(self)(self.x + other.x, self.y + other.y)

    def scaled(self, k: int) -> "Vec":
        return type(self)(self.x * k, y=self.y * k)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.x}, {self.y})"


class Point(Vec):
    pass


@dataclass(frozen=True)
class Money:
    cents: int

    def plus(self, n: int) -> "Money":
        return type(self)(self.cents + n)


class Euro(Money):
    pass


vs: list[Vec] = [Vec(1, 2), Point(3, 4)]
print([v + v for v in vs], [v.scaled(3) for v in vs], type(Point(0, 0).scaled(2)).__name__)
print(Money(5).plus(1), Euro(7).plus(2))


class Node:
    def __init__(self, n: int) -> None:
        self.n = n

    def copy(self) -> "Node":
        return type(self)(self.n + 1)


class Leaf(Node):
    def __init__(self) -> None:   # takes no argument: type(self)(n) is a TypeError, only for a Leaf
        super().__init__(0)


print(Node(1).copy().n)
try:
    Leaf().copy()
except TypeError as e:
    print(type(e).__name__)
