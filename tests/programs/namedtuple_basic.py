# typing.NamedTuple classes (class syntax and the functional form): construction by position and
# keyword with defaults, fields by name and index, unpacking, len, iteration, == and < as tuples
# (also against plain tuples), hashing, dict keys, repr, _replace, _asdict, _fields, methods and
# properties, printed inside containers and as object.
from typing import NamedTuple, List


class P(NamedTuple):
    x: int
    y: str = "a"
    z: float = 0.5

    def total(self) -> float:
        return self.x * 2 + self.z

    @property
    def label(self) -> str:
        return f"{self.y}{self.x}"


NT1 = NamedTuple('NT1', [('n', int), ('l', List[str])])

p = P(1)
q = P(y="b", x=2)
print(p, q, p.x, p[1], len(p), list(q), p.total(), q.label)
x, y, z = q
print(x, y, z, p == P(1, "a", 0.5), p == (1, "a", 0.5), (1, "a", 0.5) == p, p < q, q < p, p != q)
print(hash(p) == hash((1, "a", 0.5)), {p: 1, q: 2}[P(2, "b")], p._replace(y="c", x=9), p._asdict(), P._fields, p._fields)
n = NT1(3, ["u"])
print(n, n.n, n.l, NT1(n=1, l=[]), [n], (n, p), isinstance(p, tuple), isinstance(p, P))
ps = sorted([P(3), P(1, "z"), P(1, "b")])
print(ps, max(ps), ps[0].y, str(p), repr(q), f"{p}")
for v in p:
    print(v)
o: object = p
print(o, [o])
t: tuple[int, str, float] = p
print(t, t[0])
