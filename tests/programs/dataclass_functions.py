"""dataclasses.replace, asdict and astuple: nested dataclasses, copies of lists, a plain subclass (replace keeps the class)."""
from dataclasses import asdict, astuple, dataclass, field, replace


@dataclass
class Inner:
    n: int
    label: str = "in"


@dataclass(frozen=True)
class P:
    x: int
    y: str = "a"
    pos: tuple[int, int] = (0, 0)
    tags: list[str] = field(default_factory=list)
    inner: Inner = field(default_factory=lambda: Inner(1))
    ratio: float = 0.5


class Q(P):
    pass


p = P(1, tags=["t"])
print(asdict(p))
print(astuple(p))
p2 = replace(p, y="b", x=5)
print(p2, p2 == p, replace(p) == p, replace(p) is p)
d = asdict(p)
d["ratio"] = 2
print(p.ratio, d["ratio"], d["inner"], type(d["inner"]).__name__, d["tags"] is p.tags)
q = Q(2)
print(replace(q, x=3), type(replace(q, x=3)).__name__, asdict(q)["x"])
