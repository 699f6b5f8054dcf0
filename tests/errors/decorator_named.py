# error: 12:2: decorator @logged is not supported by unicc
from typing import Callable


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    def wrapper(n: int) -> int:
        print("calling", n)
        return f(n)
    return wrapper


@logged
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))
