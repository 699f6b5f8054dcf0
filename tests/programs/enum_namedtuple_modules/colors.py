from enum import Enum
from typing import NamedTuple


class Color(Enum):
    RED = "r"
    BLUE = "b"

    def other(self) -> "Color":
        return Color.BLUE if self is Color.RED else Color.RED


class Pt(NamedTuple):
    x: int
    y: int = 0


class Empty(Enum):
    pass
