"""with targets: a tuple of a generic class's type arguments unpacked
(unboxed ints, floats, strs), the whole tuple bound, and a list that does
not unpack: the ValueError is raised inside the with, so __exit__ sees it."""

from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")


class Twice(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

    def __enter__(self) -> tuple[T, T]:
        return self.v, self.v

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        print("exit")


with Twice(21) as (a, b):
    print(a + b)
with Twice(1.5) as (x, y):
    print(x * y)
with Twice("s") as (p, q):
    print(p + q)
with Twice(7) as pair:
    print(pair)


class Three:
    def __enter__(self) -> list[int]:
        return [1, 2, 3]

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        print("exit", repr(ev))


try:
    with Three() as (a, b):
        print("body", a, b)
except ValueError as e:
    print("ValueError:", e)
