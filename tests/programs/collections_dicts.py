"""collections.defaultdict, Counter and OrderedDict: the dict operations
they keep, their own methods, repr and CPython's errors."""

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict


def zero() -> float:
    return 0.5


def defaults() -> None:
    counts: defaultdict[str, int] = defaultdict(int)
    for w in "a b a c b a".split():
        counts[w] += 1
    print(counts, len(counts), counts["zz"], "zz" in counts, "yy" in counts, sorted(counts.items()))
    groups: defaultdict[int, list[str]] = defaultdict(list)
    for w in ["ab", "c", "de", "fgh"]:
        groups[len(w)].append(w)
    print(groups, groups[2], list(groups.keys()), list(groups), list(groups.values()))
    sets: defaultdict[str, set[int]] = defaultdict(set)
    sets["x"].add(1)
    sets["x"].add(1)
    names: defaultdict[int, str] = defaultdict(str)
    names[3] += "c"
    flags: defaultdict[str, bool] = defaultdict(bool)
    print(sets, names, flags["q"], flags)
    fs: defaultdict[str, float] = defaultdict(lambda: 1.5)
    fs["a"] += 1
    gs: defaultdict[str, float] = defaultdict(zero)
    print(fs["a"], fs["b"], gs["c"], len(fs), sorted(fs.values()))
    nested: defaultdict[str, dict[str, int]] = defaultdict(dict)
    nested["k"]["j"] = 1
    print(nested, nested.get("k"), nested.get("nope"), nested.default_factory is not None)
    nofac: defaultdict[str, float] = defaultdict()
    try:
        nofac["x"]
    except KeyError as e:
        print(type(e).__name__, e)
    print(nofac, nofac.default_factory is None, counts.get("q"), counts.get("a"), counts.pop("a"), counts)
    counts["b"] = 10
    print(counts.setdefault("b", 0), counts.setdefault("n", 7), counts, len(counts.copy()))
    counts.update({"z": 26})
    print(counts == counts.copy(), counts)
    counts.clear()
    print(counts)


def counters() -> None:
    c = Counter("abracadabra")
    print(c, c["a"], c["zz"], len(c), c.total(), c.most_common(2), c.most_common(0), c.most_common())
    print(sorted(c.elements()), list(Counter({"x": 2, "y": 0, "z": 1}).elements()), list(Counter().elements()))
    c.update("aaz")
    c.update({"q": 5})
    c.subtract(["b", "b", "b"])
    c.subtract({"q": 1})
    print(c, Counter(), "a" in c, "zz" in c, sorted(c), c.most_common(-1))
    c["new"] += 2
    c["a"] = 0
    print(c, c.get("a"), c.get("missing"), c.pop("new"), c)
    a = Counter({"a": 3, "b": 1, "c": -2})
    b = Counter({"a": 1, "b": 2, "d": 4})
    print(a + b, a - b, a | b, a & b, b - a, a + Counter())
    print(Counter("ab") == Counter("ba"), Counter({"a": 1, "b": 0}) == Counter("a"), Counter("a") == Counter("b"))
    words = "the cat and the hat and the bat".split()
    wc = Counter(words)
    print(wc.most_common(3), Counter([1, 1, 2]), Counter([(1, 2), (1, 2)]), wc.total())
    for w, n in wc.most_common():
        print(w, n, end="; ")
    print()
    print(sorted(wc.items()), sorted(wc.keys()), sorted(wc.values()), len(wc.copy()))
    try:
        wc.pop("nope")
    except KeyError as e:
        print(type(e).__name__, e)


def ordered() -> None:
    o: OrderedDict[str, int] = OrderedDict()
    o["b"] = 2
    o["a"] = 1
    o["c"] = 3
    o.move_to_end("b")
    print(o, list(o), list(reversed(o)), o["a"], len(o), "c" in o)
    o.move_to_end("c", last=False)
    print(o)
    print(o.popitem(), o)
    print(o.popitem(last=False), o)
    e: OrderedDict[str, int] = OrderedDict()
    try:
        e.popitem()
    except KeyError as ex:
        print(type(ex).__name__, ex)
    try:
        o.move_to_end("nope")
    except KeyError as ex:
        print(type(ex).__name__, ex)
    try:
        print(o["nope"])
    except KeyError as ex:
        print(type(ex).__name__, ex)
    p = OrderedDict({"x": 1, "y": 2})
    q = OrderedDict({"y": 2, "x": 1})
    print(p == q, p == OrderedDict({"x": 1, "y": 2}), e, p.get("x"), p.get("w"), list(p.items()))
    p.update({"z": 3, "x": 0})
    print(p, p.setdefault("w", 9), p.pop("y"), list(p.keys()), list(p.values()), p.copy())
    lru: OrderedDict[int, str] = OrderedDict()
    for k in [1, 2, 3, 1, 4, 2, 5]:
        if k in lru:
            lru.move_to_end(k)
        lru[k] = str(k)
        if len(lru) > 3:
            lru.popitem(last=False)
    print(lru)
    p.clear()
    print(p, len(p))


def constructors() -> None:
    """What dict's constructor and update() take: pairs, another mapping, keywords."""
    a = OrderedDict([("x", 1), ("y", 2)])
    b: OrderedDict[str, int] = OrderedDict(z=3, w=4)
    c = OrderedDict(a, q=9)
    print(a, b, c, OrderedDict({"k": 1.5}), OrderedDict(b) == b, OrderedDict(iter([(True, None)])))
    e = defaultdict(int, [("a", 1)])
    e["b"] += 2
    f: defaultdict[str, list[int]] = defaultdict(list, {"x": [1]}, y=[2])
    f["z"].append(3)
    g: defaultdict[str, str] = defaultdict(str, e="x")
    print(e, f, defaultdict(float, f=0.5), g["nope"] == "", len(g), defaultdict(int, e))
    c.update([("r", 5)], s=6)
    c.update({"t": 7})
    c.update(a)
    c.update(b, x=0)
    e.update(e2=5)
    e.update(OrderedDict(e3=6))
    f.update([("x", [])])
    print(c, e, f)


defaults()
counters()
ordered()
constructors()
