import enum


class Square:
    SIDES = 4
    name = "square"

    def __init__(self, side: int) -> None:
        self.side = side

    def area(self) -> int:
        return self.side * self.side

    @staticmethod
    def unit() -> "Square":
        return Square(1)

    @classmethod
    def doubled(cls, side: int) -> "Square":
        return cls(2 * side)


class Color(enum.Enum):
    RED = 1
    BLUE = 2
