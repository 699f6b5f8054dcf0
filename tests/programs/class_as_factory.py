"""A builtin class passed where a function of no arguments is expected
makes its empty value when called (the factory of defaultdict(list))."""

from __future__ import annotations

from typing import Callable, TypeVar

V = TypeVar("V")


def make(factory: Callable[[], V]) -> V:
    return factory()


def twice(factory: Callable[[], list[str]]) -> list[list[str]]:
    return [factory(), factory()]


zero: Callable[[], int] = int
empty: Callable[[], str] = str
print(zero(), repr(empty()), make(int) + 1, make(float) / 2, make(str) + "x", make(bool))
print(make(list), make(dict), make(set), twice(list))
xs: list[int] = make(list)
xs.append(3)
ys: dict[str, float] = make(dict)
ys["a"] = 1.5
print(xs, ys, make(list))
