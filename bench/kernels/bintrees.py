"""binary-trees: allocate and walk many short-lived complete binary trees.

argv: MAX_DEPTH REPEAT.  Runs the benchmark REPEAT times; prints the node
counts of the stretch tree, of all the short-lived trees and of the
long-lived tree, each summed over the repetitions.
"""

from __future__ import annotations

import sys
from typing import Optional

MIN_DEPTH = 4


class Node:
    def __init__(self, left: Optional[Node], right: Optional[Node]) -> None:
        self.left = left
        self.right = right


def make(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(node: Node) -> int:
    left = node.left
    right = node.right
    if left is None or right is None:
        return 1
    return 1 + check(left) + check(right)


def run(max_depth: int) -> tuple[int, int, int]:
    stretch = check(make(max_depth + 1))
    long_lived = make(max_depth)
    total = 0
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iters = 1 << (max_depth - depth + MIN_DEPTH)
        for _ in range(iters):
            total += check(make(depth))
    return stretch, total, check(long_lived)


def main(argv: list[str]) -> None:
    max_depth = max(MIN_DEPTH + 2, int(argv[1]) if len(argv) > 1 else 12)
    repeat = int(argv[2]) if len(argv) > 2 else 1
    sums = [0, 0, 0]
    for _ in range(repeat):
        stretch, total, long_lived = run(max_depth)
        sums[0] += stretch
        sums[1] += total
        sums[2] += long_lived
    print(sums[0], sums[1], sums[2])


if __name__ == "__main__":
    main(sys.argv)
