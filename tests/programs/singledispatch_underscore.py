"""@f.register on functions all named `_` (the usual idiom; mypy lets `_`
be defined again): each is its own implementation (they collided)."""
from functools import singledispatch


class Shape:
    pass


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side


class Circle(Shape):
    def __init__(self, r: float) -> None:
        self.r = r


@singledispatch
def area(s: Shape) -> float:
    raise TypeError(f"no area for {type(s).__name__}")


@area.register
def _(s: Square) -> float:
    return s.side * s.side


@area.register
def _(s: Circle) -> float:
    return 3.0 * s.r * s.r


@singledispatch
def describe(s: Shape, prefix: str) -> str:
    return prefix + "shape"


@describe.register
def _(s: Square, prefix: str) -> str:
    return f"{prefix}square of {s.side}"


for s in [Square(2.0), Circle(1.5), Shape()]:
    try:
        print(area(s), describe(s, "a "))
    except TypeError as e:
        print("TypeError:", e, describe(s, "the "))
