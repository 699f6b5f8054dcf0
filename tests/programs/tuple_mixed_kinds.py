from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    a: object
    b: int


def containers(x: object) -> None:
    # sets and dicts whose items are kept in different kinds
    so: set[object] = {x, "a"}
    si = {1, 2}
    sf = {1.0}
    print(so == {1, "a"}, {x} == {1}, {1} == {x}, so >= {1}, {x} <= si, sf == {1}, {1} == sf, {x} == sf)
    print({x}.issubset(si), si.issubset({x}), {x, 2} == si, si == {x, 2}, {x, 3} == si)
    do: dict[str, object] = {"k": x}
    di: dict[str, int] = {"k": 1}
    df: dict[str, float] = {"k": 1.0}
    print(do == di, di == do, df == di, di == df, do == {"k": 2}, do != di)
    ko: dict[object, int] = {x: 5, (x, 2): 6}
    ki: dict[int, int] = {1: 5}
    print(ko[1], ko[(1, 2)], 1 in ko, (1, 2) in ko, ki == {x: 5}, {x: 5} == ki, ko == ki)
    lo: list[object] = [x, 2.5, "s"]
    print(1 in lo, 2.5 in lo, lo.index(2.5), lo.count(1), lo == [1, 2.5, "s"])
    t: tuple[object, float] = (x, 2.5)
    print(t == (1, 2.5), t in [(1, 2.5)], max([(x, 1), (1, 2)]), {(x, 1): 0} == {(1, 1): 0})


def main() -> None:
    x: object = 1
    y: object = "s"
    print((x, 0) == (1, 0), (x, 0) != (1, 0), (1, 0) == (x, 0))
    print((x, 0) < (2, 0), (x, 0) <= (1, 0), (1, 1) > (x, 0), (x, 5) >= (1, 6))
    print((y, 1) == ("s", 1), ("s", 1) == (y, 1), (y, 1) < ("t", 0))
    z: object = 2.5
    print((z, 1) == (2.5, 1), (z,) < (3,), (1.0, 2) == (1, 2), (1, 2.0) == (1.0, 2))
    print((True, 1) == (1, 1), (x,) == (True,), (False,) < (x,))
    pairs = [(1, 0), (2, 0)]
    print((x, 0) in pairs, (x, 1) in pairs, pairs.count((1, 0)))
    objs: list[tuple[object, int]] = [(x, 0), (y, 1)]
    print((1, 0) in objs, ("s", 1) in objs, objs == [(1, 0), ("s", 1)], objs.count((1, 0)), objs.index(("s", 1)))
    print(sorted([(x, 3), (0, 4)]))
    d: dict[tuple[int, int], str] = {(1, 0): "one", (2, 0): "two"}
    k: tuple[object, int] = (x, 0)
    print(k in d, hash(k) == hash((1, 0)), hash((z, 1)) == hash((2.5, 1)))
    do: dict[tuple[object, int], int] = {(x, 0): 7}
    print(do[(1, 0)], (1, 0) in do, do.get((1.0, 0)), do.get((2, 0)))
    s = {(x, 0), (1, 0), (1.0, 0)}
    print(len(s))
    lo: list[object] = [1, 2]
    li = [1, 2]
    lf = [1.0, 2.0]
    print(lo == li, li == lo, lf == li, li == lf, lo < [1, 3], lf < [1, 3], lf == [1, 2.5])
    mixed: list[object] = [1, "a"]
    print(mixed == ["a", 1], mixed != ["a", 1], [mixed] == [["a", 1]])
    lb = [True, False]
    print(lb == [1, 0], [1, 0] == lb)
    print(P(1, 2) == P(1, 2), P(x, 2) == P(1, 2), hash(P(x, 2)) == hash(P(1, 2)))
    print([(x, 0)] == [(1, 0)], [[x]] == [[1]], ((x, 0),) == ((1, 0),))
    print((x, 0) < (1, 0, 0), (x,) > ())
    containers(x)
    try:
        print((y, 0) < (1, 0))
    except TypeError as e:
        print("TypeError", e)
    try:
        print((x, 0) < ("a", 0))
    except TypeError as e:
        print("TypeError", e)


main()
