# A module declaring collections.namedtuple classes constructed by main.py.
from collections import namedtuple


class Colour:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Colour({self.name!r})"


Dot = namedtuple("Dot", "x y colour")
Size = namedtuple("Size", ["w", "h"], defaults=[1])


def unit(c: Colour) -> "Dot":
    return Dot(0, 0, c)
