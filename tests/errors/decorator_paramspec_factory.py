# error: 17:2: a ParamSpec decorator made at run time, on a function with parameters that are not positional
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def repeat(n: int) -> Callable[[Callable[P, None]], Callable[P, None]]:
    def deco(f: Callable[P, None]) -> Callable[P, None]:
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
            for _ in range(n):
                f(*args, **kwargs)
        return wrapper
    return deco


@repeat(2)
def say(word: str, *, end: str) -> None:
    print(word, end)


say("hi", end="!")
