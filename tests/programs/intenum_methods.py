# Methods and read-only properties of IntEnum and IntFlag classes: self is the member's int.
from enum import IntEnum, IntFlag


class P(IntFlag):
    R = 4
    W = 2

    def readable(self) -> bool:
        return P.R in self

    def with_(self, other: "P", twice: bool = False) -> "P":
        return self | other

    @property
    def letters(self) -> str:
        return "".join(m.name or "" for m in self)


class Level(IntEnum):
    LOW = 1
    HIGH = 2

    def up(self) -> "Level":
        return Level(min(self.value + 1, 2))

    @property
    def label(self) -> str:
        return self.name.lower()


print(P.R.readable(), P.W.readable(), repr(P.W.with_(P.R)), (P.R | P.W).letters, Level.LOW.up(), Level.HIGH.label)
print([lv.up().label for lv in Level])
