from typing import Optional


class P:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        return isinstance(other, P) and other.v == self.v


t: tuple[str, list[str], Optional[int]] = ("a", [], None)
print(t.count([]), t.count("a"), t.index(None), t.count(None), t.count(0))
u: tuple[int, float, int] = (1, 1.0, 2)
print(u.count(1), u.index(2), u.index(1.0), u.count(True))
v: tuple[int, bool, str] = (1, True, "1")
print(v.count(1), v.count("1"), v.index(True), v.count(1.0))
w: tuple[int, ...] = (3, 1, 3)
print(w.count(3), w.index(1), w.count(3.0))
ps: tuple[P, P, int] = (P(1), P(2), 3)
print(ps.count(P(2)), ps.index(P(2)), ps.count(3))
q: tuple[P, ...] = (P(1), P(1))
print(q.count(P(1)), q.index(P(1)))
nested: tuple[tuple[int, str], tuple[float, str]] = ((1, "a"), (1.0, "a"))
print(nested.count((1, "a")), nested.index((1.0, "a")))
o: tuple[object, ...] = (1, "x", [2], None)
print(o.count([2]), o.index("x"), o.count(1.0))
mixed: tuple[str, int, list[int], None] = ("s", 7, [1], None)
for item in mixed:
    print(item, end=" ")
print()
print(list(mixed), [1] in mixed, 7 in mixed, sorted(str(x) for x in mixed))
a, n7, l1, nn = mixed
print(a, n7, l1, nn)
print(t.index("zz"))
