"""Dataclass __init__ as CPython generates it: fields with init=False take
their default or default_factory, then __post_init__ runs (a subclass's
override too, raising from it propagates)."""
from dataclasses import dataclass, field


@dataclass
class Rect:
    w: int
    h: int = 1
    area: int = field(init=False, default=0)
    log: list[str] = field(init=False, default_factory=list)
    label: str = field(init=False, default="rect")

    def __post_init__(self) -> None:
        self.log.append(f"post {self.area}")
        self.area = self.w * self.h


class Square(Rect):
    def __post_init__(self) -> None:
        super().__post_init__()
        self.label = "square"
        if self.w != self.h:
            raise ValueError(f"not square: {self.w}x{self.h}")


@dataclass(frozen=True)
class Frozen:
    x: int
    kind: str = field(init=False, default="f")


@dataclass
class Counter:
    start: int
    seen: list[int] = field(init=False, default_factory=list)
    total: float = field(init=False, default=0.5)


r = Rect(3, 4)
print(r, r.area, r.log, r.label)
print(Square(2, 2), Square(5, 5).area)
try:
    print(Square(2, 3))
except ValueError as e:
    print(type(e).__name__, e)
a, b = Counter(1), Counter(2)
a.seen.append(9)
print(a, b, a.seen is b.seen, Frozen(1), Frozen(1) == Frozen(1), Frozen(2).kind)
