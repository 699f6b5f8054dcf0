# f(*t) with t a tuple of known length: its items fill positional
# parameters, named ones included, in order with the other arguments.
from typing import NamedTuple

Colour = tuple[float, float, float]


class Canvas:
    def __init__(self) -> None:
        self.dots: list[str] = []

    def plot(self, x: int, y: int, r: float, g: float, b: float) -> None:
        self.dots.append(f"{x},{y}:{r}/{g}/{b}")


class Pair(NamedTuple):
    a: int
    b: str


trace: list[str] = []


def note(s: str, v: int) -> int:
    trace.append(s)
    return v


def pair() -> tuple[int, int]:
    trace.append("pair")
    return (10, 20)


def four(a: int, b: int, c: int = 3, d: int = 4) -> str:
    return f"{a} {b} {c} {d}"


def rest(first: int, *more: int) -> str:
    return f"{first} {more}"


def name(a: int, b: str) -> str:
    return b * a


def colour_of(n: int) -> Colour:
    return (n / 2, n / 4, 1.0)


def main() -> None:
    canvas = Canvas()
    for x in range(2):
        for y in range(2):
            colour = colour_of(x + y)
            canvas.plot(x, y, *colour)
    print(canvas.dots)
    xy = (7, 8)
    canvas.plot(*xy, *colour_of(3))
    print(canvas.dots[-1])
    print(four(*xy), four(1, *xy), four(*xy, d=9), four(*(1, 2, 3, 4)))
    print(four(note("a", 1), *pair(), note("d", 4)), trace)
    print(rest(*xy), rest(0, *xy), rest(*(5,)), rest(*xy, *xy))
    p = Pair(3, "ab")
    print(name(*p), name(*(2, "xy")))
    print(*xy, *p, sep="|")
    empty: tuple[()] = ()
    print(four(1, 2, *empty), rest(9, *empty))
    print(max(*xy), min(*xy, 5), [*xy])


main()
