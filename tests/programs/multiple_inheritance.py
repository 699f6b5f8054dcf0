"""Classes with several bases: method resolution order, cooperative super(),
mixins with attributes of their own, diamonds, isinstance through any base."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar


class Named:
    def __init__(self, name: str) -> None:
        self.name = name

    def describe(self) -> str:
        return f"{self.name} ({type(self).__name__})"


class CountMixin:
    """Fields of its own: they sit after Named's in a Widget."""

    def __init__(self) -> None:
        self.count = 0
        self.log: list[str] = []

    def bump(self, by: int = 1) -> int:
        self.count += by
        self.log.append(f"bump {by}")
        return self.count

    def describe(self) -> str:
        return "counter"


class ReprMixin:
    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.tag()}>"

    def tag(self) -> str:
        return "?"


class Widget(Named, CountMixin, ReprMixin):
    def __init__(self, name: str) -> None:
        Named.__init__(self, name)
        CountMixin.__init__(self)

    def tag(self) -> str:
        return f"{self.name}#{self.count}"


class Gadget(CountMixin, Named):   # the other order: CountMixin's describe wins
    def __init__(self) -> None:
        CountMixin.__init__(self)
        Named.__init__(self, "gadget")


class Special(Widget):
    def bump(self, by: int = 1) -> int:
        return super().bump(by * 10)


def total(counters: list[CountMixin]) -> int:
    for c in counters:
        c.bump()
        c.count += 100            # a field of a base after the first, written by the base's type
    return sum(c.count for c in counters)


def basics() -> None:
    w, g, s = Widget("w"), Gadget(), Special("s")
    print(w.describe(), g.describe(), s.describe())
    print(w.bump(), w.bump(2), s.bump(), w.log, s.log)
    print(repr(w), repr(s), str(w))
    print(total([w, g, s, CountMixin()]))
    print(isinstance(w, CountMixin), isinstance(g, ReprMixin), isinstance(s, (ReprMixin, int)))
    print([type(x).__name__ for x in [w, g, s] if isinstance(x, Named)])
    items: list[ReprMixin] = [w, s, ReprMixin()]
    print(items)


# ---- a diamond, with cooperative super() -----------------------------------------------------

class Base:
    def __init__(self) -> None:
        self.trail: list[str] = ["Base"]

    def hello(self) -> str:
        return "Base"


class Left(Base):
    def __init__(self) -> None:
        super().__init__()
        self.trail.append("Left")
        self.left = 1

    def hello(self) -> str:
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self) -> None:
        super().__init__()      # in a Diamond, Left's super() comes here, and this goes on to Base
        self.trail.append("Right")
        self.right = 2

    def hello(self) -> str:
        return "Right>" + super().hello()


class Diamond(Left, Right):
    def __init__(self) -> None:
        super().__init__()
        self.trail.append("Diamond")

    def hello(self) -> str:
        return "Diamond>" + super().hello()


def diamond() -> None:
    d, l, r = Diamond(), Left(), Right()
    print(d.trail, l.trail, r.trail)
    print(d.hello(), l.hello(), r.hello())
    bases: list[Base] = [d, l, r]
    print([b.hello() for b in bases])
    rs: list[Right] = [d, r]
    print([x.right for x in rs], d.left)
    for x in rs:
        x.right *= 3
    print(d.right, r.right)


# ---- an attribute only some paths set ----------------------------------------------------------

class Lazy:
    def fill(self) -> None:
        self.value = 42


class Holder(Named, Lazy):
    pass


def unset() -> None:
    h = Holder("h")
    lz: Lazy = h
    try:
        print(lz.value)
    except AttributeError as e:
        print("AttributeError:", e)
    lz.fill()
    print(lz.value, h.value, h.name)


# ---- an abstract first base; class attributes, a property and __eq__/__hash__ from a mixin ----

class Shape(ABC):
    sides: ClassVar[int] = 0

    def __init__(self, size: float) -> None:
        self.size = size

    @abstractmethod
    def area(self) -> float: ...


class Labelled:
    label = "thing"
    prefix: ClassVar[str] = "#"

    @property
    def title(self) -> str:
        return f"{self.prefix}{self.label}:{self.area_text()}"

    def area_text(self) -> str:
        return "?"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Labelled) and self.title == other.title

    def __hash__(self) -> int:
        return hash(self.label)


class Square(Shape, Labelled):
    sides = 4
    label = "square"

    def area(self) -> float:
        return self.size * self.size

    def area_text(self) -> str:
        return f"{self.area():.1f}"


class Tri(Labelled, Shape):
    sides = 3

    def area(self) -> float:
        return self.size * self.size / 2


def abstract_and_properties() -> None:
    s, t = Square(2.0), Tri(3.0)
    print(s.title, t.title, s.sides, t.sides, s.label, t.label)
    print(s == Square(2.0), s == t, len({s, Square(2.0), t}))
    ls: list[Labelled] = [s, t]
    print([x.title for x in ls], [x.label for x in ls])
    shapes: list[Shape] = [s, t]
    print(sum(x.area() for x in shapes), [type(x).__name__ for x in shapes])


basics()
diamond()
unset()
abstract_and_properties()
