"""**kwargs and *args typed by a generic class's type variable, and a
constructor that takes a dict, pairs or keywords (as collections' classes do),
narrowing its union argument with isinstance and updating from it."""
from __future__ import annotations

from typing import Generic, Iterable, TypeVar, overload

K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[V]):
    def __init__(self, *items: V, **named: V) -> None:
        self.items = list(items)
        self.named = dict(named)

    def add(self, *more: V) -> None:
        self.items.extend(more)

    def put(self, **kw: V) -> None:
        for k, v in kw.items():
            self.named[k] = v

    def total(self) -> str:
        return f"{self.items} {self.named} {len(self.named)}"


class Table(Generic[K, V]):
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self: Table[str, V], **kwargs: V) -> None: ...
    @overload
    def __init__(self, items: dict[K, V] | Table[K, V] | Iterable[tuple[K, V]]) -> None: ...
    @overload
    def __init__(self: Table[str, V], items: dict[str, V] | Iterable[tuple[str, V]], **kwargs: V) -> None: ...
    def __init__(self, items: dict[K, V] | Table[K, V] | Iterable[tuple[K, V]] | None = None,  # type: ignore[misc]
                 **kwargs: V) -> None:
        self.data: dict[K, V] = {}
        if isinstance(items, Table):
            self.data.update(items.data)
        elif isinstance(items, dict):
            self.data.update(items)
        elif items is not None:
            for k, v in items:
                self.data[k] = v
        for name, value in kwargs.items():
            self.data[name] = value  # type: ignore[index]

    def __repr__(self) -> str:
        return f"Table({self.data!r})"


def main() -> None:
    b = Box(1, 2, z=3)
    b.add(4, 5)
    b.put(q=6, r=-7)
    print(b.total(), sum(b.named.values()) + b.items[0])
    s = Box("a", k="b")
    s.add("c")
    s.put(w="d")
    print(s.total(), "".join(s.named.values()))
    f = Box(0.5, h=1.25)
    f.put(g=2.0)
    print(f.total(), sum(f.named.values()))
    e: Box[bool] = Box()
    e.put(yes=True)
    print(e.total())

    print(Table([("x", 1), ("y", 2)]), Table(z=3, w=4), Table({"q": 1.5}))
    t = Table({1: "one"})
    print(Table(t), Table([("a", 1)], b=2), Table({"k": [1]}, m=[2, 3]))
    empty: Table[int, float] = Table()
    print(empty, Table(iter([(2.5, True)])), Table({"s": {"n": None}}))


main()
