# error: 15:7: asdict() of a dataclass with a field of type list[__main__.Item] is not supported by unicc
from dataclasses import asdict, dataclass


@dataclass
class Item:
    n: int


@dataclass
class Cart:
    items: list[Item]


print(asdict(Cart([Item(1)])))
