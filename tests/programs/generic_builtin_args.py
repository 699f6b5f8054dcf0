"""Builtins (abs, len, str, float, str.lower, max) passed to generic functions:
the standard library's and the program's own."""
import functools
import heapq
import itertools
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
U = TypeVar("U")


def apply(f: Callable[[T], U], x: T) -> U:
    return f(x)


def apply_all(f: Callable[[T], U], xs: Iterable[T]) -> list[U]:
    return [f(x) for x in xs]


def best(xs: list[T], key: Callable[[T], int]) -> T:
    return max(xs, key=key)


xs = [3, -7, 2, -1, 5, -5]
words = ["Pear", "fig", "apple", "Kiwi"]
print(heapq.nsmallest(3, xs, key=abs))
print(heapq.nlargest(2, xs, key=abs))
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=str.lower))
print(list(itertools.accumulate(xs, max)), list(itertools.accumulate(xs, min)))
print(functools.reduce(max, xs), sorted(words, key=str.lower))
print(apply(abs, -3), apply(len, "abcd"), apply(str, 5), apply(float, 2), apply(abs, -2.5))
print(apply_all(abs, xs), apply_all(str.upper, words), apply_all(len, words))
print(best(words, len), best(xs, abs))
print(list(map(abs, xs)), list(filter(str.istitle, words)))
