"""Module-level and class-level Final constants and ClassVars read inside
functions and methods.  mypy hands a Final's literal to the compiler (a str
one was lowered as a null object and crashed); `self.LIMIT` of a ClassVar
or a class-level Final was rejected.  A subclass may give a ClassVar its own
value: `self.X` reads the object's class's."""
from typing import ClassVar, Final

NAME: Final = "abc"
EMPTY: Final = ""
COUNT: Final = 3
RATE: Final = 2.5
ON: Final = True
RAW: Final = b"xy"
WIDE: Final[str] = "é∑"


class Shape:
    LABEL: Final = "shape"
    SIDES: ClassVar[int] = 0
    UNIT: ClassVar[str] = "cm"
    SCALE: Final = 1.5

    def show(self) -> str:
        return f"{self.LABEL}:{NAME}:{Shape.LABEL}:{self.SIDES}{self.UNIT}x{self.SCALE}"

    @classmethod
    def sides(cls) -> int:
        return cls.SIDES


class Square(Shape):
    SIDES = 4


class Triangle(Shape):
    SIDES = 3
    UNIT = "mm"


def use() -> None:
    print(NAME, len(NAME), NAME.upper(), NAME * COUNT, repr(EMPTY), RATE * 2, ON, RAW, WIDE)
    for c in NAME:
        print(c, end=",")
    print()
    print([*NAME, *"de"], list(NAME), (*NAME,), sorted({*NAME}))
    print([str(x) for x in [*NAME, *b"gh", ("j", "k")]])
    print(NAME in "xxabcxx", "b" in NAME, NAME == "abc", EMPTY == "")
    d = {NAME: COUNT}
    print(d, d[NAME])
    shapes: list[Shape] = [Shape(), Square(), Triangle()]
    for s in shapes:
        print(s.show(), s.SIDES, s.LABEL, s.sides(), type(s).SIDES)
    print(Square.SIDES, Triangle.UNIT, Shape.LABEL + "!", Square().SCALE * 2)


use()


class Config:
    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def default(cls) -> "Config":
        return cls("default")

    @classmethod
    def named(cls, name: str, suffix: str = "") -> "Config":
        return cls(name + suffix)


class Local(Config):
    pass


c: Config = Local("mine")
print(Config.default().name, c.default().name, type(c.default()).__name__, c.named("x", suffix="!").name)


FMT: Final = "{} and {:>4}"


class Reading:
    UNIT: Final = "kPa"
    limit: Final[int]

    def __init__(self, s: str, items: list[int]) -> None:
        self.s: Final = s
        self.items: Final = items
        self.limit = len(items) * 10

    def show(self) -> str:
        return f"{self.s}={sum(self.items)}{self.UNIT} (limit {self.limit}, {len(self.items)} items)"


r = Reading("p", [1, 2, 3])
print(r.show(), r.s, r.items[1:], FMT.format(r.s, r.limit), FMT.upper())
