# error: 17:7: attribute '__name__' of def (int) -> int is not supported by unicc
import functools
from typing import Callable


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    @functools.wraps(f)
    def wrapper(n: int) -> int:
        return f(n)
    return wrapper


@logged
def fib(n: int) -> int:
    return n

print(fib.__name__)
