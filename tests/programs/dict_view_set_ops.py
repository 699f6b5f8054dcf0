"""Set operators on dict views: d.keys() and d.items() with | & - ^ against
sets, lists, other views and generators (the view on either side), and
isdisjoint(); the view is read when the operator runs (live)."""

from typing import AbstractSet


def show(label: str, s: AbstractSet[object]) -> None:
    print(label, sorted(s, key=repr), len(s))


def main() -> None:
    d = {"a": 1, "b": 2, "c": 3}
    other = {"b", "c", "z"}
    show("and", d.keys() & other)
    show("or", d.keys() | other)
    show("sub", d.keys() - other)
    show("xor", d.keys() ^ other)
    show("list", d.keys() & ["a", "q", "a"])
    show("gen", d.keys() - (k for k in "ab"))
    show("rsub", other - d.keys())
    show("ror", {"q"} | d.keys())
    show("rand", {"a", "q"} & d.keys())
    e = {"c": 0, "d": 4}
    show("views", d.keys() & e.keys())
    show("views|", d.keys() | e.keys())
    show("views^", d.keys() ^ e.keys())
    items = d.items()
    show("items&", items & {("a", 1), ("b", 5)})
    show("items-", items - {("a", 1)})
    show("items|", items | [("z", 26)])
    show("items^", items ^ e.items())
    kv = d.keys()
    d["z"] = 26
    del d["a"]
    show("live", kv & other)
    show("live-", kv - set())
    ints = {1: "x", 2: "y", 30: "z"}
    show("ints&", ints.keys() & {2, 30, 4})
    show("ints|", ints.keys() | [7, 1])
    show("ints-", ints.keys() - range(0, 3))
    show("ints^", ints.keys() ^ {1, 99})
    show("mixed", ints.keys() | {"s"})
    show("empty", {}.keys() & other)
    print(d.keys().isdisjoint(other), d.keys().isdisjoint({"q"}), d.keys().isdisjoint([]))
    print(d.items().isdisjoint({("z", 26)}), d.items().isdisjoint([("z", 0)]), ints.keys().isdisjoint(range(3, 9)))
    u = d.keys() | other
    u.add("new")
    show("result is a set", u)
    print(type(d.keys() & other).__name__, d.keys() & set() == set())
    try:
        show("unhashable", d.keys() & [["a"]])
    except TypeError as err:
        print("TypeError", err)


main()
