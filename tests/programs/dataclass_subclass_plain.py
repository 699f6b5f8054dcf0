"""A plain class derived from a dataclass: the inherited __init__ sets every field, __repr__ shows the subclass's name, __eq__ wants the same class, frozen/order/hash are inherited."""
from dataclasses import dataclass, field


@dataclass
class Money:
    cents: int
    tags: list[str] = field(default_factory=list)


class Euro(Money):
    def double(self) -> "Euro":
        return Euro(self.cents * 2)


@dataclass(frozen=True, order=True)
class Key:
    a: int


class SubKey(Key):
    pass


e = Euro(7)
print(Money(5), e, e.double(), e == Euro(7), e == Money(7), Money(7) == e, e.tags)
print(SubKey(1), hash(SubKey(1)) == hash(Key(1)), SubKey(1) < SubKey(2), SubKey(1) == Key(1), sorted([SubKey(3), SubKey(1)]))
try:
    print(hash(e))
except TypeError as ex:
    print("TypeError", ex)
print({SubKey(2): "x"})
