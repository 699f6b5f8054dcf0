# error: 12:17: f(*args, **kwargs) with `*args: P.args`: unicc compiles it in a generic decorator
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
def say(word: str) -> None:
    print(word)


say("hi")
