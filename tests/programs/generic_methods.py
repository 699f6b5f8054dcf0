"""Methods with type variables of their own, called with ints, floats and
containers of them: each call uses a copy compiled for those run-time types
(the items of a list[int] are read as ints, not as boxed objects)."""
from typing import Generic, Iterable, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class R:
    def first_two(self, xs: Iterable[T]) -> list[T]:
        return list(xs)[:2]

    def pick(self, xs: list[T], i: int) -> T:
        return xs[i]

    def pair(self, a: T, b: K) -> tuple[T, K]:
        return (a, b)


class Box(Generic[K]):
    def __init__(self, v: K) -> None:
        self.v = v

    def with_(self, xs: list[T]) -> list[tuple[K, T]]:
        return [(self.v, x) for x in xs]


r = R()
print(r.first_two([7, 8, 9])[0] + 1, r.first_two(["a", "b", "c"]), r.first_two([1.5, 2.5]))
print(r.pick([3, 4], 1) * 2, r.pick(["x"], 0), r.pair(1, "s"), r.pair(2.5, [1]))
print(Box("k").with_([1, 2]), Box(3).with_([0.5]), sum(x for _, x in Box(1).with_([4, 5])))


class Sub(R):
    pass


class Over(R):
    def name(self) -> str:
        return "over"


print(Sub().first_two([5, 6, 7])[1] - 1, Sub().pick([1.25], 0) + 1)
print(Over().pair(3, 4), Over().first_two((9, 8, 7)))
