"""Classes that only some code makes: the reachability pass
(transform/reachable.py) keeps a class once live code makes it, also when
that code is itself only reached through a method of a class made late."""

from __future__ import annotations

from typing import Protocol


class Node:
    def __init__(self, label: str) -> None:
        self.label = label

    def grow(self) -> Node:
        return Leaf(self.label + ".leaf")

    def describe(self) -> str:
        return "node " + self.label


class Leaf(Node):
    def grow(self) -> Node:
        return Bud(self.label + ".bud")

    def describe(self) -> str:
        return "leaf " + self.label


class Bud(Node):
    """Made only by Leaf.grow, which runs only once a Leaf exists."""

    def describe(self) -> str:
        return "bud " + self.label


class Stone(Node):
    """Made only by a function nothing calls."""

    def grow(self) -> Node:
        return Pebble(self.label)

    def describe(self) -> str:
        return "stone " + self.label


class Pebble(Node):
    """Made only by Stone's method."""

    def describe(self) -> str:
        return "pebble " + self.label


class Named(Protocol):
    label: str


def never_called() -> Node:
    return Stone("s")


def chain(n: Node, steps: int) -> list[str]:
    out = []
    for _ in range(steps):
        out.append(n.describe())
        n = n.grow()
    return out


def labels(xs: list[Named]) -> list[str]:
    return [x.label for x in xs]


print(chain(Node("root"), 4))
kinds: list[type[Node]] = [Node, Leaf]
print([k("k").describe() for k in kinds])
made = [Node("a"), Node("b").grow(), Node("c").grow().grow()]
print([isinstance(m, Bud) for m in made], [isinstance(m, Leaf) for m in made])
print([type(m).__name__ for m in made], [type(m) is Bud for m in made])
print(labels(list(made)))
