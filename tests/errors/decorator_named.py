# error: 13:6: decorator @logged is not supported by unicc
from typing import Callable


def logged(f: Callable[["C", int], int]) -> Callable[["C", int], int]:
    def wrapper(self: "C", n: int) -> int:
        print("calling", n)
        return f(self, n)
    return wrapper


class C:
    @logged
    def fib(self, n: int) -> int:
        return n


print(C().fib(20))
