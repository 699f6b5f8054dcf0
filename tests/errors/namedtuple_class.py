# error: 5:1: typing.NamedTuple classes are not supported by unicc
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int


print(Point(1, 2).x)
