"""functools.cache and lru_cache: hits, misses and eviction as CPython counts them, cache_info() and cache_clear(), keys of the arguments as written, exceptions not cached."""

import functools
from functools import cache, lru_cache


@cache
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=2)
def square(x: int) -> int:
    print("computing", x)
    return x * x


@functools.lru_cache
def greet(name: str, punct: str = "!") -> str:
    print("greeting", name)
    return "hi " + name + punct


@lru_cache(maxsize=None)
def half(x: float) -> float:
    return x / 2


@lru_cache(0)
def nothing(x: int) -> None:
    print("nothing", x)


print(fib(30), fib.cache_info())
print(square(2), square(3), square(2), square(4), square(3), square(2))
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square(4), square.cache_info())
print(greet("ann"), greet("ann"), greet(name="ann"), greet("ann", "?"), greet("ann", punct="!"))
print(greet.cache_info())
print(half(3.0), half(3.0), half(1.5), half.cache_info())
nothing(1)
nothing(1)
print(nothing.cache_info())


@lru_cache(maxsize=3)
def path(a: int, b: int = 0) -> tuple[int, int]:
    return (a, b)


for x in [1, 2, 3, 1, 4, 2, 1]:
    path(x)
print(path.cache_info(), path(1, 0), path(1), path.cache_info())


@cache
def count_ways(n: int, coins: tuple[int, ...]) -> int:
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return count_ways(n - coins[0], coins) + count_ways(n, coins[1:])


print(count_ways(100, (50, 25, 10, 5, 1)), count_ways.cache_info().currsize > 0)


@cache
def boom(n: int) -> int:
    print("boom", n)
    if n < 0:
        raise ValueError("negative")
    return n


for v in (1, -1, -1, 1):
    try:
        print(boom(v))
    except ValueError as e:
        print(type(e).__name__, e)
print(boom.cache_info())
info = boom.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info == (1, 3, None, 1))
