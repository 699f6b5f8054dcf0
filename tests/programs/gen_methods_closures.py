# Generators as methods (reading and changing self between yields) and generators closing over enclosing locals.
from __future__ import annotations

from typing import Callable, Iterator


class Inventory:
    def __init__(self) -> None:
        self.items: dict[str, int] = {}
        self.version = 0

    def add(self, name: str, qty: int) -> None:
        self.items[name] = self.items.get(name, 0) + qty
        self.version += 1

    def low_stock(self, limit: int) -> Iterator[str]:
        for name, qty in self.items.items():
            if qty < limit:
                yield f"{name}({qty}) v{self.version}"

    def drain(self) -> Iterator[tuple[str, int]]:
        while self.items:
            name = next(iter(self.items))
            qty = self.items.pop(name)
            self.version += 1
            yield name, qty

    @staticmethod
    def numbered(names: list[str]) -> Iterator[str]:
        for i, n in enumerate(names, 1):
            yield f"{i}. {n}"


class Tokenizer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def tokens(self) -> Iterator[str]:
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch.isdigit():
                start = self.pos
                while self.pos < len(self.text) and self.text[self.pos].isdigit():
                    self.pos += 1
                yield self.text[start:self.pos]
            else:
                self.pos += 1
                if ch != " ":
                    yield ch


def make_counter(step: int) -> Callable[[int], Iterator[int]]:
    calls = 0

    def count(n: int) -> Iterator[int]:
        nonlocal calls
        calls += 1
        for i in range(n):
            yield calls * 100 + i * step
    return count


def scaled(xs: list[int]) -> Iterator[int]:
    factor = 1
    gen = (x * factor for x in xs)
    factor = 10   # the generator expression reads factor lazily
    return gen


def window_of(text: str) -> Iterator[str]:
    size = 2

    def chunks() -> Iterator[str]:
        for i in range(0, len(text), size):
            yield text[i:i + size]
    first = chunks()
    size = 3
    return first


def adders() -> list[Callable[[int], int]]:
    return [make_adder(k) for k in range(3)]


def make_adder(k: int) -> Callable[[int], int]:
    return lambda v: v + k


inv = Inventory()
inv.add("bolt", 3)
inv.add("nut", 50)
inv.add("gear", 1)
low = inv.low_stock(5)
print(next(low))
inv.add("gear", 1)
print(next(low), next(low, "done"))
print(list(Inventory.numbered(["a", "b"])), list(inv.numbered(["c"])))
for name, qty in inv.drain():
    print("drained", name, qty, "left", len(inv.items), "version", inv.version)

tk = Tokenizer("12+ 3*(45 -6)")
toks = tk.tokens()
print(next(toks), next(toks), "pos", tk.pos)
tk.pos += 3
print(list(toks), "pos", tk.pos)

count = make_counter(5)
c1 = count(3)
c2 = count(2)
print(list(c1), list(c2))
print(list(scaled([1, 2, 3])), list(window_of("abcdefgh")))
print([f(10) for f in adders()])
funcs: list[Callable[[], int]] = [lambda: n for n in range(3)]   # late binding too
print([f() for f in funcs], list(g() for g in funcs))
