# @dataclass(order=True) and frozen dataclasses used as dict keys and sorted.
from dataclasses import dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int
    patch: int = 0

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True)
class Key:
    kind: str
    num: int


versions = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9), Version(1, 2), Version(2, 0)]
print(sorted(versions))
print([str(v) for v in sorted(versions, reverse=True)], max(versions), min(versions))
print(Version(1, 2) < Version(1, 2, 1), Version(1, 3) > Version(1, 2, 9), Version(1, 0) <= Version(1, 0))
table: dict[Key, str] = {Key("a", 1): "first", Key("b", 2): "second"}
table[Key("a", 1)] = "replaced"
print(table, len(table), Key("b", 2) in table, Key("b", 3) in table)
print(Key("z", 0), Key("z", 0) == Key("z", 0))
