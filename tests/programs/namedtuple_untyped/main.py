# collections.namedtuple declarations (fields mypy types Any): unicc types
# each field from the program's constructions, in this module and another.
import collections
from collections import namedtuple

from shapes import Colour, Dot, Size, unit

Pair = namedtuple("Pair", ["key", "value"])
Rec = collections.namedtuple("Rec", "name, tags   score", defaults=(0.0,))
Opt = namedtuple("Opt", "label extra", defaults=[None])
Link = namedtuple("Link", "value prev")
Many = namedtuple(
    "Many",
    ["a", "b", "c"],
    rename=True,
)


class Later:
    def __init__(self, n: int) -> None:
        self.n = n

    def __repr__(self) -> str:
        return f"Later({self.n})"


Holder = namedtuple("Holder", "item count")


def build(n: int) -> list[Pair]:
    return [Pair(str(i), i * 2) for i in range(n)]


def main() -> None:
    pairs = build(4)
    pairs.append(Pair(key="z", value=-1))
    total = 0
    for p in pairs:
        k, v = p
        total += v + p.value + p[1]
        print(p, k, len(p), p == (k, v))
    print(total, sorted(pairs, key=lambda p: p.value)[0], pairs[0]._replace(value=100))
    print(pairs[1]._asdict(), Pair._fields, hash(pairs[2]) == hash(("2", 4)))
    r = Rec("a", ["x", "y"])
    r2 = Rec("b", [], 2.5)
    r3 = Rec(tags=["q"], name="c", score=1.0)
    print(r, r2, r3, r.score + r2.score, r3.tags + r.tags, r2 < r)
    o1, o2 = Opt("plain"), Opt("full", (1, "one"))
    for o in (o1, o2):
        if o.extra is not None:
            print(o.label, o.extra[0] + 1, o.extra[1])
        else:
            print(o.label, "no extra")
    d = Dot(1, 2, Colour("red"))
    u = unit(Colour("blue"))
    print(d, u, d.colour.name, u.x + d.y, Size(3), Size(4, 5), Size(w=6).h)
    first = Link(1, None)
    second = Link(2, Pair("p", 1))
    for link in (first, second):
        print(link, link.prev.value if link.prev is not None else "-")
    m = Many(1, "b", True)
    mm = Many(2, "bb", False)
    print(m, mm.a + m.a, m.b + mm.b, m.c and not mm.c, Many._fields)
    h = Holder(Later(3), 1)
    print(h, h.item.n + h.count)
    t = ("k", 14)
    xy = (7, 14)
    print(Pair(*t), Dot(*xy, Colour("green")))
    print(Rec("x", ["t"], 1.0)._replace(score=2.0), Size(*(8,)))


main()
