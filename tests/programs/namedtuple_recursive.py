"""Recursive NamedTuples (a field naming its own class, through | None, Optional,
list, tuple[X, ...], dict; the functional form; a dataclass and a class that
hold one): repr, ==, hash, ordering, unpacking, indexing as CPython."""
from dataclasses import dataclass
from enum import IntEnum
from typing import NamedTuple, Optional
import typing


class Color(IntEnum):
    RED = 1
    BLUE = 2


class Node(NamedTuple):
    value: int
    next: "Node | None"


class Tree(NamedTuple):
    label: str
    children: "list[Tree]"
    color: Color = Color.RED


Pair = typing.NamedTuple("Pair", [("head", int), ("tail", Optional["Pair"])])


class Link(NamedTuple):
    owner: "Owner"
    rest: "Optional[Link]"


@dataclass
class Owner:
    name: str
    links: "list[Link]"


class Holder:
    def __init__(self, name: str, link: "Link | None") -> None:
        self.name = name
        self.link = link

    def __repr__(self) -> str:
        return f"Holder({self.name!r}, {self.link!r})"


class Expr(NamedTuple):
    op: str
    args: "tuple[Expr, ...]"
    env: "dict[str, Expr]"


class Cons(NamedTuple):
    car: int
    cdr: Optional["Cons"]


def build(n: int) -> Optional[Cons]:
    r: Optional[Cons] = None
    for i in range(n):
        r = Cons(i, r)
    return r


def more() -> None:
    e = Expr("+", (Expr("1", (), {}), Expr("2", (), {})), {})
    print(e)
    print(f"{e.args[0]!r} {e.args[1]}")
    print([e.args[0], e], (e.args[1],))
    print(e.args[0] in e.args, Expr("3", (), {}) in e.args)
    e2 = Expr("let", (), {"x": e})
    print(e2, e2.env["x"].op)
    xs = [Cons(3, None), Cons(1, Cons(2, None)), Cons(1, None)]
    print(sorted(xs, key=lambda c: c.car))
    c = build(3)
    print(c, str(c), f"{c}")
    m: dict[Cons | None, int] = {c: 1, None: 2}
    print(m)
    print(c == build(3), c != build(2), c is None)
    if c is not None:
        print(c[1], c.cdr == build(2), c.car, c[0] + c[-2])
        car, cdr = c
        print(car, cdr)
        *_, last = c
        print(last)
    try:
        print(hash(e))
    except TypeError as ex:
        print(type(ex).__name__, ex)



def length(n: Node | None) -> int:
    k = 0
    while n is not None:
        k += 1
        n = n.next
    return k


def total(n: Optional[Node]) -> int:
    if n is None:
        return 0
    v, rest = n
    return v + total(rest)


def main() -> None:
    a = Node(2, Node(1, None))
    print(a)
    print(repr(a), str(a))
    print(a == Node(2, Node(1, None)), a == Node(2, Node(3, None)), a != Node(2, None))
    print(hash(a) == hash(Node(2, Node(1, None))), hash(a) == hash((2, (1, None))))
    print(a == (2, (1, None)))
    print(a[0], a[1], a[-1])
    print(a.next)
    nx = a[1]
    if nx is not None:
        print(nx.value, nx[0], nx.next)
    v, rest = a
    print(v, rest)
    print(length(a), total(a), len(a))
    chain: Node | None = None
    for i in range(5):
        chain = Node(i, chain)
    print(chain, length(chain), total(chain))
    print(a._replace(value=7))
    print(a._fields, Node._fields)
    print(list(a), tuple(a))
    print(a._asdict())
    print(a < Node(3, None), Node(2, Node(1, None)) <= a, a > Node(2, None) if False else 0)
    try:
        print(Node(2, None) < Node(2, Node(0, None)))
    except TypeError as e:
        print(type(e).__name__, e)
    s = {a, Node(2, Node(1, None)), Node(9, None)}
    print(len(s))
    d = {a: "a"}
    print(d[Node(2, Node(1, None))])

    t = Tree("root", [Tree("x", [], Color.BLUE), Tree("y", [Tree("z", [])])])
    print(t)
    print(t.children[1].children[0].label, t.children[0].color)
    print(t == Tree("root", [Tree("x", [], Color.BLUE), Tree("y", [Tree("z", [])])]))
    print([c.label for c in t.children])

    p = Pair(1, Pair(2, Pair(3, None)))
    print(p, p.tail)
    print(p == Pair(1, Pair(2, Pair(3, None))), hash(p) == hash((1, (2, (3, None)))))
    h, tl = p
    print(h, tl, p[1])

    o = Owner("ann", [])
    l1 = Link(o, None)
    l2 = Link(o, l1)
    o.links.append(l2)
    print(l2.rest is l1, l1.rest, l2.owner.name, len(o.links), o.links[0].rest is l1)
    print(l1 == Link(o, None))
    hd = Holder("h", l2)
    print(hd.link is l2, hd.name)
    print(Holder("e", None))


main()
more()
