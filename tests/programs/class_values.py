"""Classes as values: type(x), class objects in variables, lists, tuples and
parameters, compared, named, printed, called, and given to isinstance and
issubclass."""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from types import TracebackType
from typing import NamedTuple


class Shape:
    LIMIT = 10

    def __init__(self) -> None:
        self.size = 1

    @classmethod
    def create(cls) -> "Shape":
        return cls()

    @staticmethod
    def sides() -> int:
        return 0

    def area(self) -> int:
        return 0


class Square(Shape):
    LIMIT = 20

    def __init__(self, side: int = 2) -> None:
        super().__init__()
        self.side = side

    @staticmethod
    def sides() -> int:
        return 4

    def area(self) -> int:
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r: int) -> None:
        super().__init__()
        self.r = r

    def area(self) -> int:
        return 3 * self.r * self.r


class Outer:
    class Inner:
        pass


@dataclass
class Point:
    x: int
    y: int


def kind(s: Shape) -> str:
    t = type(s)
    if t is Square:
        return "square"
    if t is not Circle:
        return "other " + t.__name__
    return "circle"


def same_class(a: Shape, b: Shape) -> bool:
    return type(a) is type(b)


def make(c: type[Shape]) -> Shape:
    return c()


def pick(n: int) -> type[Shape]:
    if n == 0:
        return Shape
    return Square


class Holder:
    kind: type[Shape]

    def __init__(self, kind: type[Shape]) -> None:
        self.kind = kind

    def derived(self) -> bool:
        return issubclass(self.kind, Square)


class Node:
    count = 0

    @classmethod
    def describe(cls) -> str:
        return str(cls) + str(cls.count) + cls.__name__

    @classmethod
    def itself(cls) -> "type[Node]":
        return cls


class Leaf(Node):
    count = 1


def type_of_any() -> None:
    print("type_of_any")
    print(type(3) is int, type(3) is bool, type(True) is bool, type(2.5) is float)
    print(type("s").__name__, type(b"b").__name__, type([1]).__name__, type((1, 2)).__name__)
    print(type({1: 2}).__name__, type({1}).__name__, type(None).__name__)
    x: object = 5
    print(type(x) is int, type(x).__name__)
    y: object = "text"
    print(type(y) is str, type(y) == str, type(y) != int)
    print(type(Point(1, 2)).__name__, type(Point(1, 2)).__qualname__)
    print(type(Outer.Inner()).__name__, type(Outer.Inner()).__qualname__)
    print(type(Shape()).__module__ == __name__)


def compare() -> None:
    print("compare")
    print(kind(Shape()), kind(Square()), kind(Circle(1)))
    print(same_class(Square(), Square(3)), same_class(Square(), Shape()))
    t = type(Square())
    u = type(Square(5))
    print(t is u, t == u, t != u, t is not u)
    print(t is Square, t == Shape, t != Shape)
    v: type[Shape] = Shape
    print(v is Shape, v is t)


def names() -> None:
    print("names")
    c: type[Shape] = Square
    print(c.__name__, c.__qualname__, c.__module__ == __name__)
    print(Outer.Inner.__name__, Outer.Inner.__qualname__)
    i = Outer.Inner
    print(i.__name__, i.__qualname__)
    print(Shape.__name__)


def printing() -> None:
    print("printing")
    c: type[Shape] = Circle
    print(c)
    print(str(c), repr(c))
    print(Shape)
    print(f"{c} and {Square!r}")
    print(type(Outer.Inner()))
    print(type(3), type("x"), type([1]), type(2.0), type(True))
    print(int, str, ValueError)


def containers() -> None:
    print("containers")
    cs: list[type[Shape]] = [Shape, Square]
    cs.append(Circle)
    for c in cs:
        print(c.__name__, issubclass(c, Shape), issubclass(c, Square))
    print(len(cs), cs[1] is Square, cs[-1] is Circle)
    pair: tuple[type[Shape], int] = (Square, 3)
    print(pair[0].__name__, pair[1])
    print(Square in cs, Point.__name__)
    names = [c.__name__ for c in cs]
    print(names)
    by_name: dict[str, type[Shape]] = {"sq": Square, "sh": Shape}
    print(by_name["sq"].__name__, make(by_name["sh"]).area())


def calling() -> None:
    print("calling")
    for c in (Shape, Square):
        o = c()
        print(type(o).__name__, o.area(), o.size)
    s = make(Square)
    print(type(s).__name__, s.area())
    print(type(make(pick(0))).__name__, type(make(pick(1))).__name__)
    k: type[Shape] = Circle
    try:
        make(k)
    except TypeError as e:
        print("TypeError", "r" in str(e))
    q: type[Square] = Square
    print(q(5).area())
    p = Point
    print(p(1, 2))


def class_members() -> None:
    print("class_members")
    cs: list[type[Shape]] = [Shape, Square, Circle]
    for c in cs:
        print(c.__name__, c.LIMIT, c.sides(), type(c.create()).__name__ if c is not Circle else "-")


def instance_tests() -> None:
    print("instance_tests")
    shapes: list[Shape] = [Shape(), Square(), Circle(2)]
    kinds: list[type[Shape]] = [Shape, Square, Circle]
    for s in shapes:
        print([isinstance(s, k) for k in kinds])
    for k in kinds:
        print([issubclass(k, j) for j in kinds], issubclass(Square, k))
    x: object = 3
    t: type[object] = int
    print(isinstance(x, t), isinstance(5, t), isinstance("s", t), isinstance(True, t))


def held() -> None:
    print("held")
    h = Holder(Square)
    print(h.derived(), h.kind.__name__, type(h.kind()).__name__)
    h.kind = Shape
    print(h.derived(), h.kind is Shape, h.kind.LIMIT)
    print(Node.describe(), Leaf.describe())
    print(Leaf.itself(), Leaf.itself() is Leaf, Node.itself().__name__)
    n: Node = Leaf()
    print(n.__class__.__name__, n.__class__ is Leaf, type(n).itself() is Leaf)
    k = n.__class__
    print(k, k is Leaf, [n.__class__], k.describe(), type(type(n)()))


def as_objects() -> None:
    print("as_objects")
    cs: list[type[Shape]] = [Shape, Square, Circle]
    print(cs)
    print(str(cs), cs.index(Circle), cs.count(Square), cs == [Shape, Square, Circle], cs[:1] == [Square])
    cs.remove(Square)
    print(cs, (Shape, Circle), {"k": Square})
    counts: dict[type[Shape], int] = {}
    for s in [Shape(), Square(), Square(3), Circle(1)]:
        counts[type(s)] = counts.get(type(s), 0) + 1
    for k, n in counts.items():
        print(k.__name__, n)
    print(counts[Square], Circle in counts, Point in {Point: 1}, len({Shape, Shape, Square}))
    kinds: dict[type[Point], str] = {Point: "point"}
    print(kinds[Point], kinds)
    seen: set[type[object]] = set()
    for x in [1, "a", 2, Point(1, 1), "b"]:
        seen.add(type(x))
    print(len(seen), int in seen, str in seen, Point in seen, float in seen)
    o: object = Square
    print(o, isinstance(o, type), isinstance(Square(), type), o == Square, o is Square)
    print(hash(Square) == hash(Square), hash(Square) == hash(Circle), hash((Square, 1)) == hash((Square, 1)))
    try:
        print(o < Square)   # type: ignore[operator]
    except TypeError as e:
        print("TypeError", e)
    print(f"{cs!r} {[c.__name__ for c in cs]}")


class Figure(ABC):
    @abstractmethod
    def area(self) -> int: ...

    @abstractmethod
    def name(self) -> str: ...

    @classmethod
    def make(cls) -> "Figure":
        return cls()


class Dot(Figure):
    def area(self) -> int:
        return 0

    def name(self) -> str:
        return "dot"


class Blob(ABC):
    @abstractmethod
    def grow(self) -> None: ...

    @classmethod
    def make(cls) -> "Blob":
        return cls()


def abstract() -> None:
    print("abstract")
    f: type[Figure] = Dot
    print(f().name(), f.make().name(), Dot.make().area())
    try:
        Figure.make()
    except TypeError as e:
        print("TypeError", e)
    try:
        Blob.make()
    except TypeError as e:
        print("TypeError", e)


class Loud:
    def __enter__(self) -> "Loud":
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> bool:
        print(et, ev, et is ValueError, et is None, et == KeyError)
        if et is not None:
            print(et.__name__, issubclass(et, LookupError))
        return et is not None and issubclass(et, ValueError)


def maybe(flag: bool) -> type[Shape] | None:
    return Square if flag else None


@dataclass
class Rule:
    kind: type[Shape]
    name: str
    extra: list[type[Shape]] = field(default_factory=list)


class Pair(NamedTuple):
    left: type[Shape]
    right: type[Shape]


def optional() -> None:
    print("optional")
    with Loud():
        raise ValueError("x")
    with Loud():
        print("quiet")
    try:
        with Loud():
            raise KeyError("k")
    except KeyError as e:
        print("KeyError", e)
    for f in (True, False):
        c = maybe(f)
        print(c, c is Square, c is None)
        if c is not None:
            print(c.__name__, type(c()).__name__)
    d: dict[str, type[Shape] | None] = {"a": Shape, "n": None}
    print(d)


def fields() -> None:
    print("fields")
    r = Rule(Square, "b", [Shape])
    print(r, r == Rule(Square, "b", [Shape]), r == Rule(Shape, "b", [Shape]))
    p = Pair(Shape, Square)
    print(p, p.left, p == Pair(Shape, Square), hash(p) == hash(Pair(Shape, Square)))
    print(sorted([Square, Shape, Square], key=lambda c: c.__name__))
    print(max([Shape, Square], key=lambda c: len(c.__name__)))
    t = (Shape, 1)
    print(t, t == (Shape, 1), t < (Shape, 2))


def exceptions() -> None:
    print("exceptions")
    for e in (ValueError("v"), KeyError("k")):
        try:
            raise e
        except Exception as caught:
            print(type(caught).__name__, type(caught) is ValueError, type(caught))


type_of_any()
compare()
names()
printing()
containers()
calling()
class_members()
instance_tests()
held()
as_objects()
abstract()
optional()
fields()
exceptions()
