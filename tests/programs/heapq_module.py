"""heapq: the heap list's order after each operation is CPython's, and the
selection functions pick among equal items as CPython does."""

from __future__ import annotations

import heapq
from dataclasses import dataclass


@dataclass(order=True)
class Job:
    prio: int
    name: str


class Task:
    def __init__(self, cost: int, label: str) -> None:
        self.cost = cost
        self.label = label

    def __lt__(self, other: Task) -> bool:
        return self.cost < other.cost

    def __repr__(self) -> str:
        return f"Task({self.cost}, {self.label!r})"


class Plain:
    def __init__(self, v: int) -> None:
        self.v = v


def pushes() -> None:
    h: list[int] = []
    for v in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 6]:
        heapq.heappush(h, v)
        print(h)
    out = []
    while h:
        out.append(heapq.heappop(h))
        print(h)
    print(out)


def heapify_orders() -> None:
    for xs in ([9, 8, 7, 6, 5, 4, 3, 2, 1], [1], [], [2, 1], [3, 1, 2, 1, 3, 1, 2], list(range(20, 0, -3))):
        ys = list(xs)
        heapq.heapify(ys)
        print(xs, "->", ys)
    fs = [2.5, -1.0, 3.25, 0.0, -7.5]
    heapq.heapify(fs)
    print(fs, heapq.heappop(fs), fs)
    words = ["pear", "apple", "fig", "kiwi", "banana", "apple"]
    heapq.heapify(words)
    print(words)
    pairs = [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (2, "a")]
    heapq.heapify(pairs)
    print(pairs)
    print([heapq.heappop(pairs) for _ in range(len(pairs))])


def replace_pushpop() -> None:
    h = [1, 4, 2, 8, 5]
    heapq.heapify(h)
    print(heapq.heapreplace(h, 7), h)
    print(heapq.heapreplace(h, 0), h)
    print(heapq.heappushpop(h, -1), h)
    print(heapq.heappushpop(h, 6), h)
    print(heapq.heappushpop(h, 2), h)
    e: list[int] = []
    print(heapq.heappushpop(e, 3), e)
    for f in ("heappop", "heapreplace"):
        try:
            if f == "heappop":
                heapq.heappop(e)
            else:
                heapq.heapreplace(e, 1)
        except IndexError as ex:
            print(f, type(ex).__name__, ex)


def objects() -> None:
    jobs: list[Job] = []
    for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "aa"), (0, "z")]:
        heapq.heappush(jobs, Job(p, n))
    print(jobs)
    print(heapq.heappop(jobs), heapq.heappop(jobs))
    tasks = [Task(4, "d"), Task(2, "b"), Task(2, "b2"), Task(9, "x"), Task(1, "a")]
    heapq.heapify(tasks)
    print(tasks)
    print([heapq.heappop(tasks) for _ in range(5)])
    ps = [Plain(1), Plain(2)]
    try:
        heapq.heapify(ps)
    except TypeError as ex:
        print(type(ex).__name__, ex)
    one = [Plain(3)]
    heapq.heapify(one)
    print(len(one), heapq.heappop(one).v)


def selections() -> None:
    xs = [5, 1, 8, 1, 9, 2, 7, 3, 3, 0, 6]
    for n in (-1, 0, 1, 2, 3, 5, 11, 20):
        print(n, heapq.nsmallest(n, xs), heapq.nlargest(n, xs))
    words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
    for n in (1, 2, 3, 4, 10):
        print(n, heapq.nsmallest(n, words, key=lambda w: len(w)), heapq.nlargest(n, words, key=lambda w: len(w)))
        print(n, heapq.nsmallest(n, words, key=lambda w: -len(w)), heapq.nlargest(n, iter(words)))
    counts = {"x": 3, "y": 7, "z": 3, "w": 1}
    print(heapq.nlargest(2, counts.items(), key=lambda kv: kv[1]), heapq.nsmallest(2, counts))
    print(heapq.nlargest(2, [Plain(4), Plain(9), Plain(1)], key=lambda p: p.v)[1].v)
    print(heapq.nsmallest(3, (t for t in [Task(3, "c"), Task(1, "a"), Task(1, "a2"), Task(0, "z")])))
    print(heapq.nsmallest(2, []), heapq.nlargest(2, "hello"), heapq.nsmallest(3, [2.5, 1.5, float("inf")]))


def merges() -> None:
    print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 5, 6])))
    print(list(heapq.merge([1, 3], [])), list(heapq.merge([], [])), list(heapq.merge([4])))
    print(list(heapq.merge(["a", "c"], ["b"], ["a", "d"])))
    print(list(heapq.merge([7, 5, 1], [8, 2], reverse=True)))
    print(list(heapq.merge(["bb", "a"], ["ccc", "dd", "e"], key=lambda w: len(w), reverse=True)))
    print(list(heapq.merge(["a", "bb"], ["c", "dd"], ["eee"], key=lambda w: len(w))))
    ts = list(heapq.merge([Task(1, "a"), Task(3, "c")], [Task(1, "b"), Task(2, "x")]))
    print(ts)
    print(list(heapq.merge([3, 1, 2], [0, 5, 4])))   # not sorted: the heap order shows
    print(list(heapq.merge([1, 4], [2, 5], [3, 6], [0], [9], [7, 8])))
    it = heapq.merge(iter([1, 2]), (x * 2 for x in range(3)))
    print(next(it), next(it), list(it))


pushes()
heapify_orders()
replace_pushpop()
objects()
selections()
merges()

# merge takes any number of iterables (*iterables)
merge_lists = [[1, 4, 9], [2, 3, 10], [0, 5], [7], [], [6, 8], [11, 12]]
print(list(heapq.merge(*merge_lists)), list(heapq.merge()), list(heapq.merge([3, 1])))
print(list(heapq.merge(*merge_lists, reverse=False)), list(heapq.merge(["b", "a"], ["c"], key=len)))
merge_words = [["apple", "fig"], ["kiwi"], ["banana"]]
print(list(heapq.merge(*merge_words, key=len)), list(heapq.merge([5.5, 1.5], [3.5], reverse=True)))
