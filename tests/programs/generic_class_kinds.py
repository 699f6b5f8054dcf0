# Generic classes holding unboxed values: Box[int], Box[float], Stack[bool], lists of T
# shared with the code outside, subclasses of specialised bases, generic subclasses,
# dataclasses, properties, dunders, Protocols and generic functions making instances.
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, Iterator, Protocol, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class Sized(Protocol):
    def size(self) -> int: ...


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
        self.history: list[T] = [item]

    def put(self, item: T) -> None:
        self.item = item
        self.history.append(item)

    def get(self) -> T:
        return self.item

    def size(self) -> int:
        return len(self.history)

    def mapped(self, f: Callable[[T], U]) -> Box[U]:
        return Box(f(self.item))

    @property
    def first(self) -> T:
        return self.history[0]

    def __iter__(self) -> Iterator[T]:
        yield from self.history

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Box) and self.history == other.history

    def __repr__(self) -> str:
        return f"Box({self.item!r}, {self.history})"


class Counter(Box[int]):
    def bump(self) -> int:
        self.put(self.get() + 1)
        return self.item

    def size(self) -> int:
        return super().size() * 100


class Labelled(Box[T]):
    def __init__(self, item: T, label: str) -> None:
        super().__init__(item)
        self.label = label

    def __repr__(self) -> str:
        return f"{self.label}={self.item!r}"


@dataclass
class Pair(Generic[T, U]):
    left: T
    right: U

    def swapped(self) -> Pair[U, T]:
        return Pair(self.right, self.left)


def boxed_twice(x: T) -> list[Box[T]]:
    return [Box(x), Box(x)]


def total_size(things: list[Sized]) -> int:
    return sum(t.size() for t in things)


ints = [1, 2, 3]
bi = Box(10)
bi.put(20)
bi.history.append(30)          # the same list inside and outside
print(bi.get() + 1, bi.history, sum(bi.history), bi.first, ints, bi.size(), list(bi))
bf = Box(1.5)
bf.put(bf.get() * 2)
print(bf, bf.history[-1] / 4, max(bf), bf.mapped(lambda v: int(v) * 7).get() + 1)
bb: Box[bool] = Box(True)
bb.put(not bb.get())
print(bb, [not x for x in bb], bb.mapped(lambda v: str(v)).get() + "!")
bs = Box("s")
bs.put("t")
print(bs, bs.first + bs.get(), Box([1, 2]).get()[1] + 1, bs == Box("s"), Box(1) == Box(1))
c = Counter(5)
c.bump()
c.bump()
print(c, c.history, c.size(), isinstance(c, Box), isinstance(bi, Counter), isinstance(bf, Box))
lab = Labelled(2.25, "x")
lab.put(lab.get() + 1)
lab2 = Labelled("v", "y")
print(lab, lab2, lab.history, lab.size(), lab2.first, isinstance(lab, Box))
p = Pair(1, "one")
q = p.swapped()
print(p, q, q.right + 1, q.left.upper(), Pair(2.5, True).swapped(), p == Pair(1, "one"))
twice = boxed_twice(7)
twice[0].put(8)
print(twice, [b.get() * 2 for b in twice], boxed_twice("z")[1].get())
things: list[Sized] = [bi, bf, bs, c, lab, Box(None)]
print(total_size(things), [t.size() for t in things])
nested = Box(Box(3))
nested.get().put(4)
print(nested, nested.get().get() + nested.get().first)


class Cell(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Cell):
            return NotImplemented
        return bool(self.value == other.value)

    def reset(self, other: object) -> None:
        if isinstance(other, Cell):
            other.value = self.value


print(Cell(1) == Cell(1), Cell(1) == Cell(2), Cell(1.5) == Cell(1.5), Cell("a") == Cell("a"), Cell(2) == Cell(2.0))
c1, c2 = Cell(3), Cell(4)
c1.reset(c2)
print(c2.value + 1, [Cell(x) == Cell(1) for x in range(3)])
