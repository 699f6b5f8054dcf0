"""A nested def passed where a Callable of another result type is expected
(Callable[[], object]): its result is adapted, so a `-> None` def gives None
(it gave whatever the register held) and an int, float or bool def a boxed
value."""

from typing import Callable


def attempt(label: str, f: Callable[[], object]) -> None:
    print(label, repr(f()))


def outer() -> None:
    xs = [1]

    def put() -> None:
        xs[0] = 2
    attempt("nested", put)


def top() -> None:
    pass


attempt("top", top)
outer()


def outer2() -> None:
    k = 5

    def num() -> int:
        return k + 1

    def flt() -> float:
        return 1.5

    def flag() -> bool:
        return True
    attempt("int", num)
    attempt("float", flt)
    attempt("bool", flag)
    f: Callable[[], int] = num
    print(f())


outer2()
