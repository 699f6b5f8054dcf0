# Generic classes with TypeVar: a Stack[T], a Pair[K, V], and a typed Box.
from typing import Generic, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def peek(self) -> T:
        return self.items[-1]

    def __len__(self) -> int:
        return len(self.items)

    def empty(self) -> bool:
        return not self.items


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)

    def __repr__(self) -> str:
        return f"Pair({self.key!r}, {self.value!r})"


s: Stack[int] = Stack()
for i in range(5):
    s.push(i * i)
print(len(s), s.peek(), s.pop(), s.pop(), len(s), s.empty())
names: Stack[str] = Stack()
names.push("a")
names.push("b")
while not names.empty():
    print("popped", names.pop())
p = Pair("x", 1)
print(p, p.swap(), p.swap().swap(), Pair((1, 2), [3]))
pairs = [Pair(k, len(k)) for k in ["aa", "b", "cccc"]]
print(pairs, sorted(pairs, key=lambda pr: pr.value))
nested: Stack[Pair[str, int]] = Stack()
nested.push(Pair("n", 9))
print(nested.peek().value + 1, nested.peek())
