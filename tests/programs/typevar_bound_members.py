"""Methods and attributes of a value typed by a TypeVar bound to a Protocol
or a class (`x: T`, T bound=Base): called as on the bound, dispatched on the
object's own class, in the function body, lambdas, generator expressions,
comprehensions and a generic class."""
from __future__ import annotations

from typing import Generic, Protocol, TypeVar


class HasArea(Protocol):
    def area(self) -> float: ...


class Named(Protocol):
    name: str


class Base:
    def __init__(self, name: str, size: int) -> None:
        self.name = name
        self.size = size

    def grow(self) -> int:
        self.size += 1
        return self.size

    def area(self) -> float:
        return self.size * 1.5


class Sub(Base):
    def grow(self) -> int:
        self.size += 10
        return self.size


A = TypeVar("A", bound=HasArea)
B = TypeVar("B", bound=Base)
N = TypeVar("N", bound=Named)


def total(xs: list[A]) -> float:
    return sum(x.area() for x in xs)


def first_area(xs: list[A]) -> float:
    return xs[0].area()


def biggest(xs: list[B]) -> B:
    return max(xs, key=lambda b: b.size)


def names(xs: list[N]) -> list[str]:
    return [x.name for x in xs]


def grow_all(xs: list[B]) -> list[int]:
    return [x.grow() + x.size for x in xs]


class Box(Generic[B]):
    def __init__(self, item: B) -> None:
        self.item = item

    def label(self) -> str:
        return self.item.name + str(self.item.grow())


def main() -> None:
    shapes = [Base("a", 1), Sub("b", 2)]
    print(total(shapes), first_area([Sub("c", 4)]), biggest([Sub("s", 5), Base("t", 9)]).name)
    print(names(shapes), grow_all(shapes), [s.size for s in shapes])
    print(Box(Sub("q", 0)).label(), Box(Base("r", 0)).label())


main()
