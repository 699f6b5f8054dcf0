# error: 18:12: the generic method pick(), overridden in a subclass, called with int
from typing import TypeVar

T = TypeVar("T")


class R:
    def pick(self, xs: list[T], i: int) -> T:
        return xs[i]


class Over(R):
    def pick(self, xs: list[T], i: int) -> T:
        return xs[-i]


def use(r: R) -> int:
    return r.pick([3, 4], 1) * 2


print(use(R()), use(Over()))
