"""bisect (on lists: the subset has no len() of a Sequence): searches and insertions with lo/hi/key land where CPython's do,
for equal items too; lo < 0 is CPython's ValueError."""

from __future__ import annotations

import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right
from dataclasses import dataclass


@dataclass
class Rec:
    name: str
    score: int


def searches() -> None:
    xs = [1, 2, 2, 2, 3, 5, 8, 8, 13]
    for x in (-1, 0, 1, 2, 3, 4, 8, 13, 14):
        print(x, bisect_left(xs, x), bisect_right(xs, x), bisect.bisect(xs, x))
    for lo, hi in ((0, 0), (2, 5), (3, None), (0, 9), (5, 3)):
        print(lo, hi, bisect_left(xs, 2, lo, hi), bisect_right(xs, 8, lo, hi), bisect.bisect_left(xs, 5, lo=lo, hi=hi))
    try:
        bisect_left(xs, 2, 9, 20)
    except IndexError as e:
        print(type(e).__name__, e)
    print(bisect_left([], 3), bisect_right([], 3), bisect_left([1.5, 2.5], 2), bisect_right([1, 2, 3], 2.0))
    words = ["apple", "fig", "kiwi", "pear"]
    print(bisect_left(words, "kiwi"), bisect_right(words, "kiwi"), bisect.bisect(words, "b"), bisect_left(words, "zz"))
    fs = [0.5, 1.0, 1.0, float("inf")]
    print(bisect_left(fs, 1), bisect_right(fs, 1), bisect_right(fs, float("inf")), bisect_left(fs, float("nan")))
    pairs = [(1, "a"), (1, "c"), (2, "b")]
    print(bisect_left(pairs, (1, "b")), bisect_right(pairs, (1,)), bisect_left(pairs, (2,)))
    for f in (-1, -5):
        try:
            bisect_left(xs, 2, f)
        except ValueError as e:
            print(type(e).__name__, e)
        try:
            bisect.bisect_right(xs, 2, lo=f)
        except ValueError as e:
            print(type(e).__name__, e)
    try:
        insort(xs, 4, -1)
    except ValueError as e:
        print(type(e).__name__, e, xs)


def keyed() -> None:
    recs = [Rec("a", 10), Rec("b", 20), Rec("c", 20), Rec("d", 35)]
    for s in (5, 10, 20, 21, 35, 40):
        print(s, bisect_left(recs, s, key=lambda r: r.score), bisect_right(recs, s, key=lambda r: r.score),
              bisect.bisect(recs, s, 1, 3, key=lambda r: r.score))
    insort(recs, Rec("e", 20), key=lambda r: r.score)
    insort_left(recs, Rec("f", 20), key=lambda r: r.score)
    insort_right(recs, Rec("g", 0), key=lambda r: r.score)
    bisect.insort_left(recs, Rec("h", 99), lo=2, key=lambda r: r.score)
    print([r.name for r in recs])
    words = ["a", "bb", "cc", "dddd"]
    print(bisect_left(words, 2, key=lambda w: len(w)), bisect_right(words, 2, key=lambda w: len(w)), bisect_right(words, 3, key=lambda w: len(w)))


def insertions() -> None:
    xs: list[int] = []
    for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
        insort(xs, v)
    print(xs)
    ys = [1.0, 2.0]
    insort_left(ys, 1.0)
    insort_right(ys, 2.5)
    print(ys, [type(y).__name__ for y in ys])
    zs = [3, 2, 1]   # not sorted: the search still goes where CPython's does
    insort(zs, 2)
    bisect.insort_right(zs, 0, 1, 3)
    bisect.insort_left(zs, 7, hi=1)
    print(zs)
    ws = ["b", "d"]
    insort(ws, "c", 0, 0)
    insort(ws, "z", lo=3)
    print(ws)
    ts: list[tuple[int, str]] = [(1, "x")]
    insort(ts, (1, "a"))
    insort(ts, (0, "z"))
    print(ts)


searches()
keyed()
insertions()
