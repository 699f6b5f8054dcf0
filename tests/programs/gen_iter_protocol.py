# The iterator protocol: user classes with __iter__/__next__, __iter__ as a generator method, iter() and next() with defaults.
from __future__ import annotations

from typing import Generic, Iterator, TypeVar

T = TypeVar("T")


class Countdown:
    """An iterator: __iter__ returns self, __next__ raises StopIteration at the end."""

    def __init__(self, start: int) -> None:
        self.n = start

    def __iter__(self) -> Countdown:
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Ring(Generic[T]):
    """An iterable: every iter() starts a fresh pass (a generator method)."""

    def __init__(self, items: list[T], start: int) -> None:
        self.items = items
        self.start = start

    def __iter__(self) -> Iterator[T]:
        for i in range(len(self.items)):
            yield self.items[(self.start + i) % len(self.items)]

    def __len__(self) -> int:
        return len(self.items)


class Pairs:
    """Iterates over another iterator two items at a time."""

    def __init__(self, src: Iterator[str]) -> None:
        self.src = src

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return self

    def __next__(self) -> tuple[str, str]:
        a = next(self.src)
        b = next(self.src, "?")
        return (a, b)


class Fib:
    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __iter__(self) -> FibIter:
        return FibIter(self.limit)


class FibIter:
    def __init__(self, limit: int) -> None:
        self.a = 0
        self.b = 1
        self.limit = limit

    def __iter__(self) -> FibIter:
        return self

    def __next__(self) -> int:
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


c = Countdown(3)
print(list(c), list(c), iter(c) is c)
for n in Countdown(2):
    print("countdown", n)
print(sum(Countdown(100)), max(Countdown(5)), sorted(Countdown(4)), [n * 2 for n in Countdown(3)])

r = Ring(["a", "b", "c", "d"], 2)
print(list(r), list(r), len(r), "".join(r), "c" in r, "z" in r)
it1 = iter(r)
it2 = iter(r)
print(next(it1), next(it1), next(it2), list(it1), next(it2, "none"))
nums = Ring([1, 2, 3], 1)
print(sum(nums), list(zip(nums, r)), dict(zip(r, nums)))

print(list(Pairs(iter("abcde"))), list(Pairs(iter(["x", "y"]))))
for a, b in Pairs(iter("1234")):
    print("pair", a + b)

f = Fib(50)
print(list(f), list(f), sum(Fib(10)))
fi = iter(f)
print(next(fi), next(fi), next(fi), next(fi), list(fi))

li = iter([10, 20])
print(next(li), next(li), next(li, 0), next(li, 0))
si = iter("hey")
print(next(si), list(si))
di = iter({"k1": 1, "k2": 2})
print(next(di), next(di), next(di, "end"))
ti = iter((1.5, 2.5))
print(next(ti), next(ti, None), next(ti, None))
empty = Countdown(0)
print(next(empty, -1), next(iter([]), "nothing"))
try:
    next(Countdown(0))
except StopIteration:
    print("StopIteration from __next__")
