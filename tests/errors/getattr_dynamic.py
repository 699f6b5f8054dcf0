# error: 12:5: getattr


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


p = Point(1, 2)
field = "x"
v = getattr(p, field)
print(v)
