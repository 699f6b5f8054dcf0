# A compiled class with __iter__ (a deque, Counter or the program's own) passed
# where a generic Iterable[T] is declared: the code there knows only the
# runtime's iteration, which asks the class's __iter__ for its iterator.
from collections import Counter, deque
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


class Bag:
    def __init__(self, items: list[int]) -> None:
        self.items = items

    def __iter__(self) -> Iterator[int]:
        return iter(self.items)


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> Iterator[int]:
        k = self.n
        while k > 0:
            yield k
            k -= 1


class Steps:
    """An iterator class: __iter__ returns self."""

    def __init__(self, stop: int) -> None:
        self.i = 0
        self.stop = stop

    def __iter__(self) -> "Steps":
        return self

    def __next__(self) -> str:
        if self.i >= self.stop:
            raise StopIteration
        self.i += 1
        return "s" + str(self.i)


class Pages:
    """__iter__ hands out another class's iterator."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> Steps:
        return Steps(self.n)


class Broken:
    def __iter__(self) -> Iterator[int]:
        raise RuntimeError("no items today")


def first(xs: Iterable[T]) -> T:
    for x in xs:
        return x
    raise ValueError("empty")


def as_list(xs: Iterable[T]) -> list[T]:
    return [x for x in xs]


def count(xs: Iterable[T]) -> int:
    n = 0
    for _ in xs:
        n += 1
    return n


b = Bag([3, 1, 2])
print(first(b), as_list(b), count(b))
print(first(Countdown(4)), as_list(Countdown(3)), count(Countdown(0)))
print(as_list(Steps(3)), as_list(Pages(2)), count(Pages(5)))
print(as_list(deque([4, 5, 6])), first(deque("xyz")), as_list(Counter("abca")))
print(as_list(as_list(b)), count({1: "a", 2: "b"}))
s = Steps(4)
print(first(s), as_list(s))   # one iterator, consumed in two places
for src in (Bag([]), Countdown(0)):
    try:
        first(src)
    except ValueError as e:
        print("ValueError", e)
try:
    as_list(Broken())
except RuntimeError as e:
    print("RuntimeError", e)
