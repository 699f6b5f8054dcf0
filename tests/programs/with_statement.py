"""with: __enter__/__exit__ on the way out of the body by its end, return,
break, continue or an exception; suppression by a true __exit__; several
items; errors in __enter__ and __exit__; issubclass on the exception type."""

from types import TracebackType


class Lock:
    def __init__(self, name: str) -> None:
        self.name = name
        self.held = False

    def __enter__(self) -> "Lock":
        print("acquire", self.name)
        self.held = True
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.held = False
        print("release", self.name, exc_type is None, exc, tb is None)


class Suppress:
    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __enter__(self) -> int:
        return 42

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> bool:
        if et is not None and issubclass(et, KeyError):
            print("suppressed", repr(ev))
            return True
        return False


def f(n: int) -> int:
    with Lock("a") as l, Suppress("k") as v:
        print("in", l.held, v)
        if n == 0:
            return -1
        if n == 1:
            raise KeyError("one")
        if n == 2:
            raise ValueError("two")
    return n


for i in range(4):
    try:
        print(f(i))
    except ValueError as e:
        print("caught", e)
for i in range(3):
    with Lock("loop"):
        if i == 1:
            continue
        print("body", i)


class Fails:
    def __init__(self, where: str) -> None:
        self.where = where

    def __enter__(self) -> "Fails":
        if self.where == "enter":
            raise RuntimeError("in enter")
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:
        print("exit of", self.where, "with", repr(ev))
        if self.where == "exit":
            raise OSError("in exit")


for where in ["enter", "exit", "body"]:
    try:
        with Lock("outer"), Fails(where) as fl:
            print("body of", fl.where)
            if where == "body":
                raise IndexError("in body")
    except (RuntimeError, OSError, IndexError) as e:
        print("caught", repr(e))


class Pair:
    def __enter__(self) -> tuple[int, str]:
        return 7, "seven"

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> bool:
        return et is not None and (issubclass(et, ArithmeticError) or issubclass(et, LookupError))


def search(xs: list[int]) -> int:
    total = 0
    for x in xs:
        with Pair() as (n, word):
            if x < 0:
                break
            total += 100 // x + n + len(word)
    return total


print(search([1, 2, 0, 5, -1, 9]))
with Pair():
    print([1][3])
print("after suppression")
with Lock("last"):
    raise KeyError("uncaught")
