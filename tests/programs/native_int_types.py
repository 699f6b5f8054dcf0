"""mypy_extensions' native ints (mypyc's i64, i32, ...) mixed with int:
under CPython they are plain ints, and so they are compiled."""
from typing import Dict, List

from mypy_extensions import i32, i64, u8


class Task:
    def __init__(self, ident: i64, pri: i32) -> None:
        self.ident = ident
        self.pri = pri
        self.total: i64 = 0

    def bump(self, n: int) -> i64:
        self.total += n
        return self.total


def digit(t: Task) -> str:
    return chr(ord("0") + t.ident)


def total(xs: List[i64]) -> i64:
    s: i64 = 0
    for x in xs:
        s += x
    return s


A: i64 = ord("A")
t = Task(3, i32(7))
print(digit(t), chr(A + t.ident), t.ident + 1, 1 + t.ident, t.pri * 2, t.ident - int(t.pri))
print(t.bump(5), t.bump(i64(10)), t.total // 4, t.total % 4, -t.total, t.total << 2, t.total >> 1)
xs: List[i64] = [1, 2, 3]
xs.append(i64(40))
print(total(xs), xs, sum(xs), max(xs), sorted(xs, reverse=True), xs[1] * int(t.pri))
d: Dict[i64, str] = {i64(1): "one", 2: "two"}
print(d[1], d[i64(2)], 1 in d, f"{t.ident:03d}", str(t.pri), repr(i64(5)))
print(i64("42"), i64("ff", 16), i64(3.9), i32(-2.5), u8(200), i64(), t.ident == 3, int(t.pri) < t.ident)
print(isinstance(i64(3) + 1, int), isinstance(t.pri, i64), isinstance(5, i32), isinstance(True, i64), isinstance(t.ident, float), t.ident / 2, abs(int(i64(-9))), divmod(i64(17), 5), pow(i64(2), 10))
n: int = t.ident
m: i64 = n * 1000
print(n, m, m > n, [i64(k) for k in range(3)], hash(i64(7)) == hash(7))
print(i64("x1"))
