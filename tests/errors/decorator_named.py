# error: 14:6: decorator @logged is not supported by unicc
from typing import Callable


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    def wrapper(n: int) -> int:
        print("calling", n)
        return f(n)
    return wrapper


class C:
    @staticmethod
    @logged
    def fib(n: int) -> int:
        return n


print(C.fib(20))
