from typing import List, Dict, Set, Tuple
a: tuple[int, str] = (1, "a")
b: tuple[float, str] = (1.0, "a")
print(a == b, a < b, a <= b, a != b, a > b, a >= b)
c: tuple[float, str] = (0.5, "z")
print(a == c, a < c, c < a)
x: object = 1
print((x, 0) == (1, 0))
print((1, 0) == (x, 0))
print(hash((1, "a")) == hash((1.0, "a")))
d: dict[tuple[int, str], int] = {(1, "a"): 5}
print(b in d)
s: set[tuple[int, str]] = {(1, "a")}
print(b in s)
l: list[tuple[int, str]] = [(2, "b"), (1, "a")]
print(b in l, l.index((1, "a")))
la: list[int] = [1, 2]
lb: list[float] = [1.0, 2.0]
print(la == lb)
da: dict[str, int] = {"k": 1}
db: dict[str, float] = {"k": 1.0}
print(da == db)
sa: set[int] = {1, 2}
sb: set[float] = {1.0, 2.0}
print(sa == sb, sa <= sb)
sc: set[float] = {1.5, 2.0}
print(sa == sc, sc == sa, sa <= sc)
dc: dict[str, float] = {"k": 1.5}
print(da == dc, dc == da)
dk: dict[float, int] = {1.0: 1}
dj: dict[int, int] = {1: 1}
print(dk == dj, dj == dk)
lc: list[float] = [1.0, 2.5]
print(la == lc, lc == la)
ox: list[object] = [1, "a"]
oy: list[object] = [1.0, "a"]
print(ox == oy, (1, [1]) == (1.0, [1.0]))
pairs: list[tuple[object, int]] = [("x", 1), (2, 3)]
print((2.0, 3) in pairs, (2, 4) in pairs, pairs.index((2.0, 3)))
print(sorted([(2.0, "b"), (1.5, "a")]) == [(1.5, "a"), (2, "b")])
n: tuple[int, ...] = (1, 2, 3)
m: tuple[float, ...] = (1.0, 2.0)
print(n > m, m < n, n[:2] == m, hash(n[:2]) == hash(m))
fs: set[tuple[float, str]] = {(1.0, "a")}
print((1, "a") in fs, b in fs)
keyed: dict[tuple[object, int], str] = {(1, 2): "one-two"}
print(keyed[(1.0, 2)], (True, 2) in keyed)
e1: tuple[int, object] = (1, "a")
e2: tuple[float, object] = (1.0, 2)
print(e1 == e2, e1 != e2)
unorderable: list[tuple[object, object]] = [(1, "a"), ("x", 1)]
print(("x", 1) in unorderable, unorderable.count(("x", 1.0)), [1, "a"] == ["a", 1])
print(e1 < e2)
