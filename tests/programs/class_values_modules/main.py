"""Classes of another module (and of a function) as values: printed with their module, named, held in containers and generic functions."""

from typing import TypeVar

from shapes.base import Base, Derived
import shapes.base

T = TypeVar("T")


def first(xs: list[T]) -> T:
    return xs[0]


def local() -> None:
    class Loc:
        pass
    c = Loc
    print(c, c.__qualname__, type(Loc()), Loc.__module__)


cs: list[type[Base]] = [Derived, Base]
print(cs, first(cs), first(cs).__module__, first(cs)(3).n)
print(shapes.base.Derived, Derived.Part, type(Derived.Part()).__qualname__)
print(type(Derived(1)) is shapes.base.Derived)
local()
m: dict[type[Base], list[type[Base]]] = {Base: [Derived]}
print(m, [k.__name__ for k in m])
print(str(Base) + "!", repr(Derived).upper(), f"{Base!s:>40}")
