# TypeVar bound to a Protocol with __lt__: generic max/sort helpers over user classes and ints.
from __future__ import annotations

from typing import Protocol, Self, TypeVar


class Comparable(Protocol):
    def __lt__(self, other: Self, /) -> bool: ...


C = TypeVar("C", bound=Comparable)


def biggest(xs: list[C]) -> C:
    best = xs[0]
    for x in xs[1:]:
        if best < x:
            best = x
    return best


def insertion_sorted(xs: list[C]) -> list[C]:
    out: list[C] = []
    for x in xs:
        i = len(out)
        while i > 0 and x < out[i - 1]:
            i -= 1
        out.insert(i, x)
    return out


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __lt__(self, other: Money) -> bool:
        return self.cents < other.cents

    def __repr__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


print(biggest([3, 9, 2]), biggest(["pear", "apple", "zoo"]), biggest([Money(150), Money(99), Money(1000)]))
print(insertion_sorted([5, 2, 8, 1, 9]), insertion_sorted(["b", "c", "a"]))
print(insertion_sorted([Money(500), Money(5), Money(50), Money(5000)]))
print(biggest([(1, "b"), (1, "c"), (0, "z")]), insertion_sorted([2.5, -1.0, 0.0]))
