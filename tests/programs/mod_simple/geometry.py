# Module with a class, functions and constants imported by main.py.
from dataclasses import dataclass

UNIT_COUNT = 2


@dataclass
class Vector:
    x: int
    y: int

    def add(self, other: "Vector") -> "Vector":
        return Vector(self.x + other.x, self.y + other.y)


ORIGIN = Vector(0, 0)


def dot(a: Vector, b: Vector) -> int:
    return a.x * b.x + a.y * b.y


def scale(v: Vector, k: int) -> Vector:
    return Vector(v.x * k, v.y * k)


def length_sq(v: Vector) -> int:
    return dot(v, v)


def total(vs: list[Vector]) -> Vector:
    acc = ORIGIN
    for v in vs:
        acc = acc.add(v)
    return acc
