"""f(*xs) with xs a list or a tuple of any length filling named positional
parameters: its length checked at run time (CPython's TypeError for missing
or extra arguments), defaults for the parameters it leaves."""
from typing import TypeVar

T = TypeVar("T")


class Acc:
    def __init__(self) -> None:
        self.total = 0

    def add(self, a: int, b: int, c: int = 10) -> int:
        self.total += a + b + c
        return self.total

    def show(self, x: str, y: str) -> None:
        print("show", x, y)


def add3(a: int, b: int, c: int) -> int:
    return a + b + c


def opt(a: str, b: str = "B", c: str = "C") -> str:
    return a + b + c


def none() -> str:
    return "none"


def one(x: float) -> float:
    return x * 2


def say(a: str, b: str) -> None:
    print("say", a, b)


def pick(a: T, b: T) -> T:
    return b


def both(a: bool, b: bool) -> bool:
    return a and b


trace: list[str] = []


def note(s: str, v: int) -> int:
    trace.append(s)
    return v


def nums(xs: list[int]) -> list[int]:
    trace.append("nums")
    return xs


def attempt(xs: list[int]) -> None:
    try:
        print(add3(*xs))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(add3(1, *xs))
    except TypeError as e:
        print(type(e).__name__, e)
    acc = Acc()
    try:
        print(acc.add(*xs))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(none(*xs))
    except TypeError as e:
        print(type(e).__name__, e)


def main() -> None:
    for xs in ([], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4], [5, 6, 7, 8, 9]):
        attempt(xs)
    groups: list[tuple[str, ...]] = [(), ("a",), ("a", "b"), ("a", "b", "c"), ("a", "b", "c", "d")]
    for ss in groups:
        try:
            print(opt(*ss))
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            say(*ss)
        except TypeError as e:
            print(type(e).__name__, e)
        try:
            Acc().show(*ss)
        except TypeError as e:
            print(type(e).__name__, e)
    t: tuple[int, ...] = (4, 5)
    print(add3(note("first", 1), *nums(list(t))), trace)
    fs = [1.5]
    print(one(*fs))
    try:
        print(one(*[1.0, 2.0]))
    except TypeError as e:
        print(type(e).__name__, e)
    print(add3(0, *t))
    print(pick(*["p", "q"]), pick(*[1.5, 2.5]), both(*[True, False]))
    try:
        print(pick(*[1]))
    except TypeError as e:
        print(type(e).__name__, e)


main()
