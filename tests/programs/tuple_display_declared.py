"""A tuple display is stored as the tuple type its context declares (an
annotated assignment, an argument, a return, an item of a list or dict
display), not as mypy's own type of it: ("b", 0) declared tuple[str, int |
None] boxes its 0, which was stored unboxed and read back as None (0) or a
pointer (5, a crash); (2.5, 1) declared tuple[float, float] stores 1 as a
float."""

from typing import Callable


def show(n: int | None) -> str:
    return "None" if n is None else str(n)


def pair(p: tuple[str, int | None]) -> str:
    return p[0] + "=" + show(p[1])


def made() -> tuple[str, int | None]:
    return ("r", 9)


def total(p: tuple[float, float]) -> float:
    return p[0] + p[1]


def call(p: tuple[int, Callable[[], int]]) -> int:
    return p[0] + p[1]()


def seven(x: int = 7) -> int:
    return x


t: tuple[str, int | None] = ("d", 0)
print(pair(t), show(t[1]))
cases: list[tuple[str, int | None]] = [("b", 0), ("c", 5), ("x", None)]
for name, v in cases:
    print(name, show(v))
print(pair(("a", 3)), pair(("n", None)), pair(made()))
table: dict[str, tuple[str, int | None]] = {"k": ("v", 12)}
print(pair(table["k"]))
nested: tuple[tuple[str, int | None], int] = (("in", 4), 1)
print(pair(nested[0]), nested[1])
print(total((2.5, 1)), total((0.25, 0.5)), call((1, seven)))
