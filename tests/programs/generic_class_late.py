"""Generic-class specialisations made only inside generic code: found by the
prepare phase (irbuild/discover.py) before any function is lowered.

Pair[i64] and Pair[f64] are made only by count's copies; show's dispatch on
Box.size is compiled before them and must include them.  Box[T] inside a
closure, a lambda and a comprehension of a generic function's copy, a
specialised class's method calling a generic function, and a generic
function calling another with its own type variable are found the same way.
"""

from typing import Callable, Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

    def size(self) -> int:
        return 1

    def get(self) -> T:
        return self.v

    def wrap(self) -> "Cell[T]":
        return make_cell(self.v)


class Pair(Box[T]):
    def __init__(self, v: T, w: T) -> None:
        super().__init__(v)
        self.w = w

    def size(self) -> int:
        return 2


class Cell(Generic[U]):
    def __init__(self, v: U) -> None:
        self.v = v

    def get(self) -> U:
        return self.v


def make_cell(x: U) -> Cell[U]:
    return Cell(x)


def show(b: Box[str]) -> int:
    return b.size()


def count(x: T) -> int:
    p: Box[T] = Pair(x, x)
    return p.size()


def inner(x: T) -> int:
    def f() -> int:
        b = Box(x)
        return 1 if b.get() == x else 0
    g: Callable[[], int] = lambda: len([Cell(x) for _ in range(2)])
    return f() + g()


def outer(x: U) -> int:
    return inner(x) + inner([x]) + count(x)


def main() -> None:
    print(show(Pair("a", "b")), show(Box("c")))
    print(count(3), count(2.5), count(True))
    print(outer(3), outer(1.5))
    print(Box(True).wrap().get(), Box(7).wrap().get())


main()
