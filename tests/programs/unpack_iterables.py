"""Unpacking any iterable into targets: a zip, map, generator, set, str,
bytes, range, enumerate, an iterator, a class with __iter__.  Each item lands
in its target's type; CPython's ValueErrors for the wrong count, and an
iterator is read at most one item past the targets."""
from __future__ import annotations

import itertools
from typing import Iterator


def gen() -> Iterator[int]:
    yield 1
    yield 2
    yield 3


def short() -> Iterator[int]:
    return iter([1])


class Pair:
    def __init__(self, a: float, b: float) -> None:
        self.a, self.b = a, b

    def __iter__(self) -> Iterator[float]:
        yield self.a
        yield self.b


def main() -> None:
    pairs = [(1, "a"), (2, "b")]
    nums, letters = zip(*pairs)
    print(nums, letters)
    a, b, c = gen()
    print(a + b + c)
    x, y = map(float, ["1.5", "2"])
    print(x * y)
    only, = {"only"}
    c1, c2 = "hi"
    b1, b2 = b"xy"
    r1, r2, r3 = range(3)
    print(only, c1, c2, b1 + b2, r1, r2, r3)
    for bad in (gen, short):
        try:
            u, v = bad()
            print(u, v)
        except ValueError as e:
            print(type(e).__name__, e)
    it = itertools.count()
    try:
        i1, i2 = it
        print(i1, i2)
    except ValueError as e:
        print(e, next(it))
    k1, k2 = (n * 2 for n in range(2))
    e1, e2 = enumerate("ab")
    p, q = Pair(0.5, 1.5)
    print(k1, k2, e1, e2, p + q)
    (f1,), f2 = frozenset([4]), 5
    print(f1, f2)


main()
