# enum.Enum with members of any literal type: identity, aliases, auto(), lookup by value
# (Color(2)) and by name (Color["RED"]), iteration, len, `in`, str/repr/format, methods,
# properties, classmethods, a user __str__, members as dict keys and in sets, inside
# dataclasses, Optionals and object-typed places; ends with an uncaught ValueError.
import enum
from dataclasses import dataclass
from enum import Enum, auto, unique
from typing import Optional


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1     # an alias of RED

    def describe(self) -> str:
        return f"{self.name}={self.value}"

    @property
    def warm(self) -> bool:
        return self is Color.RED


class Mixed(Enum):
    N = auto()
    A = "a"
    T = (1, 2)
    F = 1.5
    NEG = -4
    NOTHING = None
    ALSO_A = "a"   # an alias of A


@unique
class Suit(Enum):
    HEARTS = "h"
    SPADES = "s"

    def __str__(self) -> str:
        return self.value.upper()

    @classmethod
    def parse(cls, s: str) -> "Suit":
        return cls(s)

    def beats(self, other: "Suit") -> bool:
        return self is Suit.SPADES and other is not Suit.SPADES


class Shape(enum.Enum):
    CIRCLE = enum.auto()
    SQUARE = enum.auto()
    LINE = 10
    DOT = auto()


@dataclass
class Card:
    suit: Suit
    shape: Optional[Shape] = None


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value, Color.CRIMSON.name, Color.CRIMSON)
print(list(Color), len(Color), [c.name for c in Color], Color(2), Color.RED.describe(), Color.RED.warm,
      Color.BLUE.warm, Color["CRIMSON"], Color.RED._name_, Color.GREEN._value_)
print(list(Mixed), Mixed.T.value, Mixed("a"), Mixed((1, 2)), str(Mixed.N), f"{Mixed.F} {Mixed.A!r}")
print(Mixed(None), Mixed(-4).value, Mixed(1.0), Mixed.ALSO_A.value, Mixed.ALSO_A, len(Mixed))
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d, d[Color.RED], Color.BLUE in d, Color.CRIMSON in d)
s = {Color.RED, Color.CRIMSON, Color.GREEN}
print(len(s), Color.RED in s, Color.BLUE in s)
for c in Color:
    print(c, c.value + 1, c in Color)
x: object = Color.GREEN
print(x, [x], isinstance(x, Color), str(x), repr(x))
print(Suit.HEARTS, repr(Suit.HEARTS), f"{Suit.SPADES}", Suit.parse("s"), Suit.SPADES.beats(Suit.HEARTS))
print(Card(Suit.HEARTS), Card(Suit.SPADES, Shape.SQUARE), Shape["CIRCLE"], Shape.SQUARE.value, Shape.DOT.value)
print(f"{Shape.CIRCLE:>14}|", format(Shape.SQUARE), f"{Shape.CIRCLE!s} and {Shape.SQUARE!r}")
print(str(Shape.CIRCLE), [str(s) for s in Shape], hash(Shape.CIRCLE) == hash(Shape.CIRCLE))
m: Optional[Shape] = Shape.CIRCLE
print(m, m == Shape.CIRCLE, m is None, [m, None])
by_shape: dict[Shape, list[Suit]] = {s: [] for s in Shape}
by_shape[Shape.SQUARE].append(Suit.HEARTS)
print(by_shape, sorted(Shape, key=lambda s: s.name, reverse=True))


def pick(s: Shape) -> int:
    if s == Shape.CIRCLE:
        return 0
    if s is Shape.SQUARE:
        return 1
    return 2


print([pick(s) for s in Shape], Shape.CIRCLE in Shape, Shape(10) is Shape.LINE)
for bad in [7, 0]:
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Mixed("zz")
except ValueError as e:
    print("ValueError", e)
try:
    Shape["TRIANGLE"]
except KeyError as e:
    print("KeyError", e)
Shape(3)
