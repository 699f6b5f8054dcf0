"""dict(m) and d.update(m) of an object with keys(): a Counter, a
defaultdict, an OrderedDict or a class of the program is read by m.keys()
and m[k], as CPython does, not iterated as (key, value) pairs (dict(Counter(...))
printed {None: 99}; found by tests/gen_programs.py)."""

import itertools
from collections import Counter, OrderedDict, defaultdict


class M:
    def __init__(self, miss: bool) -> None:
        self.d = {"x": 1, "y": 2}
        self.miss = miss

    def keys(self) -> list[str]:
        return ["y", "x", "y"] + (["nope"] if self.miss else [])

    def __getitem__(self, k: str) -> int:
        return self.d[k] * 10

    def __iter__(self) -> "M":
        raise ValueError("not by iteration")


def main() -> None:
    d0: dict[str, int] = dict(Counter([w for w, _ in itertools.groupby("abbc")]))
    print(d0, dict(Counter(["a", "b", "a"])), dict(Counter("abca")), dict(Counter("")))
    c = Counter([3, 1, 3])
    c.subtract([1, 1])
    ci: dict[int, int] = dict(c)
    print(ci, dict(Counter[str]()))
    dd: defaultdict[str, list[int]] = defaultdict(list)
    dd["a"].append(1)
    dd["b"]
    print(dict(dd), dict(defaultdict(int, {"k": 2})))
    od: OrderedDict[str, float] = OrderedDict()
    od["q"] = 1.5
    od["p"] = 2.0
    od.move_to_end("q")
    print(dict(od), list(dict(od)))
    e: dict[str, int] = {"z": 0, "l": 9}
    e.update(Counter("hello"))
    print(e, dict(M(False)))
    e.update(M(False))
    print(e)
    try:
        print(dict(M(True)))
    except KeyError as x:
        print(type(x).__name__, x)
    try:
        e.update(M(True))
    except KeyError as x:
        print(type(x).__name__, x, e)


main()
