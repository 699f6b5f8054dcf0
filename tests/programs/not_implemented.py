"""NotImplemented from comparison dunders: reflected methods, identity for
== and !=, TypeError for orderings; sort, min, max and `in`; total_ordering."""

from functools import total_ordering


class Money:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.v < other.v

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.v > other.v

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        return self.v == other.v

    def __hash__(self) -> int:
        return self.v

    def __repr__(self) -> str:
        return f"Money({self.v})"


class Never:
    """Every comparison answers NotImplemented."""

    def __eq__(self, other: object) -> bool:
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        return NotImplemented


class Loose:
    """Compares with ints through its reflected methods."""

    def __init__(self, v: int) -> None:
        self.v = v

    def __gt__(self, other: object) -> bool:
        print("Loose.__gt__")
        if isinstance(other, int):
            return self.v > other
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        print("Loose.__lt__")
        if isinstance(other, int):
            return self.v < other
        return NotImplemented

    def __eq__(self, other: object) -> bool:
        print("Loose.__eq__")
        if isinstance(other, int):
            return self.v == other
        return NotImplemented


class Base:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: object) -> bool:
        print("Base.__lt__")
        if isinstance(other, Base):
            return self.v < other.v
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        print("Base.__gt__")
        if isinstance(other, Base):
            return self.v > other.v
        return NotImplemented


class Derived(Base):
    def __gt__(self, other: object) -> bool:
        print("Derived.__gt__")
        return NotImplemented


@total_ordering
class Version:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self.v == other.v

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return self.v < other.v


class Tagged(Money):
    """An __eq__ calling its base's, which may answer NotImplemented."""

    def __eq__(self, other: object) -> bool:
        same = super().__eq__(other)
        return same is True or other == 0


@total_ordering
class Odd:
    """Its __eq__ answers NotImplemented for everything but an Odd of the same value."""

    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Odd) and other.v == self.v:
            return True
        return NotImplemented

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Odd):
            return NotImplemented
        return self.v < other.v


class Vec:
    def __init__(self, v: int) -> None:
        self.v = v

    def __add__(self, other: object) -> "Vec":
        print("Vec.__add__")
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.v + other.v)

    def __radd__(self, other: object) -> "Vec":
        print("Vec.__radd__")
        if not isinstance(other, int):
            return NotImplemented
        return Vec(self.v + other)

    def __mul__(self, other: object) -> "Vec":
        if not isinstance(other, int):
            return NotImplemented
        return Vec(self.v * other)


class Flags:
    """Operator methods answering bool (typeguard lets those say NotImplemented)."""

    def __init__(self, v: int) -> None:
        self.v = v

    def __and__(self, other: object) -> bool:
        print("Flags.__and__")
        if not isinstance(other, Flags):
            return NotImplemented
        return bool(self.v & other.v)

    def __rand__(self, other: object) -> bool:
        print("Flags.__rand__")
        if not isinstance(other, int):
            return NotImplemented
        return bool(self.v & other)


class Vec3(Vec):
    def __radd__(self, other: object) -> "Vec":
        print("Vec3.__radd__")
        if isinstance(other, Vec):
            return Vec3(self.v + other.v + 1000)
        return NotImplemented


def show(label: str, f: bool) -> None:
    print(label, f)


def main() -> None:
    a, b = Money(5), Money(7)
    show("a < b", a < b)
    show("a > b", a > b)
    show("a == Money(5)", a == Money(5))
    show("a != b", a != b)
    show("a == 5", a == 5)
    show("a != 5", a != 5)
    show("a == a", a == a)
    try:
        show("a < 3", a < 3)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        show("3 > a", 3 > a)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        show("a > 'x'", a > "x")
    except TypeError as e:
        print(type(e).__name__, e)
    n1, n2 = Never(), Never()
    show("n1 == n1", n1 == n1)
    show("n1 == n2", n1 == n2)
    show("n1 != n2", n1 != n2)
    show("n1 != n1", n1 != n1)
    try:
        show("n1 < n2", n1 < n2)
    except TypeError as e:
        print(type(e).__name__, e)
    show("n1 in [n2, n1]", n1 in [n2, n1])
    show("Never() in [n1, n2]", Never() in [n1, n2])
    try:
        sorted([n1, n2])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(min(n1, n2) is n1)
    except TypeError as e:
        print(type(e).__name__, e)
    ms = [Money(3), Money(1), Money(2)]
    print(sorted(ms), min(ms), max(ms))
    ms.sort(reverse=True)
    print(ms)
    show("Money(2) in ms", Money(2) in ms)
    show("Money(9) in ms", Money(9) in ms)
    print(ms.index(Money(1)), ms.count(Money(3)))
    print(Money(1) in {Money(1), Money(2)})
    x = Loose(4)
    show("x < 5", x < 5)
    show("5 < x", 5 < x)
    show("5 > x", 5 > x)
    show("x == 4", x == 4)
    show("4 == x", 4 == x)
    show("x != 4", x != 4)
    y = Loose(4)
    show("x == y", x == y)
    try:
        show("x < y", x < y)
    except TypeError as e:
        print(type(e).__name__, e)
    b1, d1 = Base(1), Derived(2)
    show("b1 < d1", b1 < d1)
    show("d1 > b1", d1 > b1)
    show("b1 < b1", b1 < b1)
    v1, v2 = Version(1), Version(2)
    show("v1 <= v2", v1 <= v2)
    show("v1 >= v2", v1 >= v2)
    show("v2 > v1", v2 > v1)
    print(sorted([v2, v1])[0].v)
    try:
        show("v1 <= 3", v1 <= 3)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        show("v1 > 3", v1 > 3)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        show("v1 >= 3", v1 >= 3)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        show("v1 < 3", v1 < 3)
    except TypeError as e:
        print(type(e).__name__, e)

    t = Tagged(4)
    show("t == 0", t == 0)
    show("t == 1", t == 1)
    show("t == Money(4)", t == Money(4))
    m: Money = t
    show("m == 0", m == 0)
    show("m != 0", m != 0)
    show("m == 1", m == 1)
    o1, o2 = Odd(1), Odd(2)
    show("o1 <= o1", o1 <= o1)
    show("o2 <= o1", o2 <= o1)
    show("o1 >= Odd(1)", o1 >= Odd(1))
    show("o1 > o2", o1 > o2)
    u, w = Vec(1), Vec(2)
    print((u + w).v)
    print((3 + u).v)
    print((u + Vec3(5)).v)
    print((u * 4).v)
    acc = Vec(0)
    acc += u
    print(acc.v)
    f1, f2 = Flags(6), Flags(3)
    print(f1 & f2, 1 & f1, 2 & f1, f1 & Flags(1))
    try:
        print(f1 & 3)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(f1 & "x")
    except TypeError as e:
        print(type(e).__name__, e)
    print(a.__eq__(b), a.__lt__(b), Money(1).__eq__(Money(1)))


main()
