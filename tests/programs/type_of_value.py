"""type(x) in the forms typed code uses: type(x) is C, type(x) == type(y),
type(x).__name__ / __module__ / __qualname__, self.__class__.__name__."""

from enum import IntEnum
from typing import Optional, Union


class Shape:
    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def kind(self) -> str:
        return self.__class__.__name__


class Circle(Shape):
    pass


class Color(IntEnum):
    RED = 1


def describe(x: object) -> str:
    if type(x) is int:
        return "exactly int"
    if type(x) == bool:
        return "exactly bool"
    if type(x) is not str:
        return "not str: " + type(x).__name__
    return "str"


shapes = [Shape(), Circle()]
print(shapes, [s.kind() for s in shapes])
print(type(shapes[1]) is Circle, type(shapes[1]) is Shape, type(shapes[0]) == type(shapes[1]), type(shapes[1]) != Shape)
for v in [1, True, "s", 2.5, None, [1], (1, 2), {"a": 1}, b"x", Circle(), ValueError("x")]:
    print(describe(v), type(v).__name__, type(v).__module__)
n = 3
f = 1.5
print(type(n).__name__, type(f).__name__, type(True).__name__, type(Color.RED).__name__, type(n) is int)
o: Optional[Shape] = None
print(type(o).__name__, type(o) is type(None))
u: Union[int, str] = "a"
print(type(u).__name__, type(Circle()).__qualname__, type(Circle()).__module__)
