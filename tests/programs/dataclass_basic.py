# @dataclass: generated __init__, __repr__, __eq__, defaults and field(default_factory=...).
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0


@dataclass
class Inventory:
    owner: str
    items: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    limit: int = 3

    def add(self, item: str) -> bool:
        if len(self.items) >= self.limit:
            return False
        self.items.append(item)
        self.counts[item] = self.counts.get(item, 0) + 1
        return True


p = Point(1, 2)
q = Point(1)
r = Point(y=5, x=-1)
print(p, q, r, p == Point(1, 2), p == q, p != q)
p.x = 10
print(p, repr(q), str(r))
inv1 = Inventory("ann")
inv2 = Inventory("bob", limit=1)
for it in ["apple", "pear", "apple", "fig"]:
    print(it, inv1.add(it), inv2.add(it))
print(inv1)
print(inv2)
print(inv1.items is not inv2.items, Inventory("x") == Inventory("x"), Inventory("x") == Inventory("y"))
points = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(points, key=lambda pt: pt.x), [pt.y for pt in points])


@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"


ln = Line(Point(0, 0), Point(3, 4))
print(ln, ln.end.y, ln == Line(Point(0, 0), Point(3, 4), "line"))
print([Point(i, i * i) for i in range(3)])
