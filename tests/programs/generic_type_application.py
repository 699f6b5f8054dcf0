"""A generic class called with its type arguments written (`Box[int](3)`,
as mypyc's benchmarks write `vec[i64](...)`): the instance is the
specialisation of those arguments; also through an overloaded constructor
whose items parameter is positional-only."""

from __future__ import annotations

from typing import Generic, Iterable, TypeVar, overload

T = TypeVar("T")
U = TypeVar("U")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


class Pair(Generic[T, U]):
    def __init__(self, a: T, b: U, /) -> None:
        self.a = a
        self.b = b

    def swapped(self) -> Pair[U, T]:
        return Pair[U, T](self.b, self.a)


class Row(Generic[T]):
    @overload
    def __init__(self, *, size: int = 0) -> None: ...
    @overload
    def __init__(self, items: Iterable[T], /, *, size: int = 0) -> None: ...
    def __init__(self, items: Iterable[T] | None = None, *, size: int = 0) -> None:
        self.items: list[T] = [] if items is None else list(items)
        self.size = max(size, len(self.items))

    def __getitem__(self, i: int) -> T:
        return self.items[i]


b = Box[int](3)
print(b.get() + 1, Box[str]("s").get(), Box[float](2.5).item * 2, Box[list[int]]([1, 2]).get())
p = Pair[int, str](1, "one")
q = p.swapped()
print(p.a, p.b, q.a, q.b, Pair[float, bool](1.5, True).swapped().a)
r = Row[int]([4, 5, 6])
print(r[0] + r[2], r.size, Row[int]().size, Row[int](size=3).size, Row[str](["x"], size=2).size, Row[str](["y"])[0])
nested = Box[Box[int]](Box[int](7))
print(nested.get().get())
