# Generic functions via TypeVar, used with several concrete types.
from typing import Callable, TypeVar

T = TypeVar("T")
U = TypeVar("U")


def first(xs: list[T]) -> T:
    return xs[0]


def last_or(xs: list[T], default: T) -> T:
    return xs[-1] if xs else default


def mapped(xs: list[T], f: Callable[[T], U]) -> list[U]:
    return [f(x) for x in xs]


def chunks(xs: list[T], n: int) -> list[list[T]]:
    return [xs[i:i + n] for i in range(0, len(xs), n)]


def dedupe(xs: list[T]) -> list[T]:
    out: list[T] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def group_by(xs: list[T], key: Callable[[T], U]) -> dict[U, list[T]]:
    groups: dict[U, list[T]] = {}
    for x in xs:
        groups.setdefault(key(x), []).append(x)
    return groups


print(first([3, 4]), first(["a", "b"]), first([(1, "x")]))
print(last_or([1, 2, 3], 0), last_or([], "empty"), last_or([2.5], 0.0))
print(mapped([1, 2, 3], str), mapped(["a", "bb"], len), mapped([1.5, 2.5], lambda v: v * 2))
print(chunks(list(range(7)), 3), chunks(list("abcde"), 2))
print(dedupe([3, 1, 3, 2, 1]), dedupe(["b", "a", "b"]), dedupe([(1, 2), (1, 2), (2, 1)]))
print(group_by(["apple", "avocado", "banana", "blueberry", "cherry"], lambda w: w[0]))
print(group_by(list(range(10)), lambda n: n % 3))
