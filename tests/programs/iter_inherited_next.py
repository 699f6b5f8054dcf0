"""Two subclasses of one iterator class share its __next__ (each class's
iteration slot calls the same method)."""

from typing import Iterator


class Countdown:
    def __init__(self, n: int) -> None:
        self.n = n

    def __iter__(self) -> Iterator[int]:
        return self

    def __next__(self) -> int:
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.step(self.n)

    def step(self, n: int) -> int:
        return n


class Doubled(Countdown):
    def step(self, n: int) -> int:
        return 2 * n


class Squared(Countdown):
    def step(self, n: int) -> int:
        return n * n


print(list(Countdown(3)), list(Doubled(3)), list(Squared(4)))
for x in Squared(3):
    print(x)
