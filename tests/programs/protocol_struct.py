# typing.Protocol as a structural interface implemented by unrelated classes.
from typing import Protocol


class Shape(Protocol):
    def area(self) -> float: ...

    def name(self) -> str: ...


class Square:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side * self.side

    def name(self) -> str:
        return "square"


class Tri:
    def __init__(self, base: float, height: float) -> None:
        self.base = base
        self.height = height

    def area(self) -> float:
        return self.base * self.height / 2

    def name(self) -> str:
        return "triangle"


class Writer(Protocol):
    def write(self, text: str) -> int: ...


class Collector:
    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)


def total_area(shapes: list[Shape]) -> float:
    return sum(s.area() for s in shapes)


def report(shapes: list[Shape], out: Writer) -> int:
    written = 0
    for s in shapes:
        written += out.write(f"{s.name()}={s.area():.1f};")
    return written


shapes: list[Shape] = [Square(2.0), Tri(3.0, 4.0), Square(1.5)]
print(total_area(shapes), [s.name() for s in shapes])
c = Collector()
print(report(shapes, c), c.parts, "".join(c.parts))
