"""id(x): constant for an object's life, equal for two names of one object,
different for objects alive at once; what CPython guarantees, not values."""
from typing import List, Optional


class Node:
    def __init__(self, v: int) -> None:
        self.v = v


class Leaf(Node):
    pass


def same_list_grows() -> None:
    for j in range(5):
        a: List[int] = []
        n = id(a)
        a += [j]
        a.append(j)
        a.extend([1, 2])
        assert id(a) == n
    print("list keeps its id")


def distinct() -> None:
    nodes = [Node(i) for i in range(50)]
    ids = {id(n) for n in nodes}
    print(len(ids), id(nodes[3]) == id(nodes[3]), id(nodes[3]) != id(nodes[4]))
    m = nodes[7]
    print(id(m) == id(nodes[7]), m is nodes[7])
    leaf: Node = Leaf(1)
    other = leaf
    print(id(leaf) == id(other), id(leaf) == id(nodes[0]))
    d: dict[str, int] = {"a": 1}
    e = d
    print(id(d) == id(e), id(d) != id(nodes))
    s = "text"
    t = s
    print(id(s) == id(t))
    tup = (1, "x")
    tup2 = tup
    print(id(tup) == id(tup2), isinstance(id(tup), int))


def scalars() -> None:
    n = 10 ** 12
    m = n
    print(id(n) == id(m), n is m)
    f = 0.1 * 3
    g = f
    print(id(f) == id(g), f is g)
    nan = float("nan")
    k = nan
    print(k is nan, id(k) == id(nan))
    print(id(True) == id(True), id(False) == id(False), id(True) != id(False))
    print(id(None) == id(None))
    vals = [3, 4, 5]
    print(len({id(x) for x in vals}))
    o: Optional[Node] = None
    print(id(o) == id(None))
    o = Node(2)
    p = o
    print(id(o) == id(p))


def is_matches_id(xs: List[Node], i: int, j: int) -> bool:
    return (xs[i] is xs[j]) == (id(xs[i]) == id(xs[j]))


same_list_grows()
distinct()
scalars()
shared = Node(0)
xs = [shared, Node(1), shared, Node(2)]
print(all(is_matches_id(xs, i, j) for i in range(4) for j in range(4)))
print(isinstance(id(xs), int), id(xs) == id(xs))
