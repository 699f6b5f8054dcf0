# An Enum and a NamedTuple defined in another module: members as defaults, in generic classes,
# sorted/max with keys, sets; a member-less Enum; NamedTuples compared with plain tuples.
from typing import Generic, TypeVar
from colors import Color, Empty, Pt

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v


def paint(c: Color = Color.RED) -> str:
    return f"{c.name}:{c.value}"


b = Box(Color.BLUE)
pb = Box(Pt(1))
print(paint(), paint(Color.BLUE), b.v, pb.v, b.v.other(), sorted(Color, key=lambda c: c.value))
print(max(Color, key=lambda c: c.name), list(Empty), len(Empty))
print(Pt(1, 2) < (1, 3), (0, 5) < Pt(1), Pt(3) in {Pt(3), Pt(4)}, Pt(1) == Pt(1, 0), {Pt(2): "a"}[Pt(2, 0)])
seen: set[Color] = set()
for c in [Color.RED, Color.RED, Color.BLUE]:
    seen.add(c)
print(len(seen), Color.RED in seen, [c.other() for c in Color])
