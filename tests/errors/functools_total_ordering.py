# error: 5:2: No ordering operation defined when using "functools.total_ordering"
import functools


@functools.total_ordering
class P:
    def __init__(self, x: int) -> None:
        self.x = x


print(P(1) == P(2))
