"""An int held where float is declared stays an int, as in CPython: every
way a value reaches a float slot (transform/numtags.py, runtime/core/num.c)."""

from dataclasses import dataclass


def ret_int() -> float:
    return 0


def ret_float() -> float:
    return 0.5


def ident(x: float) -> float:
    return x


def scaled(x: float, k: float = 3) -> float:
    return x * k


def mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def norm1(self) -> float:
        return abs(self.x) + abs(self.y)


@dataclass
class Box:
    w: float
    h: float = 2

    def area(self) -> float:
        return self.w * self.h


total: float = 0
count: float = 0.0


def bump(n: int) -> None:
    global total, count
    total += n
    count = count + 1


def pick(flag: bool) -> float:
    v: float = 1.5
    if flag:
        v = 7
    return v


def main() -> None:
    x: float = 1
    print(x, repr(x), str(x), type(x).__name__)
    print(ret_int(), ret_float(), ident(4), ident(4.0), scaled(2), scaled(2, 0.5), scaled(2.0))
    v: list[float] = [1, 2]
    print(mean(v), v)
    p = Point(3, -4)
    print(p.x, p.y, p.norm1(), Point(1.5, 2).norm1())
    b = Box(3)
    print(b, b.area(), Box(1.5).area(), Box(2, 0.25))
    for i in range(3):
        bump(i)
    print(total, count)
    print(pick(True), pick(False))
    t: tuple[float, float] = (1, 2.5)
    print(t, t[0], t[1])
    d: dict[str, float] = {"a": 1, "b": 2.5}
    d["c"] = 3
    print(d, d["a"], d.get("c"), sorted(d.values()))
    s: set[float] = {1, 2}
    print(sorted(s), 1 in s, 1.0 in s)
    ys: list[float] = []
    ys.append(5)
    ys.append(0.5)
    ys.insert(0, 9)
    ys += [7]
    print(ys, ys[0], ys[-1], ys.pop(), max(ys), min(ys), sorted(ys))
    for y in (1, 2.5):
        print(y, end=" ")
    print()
    z: float = 4 if x else 0.5
    w: float = x or 2.5
    print(z, w)
    keys: dict[float, str] = {1: "one", 2.5: "two and a half"}
    keys[1.0] = "uno"
    print(keys)
    m: list[list[float]] = [[1, 2], [3.5]]
    print(m)


main()
