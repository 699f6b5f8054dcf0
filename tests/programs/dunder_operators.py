# Operator dunders: __add__, __sub__, __mul__, __neg__, __getitem__, __contains__, __bool__, __le__.
from __future__ import annotations


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __add__(self, other: Money) -> Money:
        return Money(self.cents + other.cents)

    def __sub__(self, other: Money) -> Money:
        return Money(self.cents - other.cents)

    def __mul__(self, k: int) -> Money:
        return Money(self.cents * k)

    def __neg__(self) -> Money:
        return Money(-self.cents)

    def __le__(self, other: Money) -> bool:
        return self.cents <= other.cents

    def __bool__(self) -> bool:
        return self.cents != 0

    def __repr__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"


class Ring:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    def __getitem__(self, i: int) -> str:
        return self.items[i % len(self.items)]

    def __contains__(self, s: str) -> bool:
        return s in self.items

    def __len__(self) -> int:
        return len(self.items)


a = Money(1050)
b = Money(299)
print(a + b, a - b, b - a, a * 3, -a, a + b * 2 - Money(1))
print(a <= b, b <= a, bool(Money(0)), bool(b), Money(5) if Money(0) else "zero")
total = Money(0)
for m in [a, b, Money(1), Money(-50)]:
    total = total + m
    print("running", total)
r = Ring(["n", "e", "s", "w"])
print([r[i] for i in range(-2, 10)], "e" in r, "x" in r, len(r))
