# error: 6:1: TypedDict
# (a TypedDict's type holds a dict of item types: it must be reported, not crash the checks)
from typing import TypedDict


class Point(TypedDict):
    x: int
    y: int


p: Point = {"x": 1, "y": 2}
print(p["x"] + p["y"])
