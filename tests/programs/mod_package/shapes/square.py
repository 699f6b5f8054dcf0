# Square; imports a sibling module relatively.
from . import circle


class Square:
    def __init__(self, side: int) -> None:
        self.side = side

    def area(self) -> int:
        return self.side * self.side


def describe(s: Square) -> str:
    inner = circle.Circle(s.side)
    return f"square {s.side} (inscribed circle x100: {inner.area_x100() // 4})"
