"""dataclasses.fields (names of the fields, of a class or an object, a plain
subclass's, init=False ones) and asdict/astuple walking into lists,
tuples and dicts of dataclasses (keys too), optional nested dataclasses,
rebuilding each container as CPython does (results are new objects)."""
from dataclasses import asdict, astuple, dataclass, field, fields
from typing import Optional


@dataclass(frozen=True)
class Item:
    sku: str
    qty: int = 1


@dataclass
class Cart:
    owner: str
    items: list[Item]
    by_sku: dict[str, Item] = field(default_factory=dict)
    pair: tuple[Item, int] = (Item("none", 0), 0)
    history: tuple[Item, ...] = ()
    nested: list[list[Item]] = field(default_factory=list)
    keyed: dict[Item, list[int]] = field(default_factory=dict)
    gift: Optional[Item] = None
    notes: list[str] = field(default_factory=list)


@dataclass
class Scaled:
    base: int
    factor: int = 2
    total: int = field(init=False, default=7)


class Special(Cart):
    pass


print([f.name for f in fields(Cart)], len(fields(Item)), [f.name for f in fields(Scaled)])
c = Cart("ann", [Item("a", 2), Item("b")], {"a": Item("a", 2)}, (Item("p"), 5), (Item("h", 3),),
         [[Item("n")], []], {}, Item("g", 9), ["x"])
for f in fields(c):
    print(f.name, end=" ")
print()
print(asdict(c))
print(astuple(c))
print(asdict(Special("bob", [])), astuple(Scaled(4, 3)), asdict(Scaled(5)))
d = asdict(c)
print(c.notes is d["notes"], d["notes"] == c.notes, asdict(c) == d, astuple(c) == astuple(c))
names = []
for f in fields(Special("x", [])):
    names.append(f.name.upper())
print(names, [f.name for f in fields(Item("q"))])
keyed = Cart("cy", [], keyed={Item("k"): [1, 2]})
print(astuple(keyed))
try:
    print(asdict(keyed))   # a dataclass key becomes a dict: unhashable
except TypeError as e:
    print(type(e).__name__, e)
