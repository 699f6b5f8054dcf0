# Objects that cannot outlive the call making them are made in its frame
# (unicc/transform/escape.py); every way out keeps an object on the heap.  Each
# function below makes one and lets it escape, or not; all must behave alike.

from dataclasses import dataclass

kept: list["Point"] = []
last: "Point | None" = None


@dataclass
class Point:
    x: int
    y: int

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)

    def moved(self, dx: int) -> "Point":
        return Point(self.x + dx, self.y)


class Acc:
    def __init__(self) -> None:
        self.total = 0
        self.items: list[int] = []

    def add(self, v: int) -> None:
        self.total += v
        self.items.append(v)


def local_only(n: int) -> int:
    p = Point(n, -n)
    q = Point(1, 2)
    return p.norm1() + q.norm1() + (1 if p is q else 0)


def stored(n: int) -> int:
    p = Point(n, n)
    kept.append(p)
    return len(kept)


def returned(n: int) -> Point:
    p = Point(n, 0)
    return p


def in_global(n: int) -> None:
    global last
    p = Point(n, 1)
    last = p


def captured(n: int) -> int:
    p = Point(n, 2)

    def get() -> int:
        return p.x * 10 + p.y
    return get()


def printed(n: int) -> None:
    p = Point(n, 3)
    print(p)


def keeper(p: Point) -> None:
    kept.append(p)


def passed_on(n: int) -> None:
    keeper(Point(n, 4))


def in_loop(n: int) -> list[Point]:
    out: list[Point] = []
    prev = Point(-1, -1)
    for i in range(n):
        p = Point(i, prev.x)
        out.append(prev)
        prev = p
    return out


def holds_heap(n: int) -> int:
    """The only reference to a list sits in a frame object while the
    collector runs: the stack scan must keep it alive."""
    a = Acc()
    for i in range(n):
        a.add(i)
        junk = [str(j) for j in range(50)]
        if len(junk) != 50:
            return -1
    return a.total + sum(a.items) + len(a.items)


def raises(n: int) -> int:
    a = Acc()
    a.add(n)
    if n > 2:
        raise ValueError(f"too big: {a.total}")
    return a.total


def recursive(n: int) -> int:
    p = Point(n, n)
    if n == 0:
        return 0
    return recursive(n - 1) + p.norm1()


print(local_only(5), local_only(-7))
print(stored(1), stored(2), [(p.x, p.y) for p in kept])
r = returned(9)
print(r, r.moved(1))
in_global(4)
print(last)
print(captured(6))
printed(8)
passed_on(5)
print(len(kept), kept[-1])
ps = in_loop(4)
print(ps, [p is q for p in ps for q in ps].count(True))
print(holds_heap(3000))
for n in (1, 3):
    try:
        print(raises(n))
    except ValueError as e:
        print("ValueError", e)
print(recursive(30))
