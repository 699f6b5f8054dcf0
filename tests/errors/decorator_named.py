# error: 5:2: decorator @functools.lru_cache(...) is not supported by unicc
import functools


@functools.lru_cache(maxsize=None)
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))
