"""typing.cast(T, x) and typing.assert_type(x, T) are x (mypy keeps them as
calls whose `analyzed` is the CastExpr): they were rejected as calls of an
object unicc cannot call."""

from typing import assert_type, cast


def first(xs: list[object]) -> int:
    return cast(int, xs[0]) + 1


def name(o: object) -> str:
    s = cast(str, o)
    return s.upper()


def half(x: float) -> float:
    return assert_type(x, float) / 2


items: list[object] = [41, "x"]
print(first(items))
print(name(items[1]))
print(half(3.0))
n = cast(int, 7)
print(n * 6, assert_type(n, int))
print(cast("list[int]", [1, 2]) + [3])
ys = cast("list[int]", [4, 5])
ys.append(6)
print(ys, sum(ys), cast(dict[str, float], {"a": 1.5})["a"] * 2)
