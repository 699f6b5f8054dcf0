"""@overload (module functions and methods), class decorators that change nothing at run
time (@final, mypy_extensions' @trait and @mypyc_attr), a type alias of a class called as
its constructor (OrderedCollection = list, as bm_deltablue does)."""

from typing import overload, final
from mypy_extensions import mypyc_attr, trait

OrderedCollection = list


@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x: int | str) -> int | str:
    if isinstance(x, int):
        return x + 1
    return x + "!"


@mypyc_attr(acyclic=True)
class A:
    def __init__(self) -> None:
        self.v = 3


@trait
class T:
    def name(self) -> str:
        return "T"


@final
class B(T):
    pass


print(f(1) + 2, f("a").upper(), A().v, B().name())


class C:
    def __init__(self, k: int) -> None:
        self.k = k

    @overload
    def get(self, i: int) -> int: ...
    @overload
    def get(self, i: str) -> str: ...
    def get(self, i: int | str) -> int | str:
        if isinstance(i, int):
            return i * self.k
        return i * self.k


c = C(3)
print(c.get(2) + 1, c.get("ab"))



class P:
    def __init__(self, x: int) -> None:
        self.x = x


Q = P


def make() -> list[int]:
    xs: list[int] = OrderedCollection()
    ys = OrderedCollection()
    ys.append("a")
    xs.append(len(ys))
    return xs


print(make(), OrderedCollection([1, 2]), Q(4).x)


@overload
def pick(x: int, y: int = 0) -> int: ...
@overload
def pick(x: float, y: int = 0) -> float: ...
def pick(x: int | float, y: int = 0) -> int | float:
    return x * 2 + y


print(pick(3), pick(1.5), pick(2, y=1), [pick(i) for i in range(3)])
