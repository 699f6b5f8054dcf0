# IntEnum members inside containers, Optionals, dataclasses and f-strings print
# as CPython 3.11 prints them: <Color.RED: 1> by repr, the plain value by str.
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Optional


class Color(IntEnum):
    RED = 1
    GREEN = 2
    BLUE = 4


class Size(IntEnum):
    S = 1
    M = 2


@dataclass
class Shirt:
    color: Color
    sizes: list[Size] = field(default_factory=list)
    best: Optional[Size] = None


colors = list(Color)
one: tuple[Color, ...] = (Color.GREEN,)
many: tuple[Color, ...] = tuple(colors)
pair = (Color.RED, 3)
print(colors, one, many, pair, (Size.M,), [], tuple(one[:0]))
print({c: c.name for c in Color}, {c.name: c for c in Color}, {Color.BLUE}, set(colors[:0]))
print([[Color.RED], [Color.GREEN, Color.BLUE]], [(Size.S, Color.RED)], {Size.M: [Color.RED]})
maybe: Optional[Color] = Color.GREEN
nothing: Optional[Color] = None
print(maybe, repr(maybe), nothing, [maybe, nothing], f"{maybe}", f"{maybe!r}")
shirt = Shirt(Color.BLUE, [Size.S, Size.M], Size.M)
print(shirt, Shirt(Color.RED), str(colors), repr(pair), f"{colors} {pair}")
print(sorted(colors, reverse=True), max(colors), [c + 1 for c in colors], sum(colors))
grid = {(Color.RED, Size.S): 1}
print(grid, list(grid), list(grid.values()))
print(list(zip(Color, Size)), list(enumerate(Size)), list(map(lambda v: Color(v), [4, 1])))
