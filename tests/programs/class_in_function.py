"""Classes defined inside functions and methods."""
from dataclasses import dataclass
from enum import Enum
from typing import Generic, NamedTuple, TypeVar

T = TypeVar("T")
LIMIT = 3


def shapes() -> list[str]:
    class Shape:
        sides = 0

        def describe(self) -> str:
            return f"{type(self).__name__} with {self.sides} sides"

    class Square(Shape):
        sides = 4

    class Triangle(Shape):
        sides = 3

        def describe(self) -> str:
            return "pointy " + super().describe()
    items: list[Shape] = [Square(), Triangle(), Shape()]
    return [s.describe() for s in items]


def records() -> None:
    class Pair(NamedTuple):
        a: int
        b: str = "x"

    class Color(Enum):
        RED = "r"
        BLUE = "b"

    @dataclass(order=True)
    class Item:
        rank: int
        name: str

    p = Pair(1)
    print(p, p.a, p.b, Pair(2, "y") < Pair(3, "a"))
    print(Color.RED, Color("b"), [c.name for c in Color])
    items = sorted([Item(2, "b"), Item(1, "z"), Item(2, "a")])
    print(items)
    print(repr(items[0]), type(items[0]).__qualname__, type(items[0]).__module__)


def generic_box() -> None:
    class Box(Generic[T]):
        def __init__(self, v: T) -> None:
            self.v = v

        def get(self) -> T:
            return self.v
    print(Box(3).get() + 1, Box("s").get().upper())


class Outer:
    def method(self, n: int) -> int:
        class Counter:
            def __init__(self) -> None:
                self.n = 0

            def bump(self, k: int) -> None:
                class Step:
                    size = 2
                self.n += k * Step.size
        c = Counter()
        for i in range(n):
            c.bump(i)
        print(type(c).__qualname__)
        return c.n


def errors() -> None:
    class AppError(Exception):
        def __init__(self, code: int) -> None:
            super().__init__(f"code {code}")
            self.code = code

    class NotFound(AppError):
        pass
    for code in (1, 404):
        try:
            if code == 404:
                raise NotFound(code)
            raise AppError(code)
        except NotFound as e:
            print("not found", e.code, repr(e), e)
        except AppError as e:
            print("app error", e.code, repr(e), e)


def counter_per_call(k: int) -> int:
    class Tally:
        total = 0   # the class statement runs at each call: a fresh 0

        def add(self, v: int) -> None:
            Tally.total += v
    t = Tally()
    for i in range(k):
        t.add(i)
    return Tally.total + LIMIT


def plain_object() -> str:
    class Thing:
        pass
    r = repr(Thing())
    return r[:r.index(" at ")]


def unhashable() -> None:
    class Key:
        def __eq__(self, other: object) -> bool:
            return True
    try:
        print(hash(Key()))
    except TypeError as e:
        print("TypeError", e)
    try:
        print({Key(): 1})
    except TypeError as e:
        print("TypeError", e)


print(shapes())
records()
generic_box()
print(Outer().method(4))
errors()
print(counter_per_call(3), counter_per_call(5))
print(plain_object())
unhashable()


def uncaught() -> None:
    class Failure(RuntimeError):
        pass
    raise Failure("the end")


uncaught()
