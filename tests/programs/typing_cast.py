"""typing.cast to classes, builtins and Optional; a cast that lies fails
(with another exception than CPython: docs/language.md)."""

from typing import Optional, cast


class Base:
    def name(self) -> str:
        return "base"


class Leaf(Base):
    def name(self) -> str:
        return "leaf"

    def only_leaf(self) -> int:
        return 7


def pick(b: Base) -> int:
    return cast(Leaf, b).only_leaf()


x: object = 5
y: object = "s"
print(cast(int, x) + 1, cast(str, y).upper(), pick(Leaf()))
o: Optional[Base] = Leaf()
print(cast(Leaf, o).name(), cast(Optional[Leaf], None))
try:
    print(pick(Base()))
except Exception:  # CPython: AttributeError at the call; unicc: TypeError at the cast
    print("the cast lied")
