# Attributes and methods of a value whose type is a union of classes
# (`Vector | Point`): the object's class decides at run time.
from __future__ import annotations

from typing import overload


class Vector:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y
        self.tag = "v"

    def is_point(self) -> bool:
        return False

    def must_be_vector(self) -> Vector:
        return self

    def label(self, prefix: str, n: int = 1) -> str:
        return f"{prefix}vec({self.x},{self.y})" * n

    @overload
    def __add__(self, other: Vector) -> Vector: ...
    @overload
    def __add__(self, other: Point) -> Point: ...
    def __add__(self, other: Vector | Point) -> Vector | Point:
        if other.is_point():
            return Point(self.x + other.x, self.y + other.y)
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self) -> str:
        return f"Vector({self.x}, {self.y})"


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.tag = "p"
        self.x = x
        self.y = y

    def is_point(self) -> bool:
        return True

    def must_be_vector(self) -> None:
        raise TypeError("points are not vectors")

    def label(self, prefix: str, n: int = 2) -> str:
        return f"{prefix}pt({self.x},{self.y})" * n

    def __repr__(self) -> str:
        return f"Point({self.x}, {self.y})"


class Marked(Point):
    def label(self, prefix: str, n: int = 3) -> str:
        return "marked:" + super().label(prefix, n)


class Count:
    def __init__(self, n: int) -> None:
        self.n = n

    def bump(self, by: int) -> int:
        self.n += by
        return self.n


class Total:
    def __init__(self) -> None:
        self.n = 100

    def bump(self, by: int) -> int:
        self.n -= by
        return self.n


calls: list[str] = []


def arg(s: str) -> str:
    calls.append(s)
    return s


def pick(i: int) -> Vector | Point:
    calls.append(f"pick{i}")
    if i == 0:
        return Vector(1.0, 2.0)
    return Point(3.0, 4.0) if i == 1 else Marked(5.0, 6.0)


def main() -> None:
    for i in range(3):
        v = pick(i)
        print(v.x, v.y, v.tag, v.is_point(), v.label(arg("<")), v.label("[", n=1))
        try:
            print(v.must_be_vector())
        except TypeError as e:
            print(type(e).__name__, e)
        print(Vector(0.5, 0.5) + v)
    print(calls)
    counters: list[Count | Total] = [Count(1), Total(), Count(5)]
    for c in counters:
        print(c.bump(3), c.n)
    total = 0
    for j in range(10):
        total += counters[j % 3].bump(j)
    print(total, [c.n for c in counters])


main()
