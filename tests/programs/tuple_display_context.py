"""A tuple display stores its items as the tuple type its context declares
(an assignment's annotation, a parameter, a return type, a container's item
type, a Union holding one tuple type of its length): an int given for an
`int | str` item is boxed, one given for a float item converted.  Before,
the display kept mypy's inferred item types (tuple[int, int]) and the
reader crashed on an unboxed int or read its bits as a float."""

from __future__ import annotations

from typing import Union


def describe(p: tuple[int | str, int | str]) -> str:
    a, b = p
    return f"{a!r}/{b!r}"


def total(p: tuple[float, float]) -> float:
    return p[0] + p[1]


def first(x: Union[str, int, tuple[str | int, int | str]]) -> str:
    if isinstance(x, tuple):
        return describe(x)
    return repr(x)


def pair(n: int) -> tuple[int | None, float]:
    return (n if n > 0 else None, n)


n = 5
x: tuple[int | str, int] = (n, 2)
a, b = x
print(a, b, x, describe((n, 2)), describe(("x", n)), first(("y", n)), first(n), first((n, "z")))
y: list[tuple[int | str, int]] = [(n, 2), ("s", n)]
print(y, f"{total((3, 4)):g}", total((1.5, n)), pair(3)[0], f"{pair(-1)[1]:g}", pair(-1)[0])
f: tuple[float, float] = (1, 2)
print(f[0] / 4, f"{sum(f):g}")    # (CPython keeps the ints; unicc stores floats, as in a list[float])
nested: tuple[tuple[int | str, int], str] = ((n, n), "k")
print(nested, nested[0][0])
