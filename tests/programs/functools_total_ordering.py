"""functools.total_ordering: the missing comparisons derived from __eq__ and
the one ordering method a class defines (__lt__, __le__, __gt__ or __ge__;
the highest of them when several are), as CPython's functools does."""

import functools

trace: list[str] = []


@functools.total_ordering
class Lt:
    def __init__(self, x: int) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        trace.append("eq")
        return isinstance(other, Lt) and self.x == other.x

    def __lt__(self, other: "Lt") -> bool:
        trace.append("lt")
        return self.x < other.x

    def __repr__(self) -> str:
        return f"Lt({self.x})"


@functools.total_ordering
class Le:
    def __init__(self, x: float) -> None:
        self.x = x

    def __eq__(self, other: object) -> bool:
        trace.append("eq")
        return isinstance(other, Le) and self.x == other.x

    def __le__(self, other: "Le") -> bool:
        trace.append("le")
        return self.x <= other.x


@functools.total_ordering
class Gt:
    def __init__(self, s: str) -> None:
        self.s = s

    def __eq__(self, other: object) -> bool:
        trace.append("eq")
        return isinstance(other, Gt) and self.s == other.s

    def __gt__(self, other: "Gt") -> bool:
        trace.append("gt")
        return self.s > other.s


@functools.total_ordering
class Ge:
    def __init__(self, x: int) -> None:
        self.x = x

    def __ge__(self, other: "Ge") -> bool:
        trace.append("ge")
        return self.x >= other.x


@functools.total_ordering
class Both:
    """__lt__ and __gt__ both written: __lt__ is the root, __gt__ stays."""

    def __init__(self, x: int) -> None:
        self.x = x

    def __lt__(self, other: "Both") -> bool:
        trace.append("lt")
        return self.x < other.x

    def __gt__(self, other: "Both") -> bool:
        trace.append("own gt")
        return self.x > other.x


class Sub(Lt):
    def __lt__(self, other: Lt) -> bool:
        trace.append("sub lt")
        return self.x > other.x   # reversed


def show(label: str, r: bool) -> None:
    print(label, r, trace)
    trace.clear()


def main() -> None:
    a, b, a2 = Lt(1), Lt(2), Lt(1)
    show("lt <", a < b)
    show("lt >", a > b)
    show("lt > same", a > a2)
    show("lt <=", a <= b)
    show("lt <= same", a <= a2)
    show("lt >=", a >= b)
    show("lt >= rev", b >= a)
    c, d = Le(1.5), Le(2.5)
    show("le <", c < d)
    show("le < same", c < Le(1.5))
    show("le >", c > d)
    show("le >=", d >= c)
    show("le >= same", c >= Le(1.5))
    e, f = Gt("a"), Gt("b")
    show("gt <", e < f)
    show("gt < same", e < Gt("a"))
    show("gt >=", e >= f)
    show("gt >= same", e >= Gt("a"))
    show("gt <=", f <= e)
    g, h = Ge(5), Ge(7)
    show("ge <=", g <= h)
    show("ge <= same", g <= Ge(5))
    show("ge >", h > g)
    show("ge > same", g > Ge(5))
    show("ge <", g < h)
    x, y = Both(1), Both(2)
    show("both >", x > y)
    show("both <=", x <= y)
    show("both >=", y >= x)
    s, t = Sub(1), Sub(2)
    show("sub <", s < t)
    show("sub >", s > t)
    show("sub <=", s <= t)
    show("sub >=", s >= t)
    print(sorted([Lt(3), Lt(1), Lt(2)], reverse=True))
    trace.clear()
    print(max(Lt(3), Lt(5)), min(Lt(3), Lt(5)))
    trace.clear()
    print([v.x for v in sorted([Ge(2), Ge(9), Ge(4)])])
    trace.clear()


main()
