# Mapping[K, V] (typing and collections.abc) holding a dict, and the
# protocols Collection, Container, Sized and AbstractSet holding dicts, sets,
# dict views and the other builtin containers: what the concrete type does,
# KeyError included; values converted from the kind the dict keeps them in
# (a dict[str, int] where Mapping[str, float] or Mapping[str, object] is declared).
from collections import Counter, deque
from collections.abc import Collection, Container, Mapping, Sized
from typing import AbstractSet


class Bag:
    """Sized and Container by its dunders (the protocols)."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __contains__(self, x: object) -> bool:
        return x == self.n


def look(m: Mapping[str, int]) -> None:
    print(len(m), bool(m), m, repr(m), "a" in m, "zz" in m, "zz" not in m)
    print(m.get("a"), m.get("zz"), m.get("zz", -1), m.get("a", -1))
    for k in m:
        print(k, m[k])
    for k, v in m.items():
        print(k, v)
    print(list(m.keys()), list(m.values()), sorted(m), sorted(m.values()), sum(m.values()))
    print([k for k in m.keys()], [v * 2 for v in m.values()], dict(m.items()) == m)
    try:
        print(m["zz"])
    except KeyError as e:
        print(type(e).__name__, e)


def by_int(m: Mapping[int, str]) -> str:
    out = ""
    for k in sorted(m):
        out += f"{k}={m[k]};"
    try:
        out += m[99]
    except KeyError as e:
        out += f"{type(e).__name__} {e}"
    return out


def floats(m: Mapping[str, float]) -> float:
    total = 0.0
    for k, v in m.items():
        print(k, v, v * 2, v / 4)
        total += v
    print(m["a"] * 3, m.get("a", 0.5) + 1, m.get("zz", 0.5), max(m.values()))
    return total


def objects(m: Mapping[str, object]) -> None:
    for k, v in m.items():
        print(k, v, type(v).__name__)
    print(m.get("a"), m.get("zz", "dflt"), list(m.values()))


def same(a: Mapping[str, int], b: Mapping[str, int]) -> None:
    print(a == b, a != b)


def size(s: Sized) -> int:
    return len(s)


def has(c: Container[int], x: int) -> bool:
    return x in c


def coll(c: Collection[int]) -> None:
    print(len(c), 2 in c, sorted(c), sum(c), bool(c), [x for x in c])


def setlike(s: AbstractSet[int]) -> None:
    print(len(s), 1 in s, 7 in s, sorted(s), bool(s))
    for x in s:
        print(x)


class Config:
    def __init__(self, opts: Mapping[str, int]) -> None:
        self.opts = opts

    def opt(self, name: str) -> int:
        return self.opts.get(name, 0)


def merged(a: Mapping[str, int], b: Mapping[str, int]) -> Mapping[str, int]:
    out = dict(a)
    for k in b:
        out[k] = b[k]
    return out


def copies(m: Mapping[str, int]) -> None:
    print({**m}, dict(m), {**m, "z": 9})
    d = {"z": 0}
    d.update(m)
    print(d)


def main() -> None:
    copies({"x": 5, "y": 6})
    copies({})
    print(size(Bag(3)), has(Bag(3), 3), has(Bag(3), 4), size(deque([1, 2])), has(deque([1, 2]), 2))
    coll(deque([2, 1]))
    cnt = Counter("abca")
    print(size(cnt), has(Counter([1, 1]), 1))
    d = {"a": 1, "b": 2, "c": 3}
    look(d)
    look({})
    print(by_int({3: "c", 1: "a", 2: "b"}))
    print(floats({"a": 1, "b": 2}))
    print(floats({"a": 1.5, "b": 2}))
    objects({"a": 1, "b": "x"})
    objects({"a": [1, 2]})
    same(d, {"c": 3, "b": 2, "a": 1})
    same(d, {"a": 1})
    print(size(d), size({1, 2}), size([1]), size((1, 2, 3)), size("abcd"), size(b"ab"), size(range(5)),
          size(bytearray(3)), size(d.keys()), size(d.values()))
    print(has({1: "a"}, 1), has({1: "a"}, 2), has({1, 2}, 2), has([3], 3), has((4, 5), 5), has(range(3), 2),
          has(b"\x01", 1), has(d.values(), 2), has({1: 2}.keys(), 1))
    coll({1, 2, 3})
    coll({5: "x", 2: "y"})
    coll([3, 2])
    coll((2,))
    coll(range(4))
    coll(b"\x02\x01")
    coll([])
    setlike({3, 1, 2})
    setlike(set())
    setlike({1: "a", 5: "b"}.keys())
    c = Config({"x": 5})
    print(c.opt("x"), c.opt("y"), c.opts)
    m: Mapping[str, int] = {"p": 1}
    print(m, m["p"])
    m = merged(m, {"q": 2, "p": 3})
    print(m, len(m))


main()
