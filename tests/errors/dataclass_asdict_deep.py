# error: 16:7: asdict() of a dataclass with a field of type set[__main__.Item] is not supported by unicc
# CPython deep-copies a set inside asdict(); unicc rebuilds lists, tuples and dicts only
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Item:
    n: int


@dataclass
class Cart:
    items: set[Item]


print(asdict(Cart({Item(1)})))
