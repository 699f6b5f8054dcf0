# error: 7:6: decorator @functools.wraps(...) is not supported by unicc
import functools
from typing import Callable


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    @functools.wraps(f)
    def wrapper(n: int) -> int:
        return f(n)
    return wrapper


@functools.total_ordering
class P:
    def __init__(self, x: int) -> None:
        self.x = x

    def __lt__(self, o: "P") -> bool:
        return self.x < o.x


print(logged(abs)(-1), P(1) < P(2))
