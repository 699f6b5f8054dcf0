"""Classes defined in a class body: nested helper classes, a dataclass, reached as Outer.Inner."""
from dataclasses import dataclass
from typing import Iterator


class Deque:
    class _Node:
        def __init__(self, value: int) -> None:
            self.value = value
            self.next: "Deque._Node | None" = None

    class _Iterator:
        def __init__(self, node: "Deque._Node | None") -> None:
            self.node = node

        def __iter__(self) -> "Deque._Iterator":
            return self

        def __next__(self) -> int:
            if self.node is None:
                raise StopIteration
            v = self.node.value
            self.node = self.node.next
            return v

    @dataclass
    class Stats:
        size: int
        LIMIT = 10

    def __init__(self) -> None:
        self.head: Deque._Node | None = None
        self.size = 0

    def push(self, v: int) -> None:
        n = Deque._Node(v)
        n.next = self.head
        self.head = n
        self.size += 1

    def __iter__(self) -> Iterator[int]:
        return Deque._Iterator(self.head)

    def stats(self) -> "Deque.Stats":
        return Deque.Stats(self.size)


d = Deque()
for i in range(4):
    d.push(i)
print(list(d), d.stats(), Deque.Stats.LIMIT, type(d.stats()).__qualname__, repr(Deque._Node(1))[:22])
