"""callable(x) and hasattr(x, "name") on builtin values, functions, bound
methods, classes, instances with and without __call__ (a subclass adding
it), attributes __init__ sets on some paths only, properties, None and
optional values."""
from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import Callable, Generic, Optional, Protocol, TypeVar


def double(n: int) -> int:
    return 2 * n


class Plain:
    kind = "plain"

    def __init__(self, ready: bool) -> None:
        self.size = 3
        if ready:
            self.label = "on"
            self.count = 1

    def method(self) -> int:
        return self.size

    @property
    def area(self) -> int:
        return self.size * self.size


class Caller(Plain):
    def __call__(self, n: int) -> int:
        return n + self.size


class Extra(Plain):
    def __init__(self) -> None:
        super().__init__(False)
        self.extra = [1]


@dataclass
class Point:
    x: int
    y: int = 0


class Named(Protocol):
    def name(self) -> str: ...


class Dog:
    def name(self) -> str:
        return "dog"


class Robot:
    def __init__(self, serial: int) -> None:
        if serial:
            self.serial = serial

    def name(self) -> str:
        return "robot"

    def __call__(self) -> str:
        return "beep"


def show(label: str, value: object) -> None:
    print(label, value)


f: Callable[[int], int] = double
items: list[Plain] = [Plain(True), Plain(False), Caller(False), Extra()]
for p in items:
    print(type(p).__name__, callable(p), hasattr(p, "label"), hasattr(p, "count"), hasattr(p, "extra"),
          hasattr(p, "size"), hasattr(p, "method"), hasattr(p, "area"), hasattr(p, "kind"), hasattr(p, "nope"),
          hasattr(p, "__call__"), hasattr(p, "__init__"))
show("builtins", [callable(1), callable("s"), callable([1]), callable(len), callable(print), callable(int),
                  callable(str.upper), callable((1, 2)), callable({1: 2}), callable(None), callable(2.5)])
show("functions", [callable(double), callable(f), callable(items[0].method), callable(lambda: 0),
                   callable(Plain), callable(Point), callable(Caller(True)), callable(Point(1))])
show("str", [hasattr("abc", "upper"), hasattr("abc", "casefold"), hasattr("abc", "nope"), hasattr(1, "real"),
             hasattr(1, "bit_length"), hasattr(2.0, "is_integer"), hasattr([1], "append"), hasattr([1], "add"),
             hasattr({1: 2}, "keys"), hasattr((1,), "count"), hasattr((1,), "append"), hasattr(b"", "hex")])
show("classes", [hasattr(Plain, "kind"), hasattr(Plain, "method"), hasattr(Plain, "size"), hasattr(Plain, "__name__"),
                 hasattr(Point, "x"), hasattr(Point, "y"), hasattr(Point(1), "x"), hasattr(Point(1), "z"),
                 hasattr(Caller, "__call__"), hasattr(Plain, "__call__")])
show("functions attrs", [hasattr(double, "__name__"), hasattr(double, "__qualname__"), hasattr(double, "nope")])
show("None", [hasattr(None, "__class__"), hasattr(None, "__bool__"), hasattr(None, "label")])
maybe: Optional[Plain] = None
for candidate in [None, Plain(True), Plain(False), Caller(True)]:
    maybe = candidate
    print(hasattr(maybe, "label"), hasattr(maybe, "size"), callable(maybe), hasattr(maybe, "__class__"))
named: list[Named] = [Dog(), Robot(0), Robot(5)]
for n in named:
    print(n.name(), callable(n), hasattr(n, "serial"), hasattr(n, "name"), hasattr(n, "bark"))


T = TypeVar("T")


class Cell(Generic[T]):
    def __init__(self, value: T, tagged: bool) -> None:
        self.value = value
        if tagged:
            self.tag = "t"

    def tagged(self) -> bool:
        return hasattr(self, "tag")


cells = [Cell(1, True), Cell(2, False)]
names = [Cell("a", False), Cell("b", True)]
print([c.tagged() for c in cells], [hasattr(c, "tag") for c in names], [hasattr(c, "value") for c in cells])


class Color(IntEnum):
    RED = 1


class Mode(Enum):
    FAST = "f"


print(hasattr(Color.RED, "name"), hasattr(Color.RED, "bogus"), callable(Color.RED), hasattr(Mode.FAST, "value"),
      hasattr(Mode.FAST, "nope"), callable(Mode), hasattr(Mode, "FAST"))
