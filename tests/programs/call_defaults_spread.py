"""Defaults of positional-only and ordinary parameters under f(**d), computed
defaults shared between calls, and the TypeErrors whose messages are built at
run time (missing arguments); type(x)(...) over a
hierarchy of constructed classes."""
counter = [0]


def tick() -> int:
    counter[0] += 1
    return counter[0] * 10


def scaled(x: int, k: int = tick(), /, *, off: int = tick()) -> str:
    return f"{x}*{k}+{off}"


def need(a: int, b: int, /, c: int, *, d: int) -> str:
    return f"{a}{b}{c}{d}"


print(scaled(1, **{}), scaled(2, **{"off": 5}), scaled(3, 4, **{"off": 6}), counter)
for kw in [{"c": 1, "d": 2}, {"c": 1}, {"d": 2}, {}]:
    try:
        print(need(1, 2, **kw))
    except TypeError as e:
        print(type(e).__name__, e)


class Shape:
    def __init__(self, n: int) -> None:
        self.n = n

    def grown(self) -> "Shape":
        return type(self)(self.n + 1)


class Square(Shape):
    pass


class Cube(Square):
    pass


for s in [Shape(1), Square(2), Cube(3)]:
    g = s.grown()
    print(type(g).__name__, g.n)
