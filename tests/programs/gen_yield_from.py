# yield from: delegation with return values, recursion over a tree, delegation to lists/ranges/strings, send through yield from.
from __future__ import annotations

from typing import Generator, Iterator, Optional


class Node:
    def __init__(self, value: int, left: Optional[Node] = None, right: Optional[Node] = None) -> None:
        self.value = value
        self.left = left
        self.right = right


def inorder(n: Optional[Node]) -> Iterator[int]:
    if n is not None:
        yield from inorder(n.left)
        yield n.value
        yield from inorder(n.right)


def depth_first(n: Optional[Node], depth: int) -> Generator[str, None, int]:
    """Yields an outline and returns the number of nodes."""
    if n is None:
        return 0
    yield "  " * depth + str(n.value)
    left = yield from depth_first(n.left, depth + 1)
    right = yield from depth_first(n.right, depth + 1)
    return 1 + left + right


def read_block(data: list[int]) -> Generator[int, None, int]:
    total = 0
    for d in data:
        yield d
        total += d
    return total


def read_all(blocks: list[list[int]]) -> Generator[int, None, list[int]]:
    sums: list[int] = []
    for b in blocks:
        s = yield from read_block(b)
        sums.append(s)
    return sums


def outer() -> Generator[int, None, str]:
    sums = yield from read_all([[1, 2], [], [3, 4, 5]])
    yield -1
    return f"sums={sums}"


def mixed() -> Iterator[str]:
    yield from ["a", "b"]
    yield from "cd"
    yield from (str(i) for i in range(3))
    yield from map(str, range(10, 12))
    yield from ()


def accumulator() -> Generator[int, int, int]:
    total = 0
    while True:
        v = yield total
        if v < 0:
            return total
        total += v


def delegator(log: list[str]) -> Generator[int, int, None]:
    while True:
        result = yield from accumulator()
        log.append(f"block total {result}")


tree = Node(5, Node(3, Node(1), Node(4)), Node(8, None, Node(9, Node(7))))
print(list(inorder(tree)), sum(inorder(tree)), list(inorder(None)))
outline = depth_first(tree, 0)
while True:
    try:
        print(next(outline))
    except StopIteration as e:
        print("nodes:", e.value)
        break
o = outer()
print([next(o) for _ in range(6)])
try:
    next(o)
except StopIteration as e:
    print(e.value)
print(list(mixed()))
log: list[str] = []
d = delegator(log)
print(next(d), d.send(10), d.send(5), d.send(-1), d.send(7), d.send(-1))
print(log)


def paired(names: list[str], scores: list[int]) -> Iterator[tuple[str, int]]:
    yield from zip(names, scores)          # items of a non-generator iterable, as tuples
    yield ("end", -1)


print(list(paired(["a", "b", "c"], [1, 2])))
