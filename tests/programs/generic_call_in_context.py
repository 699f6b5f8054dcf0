"""A generic function called where an outer generic call gives the context
(sorted(xs, key=to_key(cmp))): mypy types the inner call with Any, and the
copy of to_key and what calls its result follow the arguments' types (int),
where the closure was called with boxed ints and sorted nothing."""

from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class Key(Generic[T]):
    def __init__(self, obj: T, cmp: Callable[[T, T], int]) -> None:
        self.obj = obj
        self.cmp = cmp

    def __lt__(self, other: "Key[T]") -> bool:
        return self.cmp(self.obj, other.obj) < 0


def desc(a: int, b: int) -> int:
    return b - a


def mk(x: int) -> Key[int]:
    return Key(x, desc)


print(sorted([5, 1, 4], key=mk))
ks = [mk(5), mk(1), mk(4)]
print([k.obj for k in sorted(ks)], mk(1) < mk(2))


def to_key(cmp: Callable[[T, T], int]) -> Callable[[T], Key[T]]:
    def key(obj: T) -> Key[T]:
        return Key(obj, cmp)
    return key


def to_key2(cmp: Callable[[T, T], int]) -> Callable[[T], Key[T]]:
    return lambda obj: Key(obj, cmp)


print(sorted([5, 1, 4], key=to_key(desc)), to_key(desc)(3).obj + 1)
print(sorted([5, 1, 4], key=to_key2(desc)), to_key2(desc)(3).obj + 1)
