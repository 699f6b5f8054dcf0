"""A function passed where a union with one Callable is declared (`str |
Callable[[], int]`, `Callable[..] | None`) is called, once narrowed, as that
Callable: its parameters beyond the Callable's take their defaults (the
function object used to be made with all of them and crashed when called)."""

from typing import Callable


def count(data: bytes = b"xyz", *, extra: int = 10) -> int:
    return len(data) + extra


def scale(x: float, factor: float = 2.0) -> float:
    return x * factor


def run(how: str | Callable[[], int]) -> int:
    if isinstance(how, str):
        return len(how)
    return how()


def maybe(f: Callable[[float], float] | None = None) -> float:
    return -1.0 if f is None else f(1.5)


def boxed(f: Callable[[], object] | int) -> str:
    return str(f) if isinstance(f, int) else str(f())


class Holder:
    def __init__(self, f: Callable[[], int] | None) -> None:
        self.f = f

    def call(self) -> int:
        return 0 if self.f is None else self.f()


def main() -> None:
    def local(n: int = 5) -> int:
        return n * 3

    print(run("four"), run(count), run(local), run(lambda: 7))
    print(maybe(), maybe(scale), maybe(lambda v: v + 1))
    print(boxed(3), boxed(count), boxed(local))
    print(Holder(count).call(), Holder(None).call(), Holder(local).call())


main()
