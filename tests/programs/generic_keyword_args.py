"""A generic function's type variables are bound from each argument's own
parameter: a keyword argument (`key=`) binds the parameter of its name, not
the one at its position (passed on to another generic function, its int
results were read as objects)."""

from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")
K = TypeVar("K")


def keyed(xs: list[T], key: Callable[[T], K]) -> list[tuple[K, T]]:
    return [(key(x), x) for x in xs]


def best(xs: list[T], extra: list[T] | None = None, key: Callable[[T], K] | None = None,
         scale: K | None = None) -> tuple[T, K | None]:
    items = xs + (extra or [])
    if key is None:
        return items[0], scale
    pairs = keyed(items, key)
    k, x = pairs[-1]
    return x, k


print(best(["a", "bbb", "cc"], key=lambda w: len(w)))
print(best(["a", "bbb"], ["zzzz"], key=lambda w: len(w) * 0.5))
print(best([3, 1], scale=2.5), best([1.5], key=lambda v: str(v)))
print(best(key=lambda w: w[::-1], xs=["ab", "ba"]))
print(best([7, 8], key=lambda v: v * 3))
