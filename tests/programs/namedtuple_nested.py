# NamedTuples holding enums, lists and Optionals; inside dataclasses, Optionals, sets and generic
# functions; a mutable default is shared, as in CPython; ends with an IndexError.

from dataclasses import dataclass, field
from enum import Enum, IntEnum
from typing import NamedTuple, Optional, TypeVar

T = TypeVar("T")


class Kind(Enum):
    A = "a"


class Lvl(IntEnum):
    LO = 1


class Inner(NamedTuple):
    k: Kind
    lv: Lvl


class Outer(NamedTuple):
    inner: Inner
    tags: list[str] = []
    maybe: Optional[int] = None


@dataclass
class Box:
    o: Outer
    more: list[Inner] = field(default_factory=list)


def first(xs: list[T]) -> T:
    return xs[0]


def make(n: int) -> Outer:
    return Outer(Inner(Kind.A, Lvl.LO), [str(n)])


o1, o2 = make(1), Outer(Inner(Kind.A, Lvl.LO))
o2.tags.append("shared")
o3 = Outer(Inner(Kind.A, Lvl.LO))
print(o1, o2, o3.tags, Box(o1, [o1.inner]), first([o2]), o1.inner.lv, o1.inner.k)
print(o1.index(None), o1[-1], o1[0][1], o1.inner == (Kind.A, Lvl.LO), Outer._fields)
pairs = [Inner(Kind.A, Lvl.LO), Inner(Kind.A, Lvl(1))]
for k, lv in pairs:
    print(k, lv, repr(lv))
mo: Optional[Inner] = pairs[0]
print(mo, [mo, None], {pairs[0], pairs[1]}, len({pairs[0], pairs[1]}))
i = 5
print(o1[i])
