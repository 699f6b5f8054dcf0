"""Decorators and decorated functions that main.py imports."""

import functools
from typing import Callable, Iterator, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def traced(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("call")
        return f(*args, **kwargs)
    return wrapper


@traced
def double(x: int, scale: int = 2) -> int:
    return x * scale


def plus(n: int) -> Callable[[Callable[[int], int]], Callable[[int], int]]:
    return lambda f: lambda x: f(x) + n


@plus(100)
def ident(x: int) -> int:
    return x


@traced
def count(n: int) -> Iterator[int]:
    for i in range(n):
        yield i
