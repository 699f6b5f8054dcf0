"""A function passed where `Callable[..., R] | None` is declared is called as
that Callable: a lambda returning an int, called through a Callable returning
object, gives a boxed int (it was read as a pointer)."""

from typing import Callable, Iterable, TypeVar

T = TypeVar("T")


def apply(f: Callable[[int], object] | None, x: int) -> object:
    return f(x) if f is not None else x


def keep(pred: Callable[[T], object] | None, xs: Iterable[T]) -> list[T]:
    return [x for x in xs if (pred(x) if pred is not None else x)]


print(apply(lambda x: x + 1, 1), apply(None, 5), apply(lambda x: str(x) * 2, 3), apply(lambda x: x > 0, -1))
print(keep(lambda x: x % 2, range(6)), keep(None, [0, 1, 2]), keep(lambda s: s.isupper(), "aBcD"))
