"""An int held where float is declared, through function values, closures,
generators, methods and their overrides, NamedTuples, generic functions and
class-level defaults: it stays an int, as in CPython."""

from typing import Callable, Iterator, NamedTuple, TypeVar

T = TypeVar("T")


class Shape:
    scale: float = 1

    def area(self) -> float:
        return 0

    def describe(self) -> str:
        return f"{type(self).__name__} {self.area()} x{self.scale}"


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side


class Disc(Shape):
    def __init__(self, r: float) -> None:
        self.r = r
        self.scale = 2

    def area(self) -> float:
        return 3.14 * self.r * self.r


class Pair(NamedTuple):
    left: float
    right: float = 0


def first(xs: list[T]) -> T:
    return xs[0]


def apply(f: Callable[[float], float], v: float) -> float:
    return f(v)


def double(x: float) -> float:
    return x * 2


def counter(n: int) -> Iterator[float]:
    for i in range(n):
        yield i
    yield 0.5


def seconds(ns: float) -> float:
    return ns / 1e9


def make_adder(k: float) -> Callable[[float], float]:
    def add(x: float) -> float:
        return x + k
    return add


def accumulate() -> float:
    acc: float = 0

    def step(v: int) -> None:
        nonlocal acc
        acc += v
    for i in range(4):
        step(i)
    return acc


def main() -> None:
    shapes: list[Shape] = [Square(3), Square(1.5), Disc(1), Shape()]
    for s in shapes:
        print(s.describe(), s.area())
    p = Pair(1)
    q = Pair(2.5, 3)
    print(p, q, p.left, q.right, p.left + q.right, p._replace(right=4))
    print(first([1.5, 2]), first([7, 2.5]))
    fs: list[float] = [4, 5]
    print(first(fs))
    print(apply(double, 3), apply(double, 0.25), apply(lambda x: x - 1, 10), apply(make_adder(1), 2))
    print(make_adder(0.5)(1), list(counter(3)), sum(counter(3)), [v * 2 for v in counter(2)])
    print(accumulate(), seconds(1733500000123456789), seconds(1500), seconds(2 ** 49) * 2)
    g: Callable[[], float] = lambda: 3
    print(g())
    table: dict[str, Callable[[float], float]] = {"dbl": double, "neg": lambda x: -x}
    print(table["dbl"](6), table["neg"](6), table["neg"](0.5))
    xs: list[float] = [3, 1, 2]
    xs.sort()
    print(xs, sorted(xs, key=lambda v: -v), list(map(double, xs)), [x / 2 for x in xs])
    print(list(zip(xs, [1.5, 2.5, 3.5])), list(enumerate(xs)), xs * 2, xs + [0.5])
    ys = list(reversed(xs))
    print(ys, ys.count(1), xs.index(2), tuple(xs), set(xs) == {1, 2, 3})


main()
