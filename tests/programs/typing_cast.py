"""typing.cast to classes, builtins and Optional; a cast that lies fails
(with another exception than CPython: docs/language.md)."""

from typing import Optional, Union, cast


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
# a union of classes held as an object (typing.Union, X | Y, with None)
u = cast(Union[int, str], y)
w = cast("int | Leaf | None", o)
print(u, isinstance(w, Leaf) and w.name(), cast("str | None", None), cast(Union[list[int], int], x))
try:
    s2 = cast("str | None", o)
    print(s2.upper() if s2 is not None else "")
except Exception:  # CPython: AttributeError at upper(); unicc: TypeError at the cast
    print("the union cast lied")
