"""CPython's `bisect` for compiled programs (under CPython its own runs):
the same binary searches, comparing with `<` only and in CPython's
direction (`x < a[mid]` for the right side, `a[mid] < x` for the left), so
equal items and inconsistent orders land where CPython puts them."""

from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")
K = TypeVar("K")


def lt(a: object, b: object) -> bool:
    # a 1-tuple comparison type-checks for items of any types (x and the
    # items may be of two types); compiled, it compares the objects by their
    # own types (a < b unless a == b)
    return (a,) < (b,)


def bounds(n: int, lo: int, hi: int | None) -> int:
    if lo < 0:
        raise ValueError("lo must be non-negative")
    return n if hi is None else hi


def bisect_right(a: list[T], x: K, lo: int = 0, hi: int | None = None, *,
                 key: Callable[[T], K] | None = None) -> int:
    hi = bounds(len(a), lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if lt(x, a[mid]):
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if lt(x, key(a[mid])):
                hi = mid
            else:
                lo = mid + 1
    return lo


def bisect_left(a: list[T], x: K, lo: int = 0, hi: int | None = None, *,
                key: Callable[[T], K] | None = None) -> int:
    hi = bounds(len(a), lo, hi)
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if lt(a[mid], x):
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if lt(key(a[mid]), x):
                lo = mid + 1
            else:
                hi = mid
    return lo


def insort_right(a: list[T], x: T, lo: int = 0, hi: int | None = None, *,
                 key: Callable[[T], K] | None = None) -> None:
    if key is None:
        lo = bisect_right(a, x, lo, hi)
    else:
        lo = bisect_right(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def insort_left(a: list[T], x: T, lo: int = 0, hi: int | None = None, *,
                key: Callable[[T], K] | None = None) -> None:
    if key is None:
        lo = bisect_left(a, x, lo, hi)
    else:
        lo = bisect_left(a, key(x), lo, hi, key=key)
    a.insert(lo, x)


def bisect(a: list[T], x: K, lo: int = 0, hi: int | None = None, *,
           key: Callable[[T], K] | None = None) -> int:
    return bisect_right(a, x, lo, hi, key=key)


def insort(a: list[T], x: T, lo: int = 0, hi: int | None = None, *,
           key: Callable[[T], K] | None = None) -> None:
    insort_right(a, x, lo, hi, key=key)
