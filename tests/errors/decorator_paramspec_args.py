# error: 10:15: 'args' (of type P.args) used other than passed on as f(*args, **kwargs) is not supported by unicc
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def logged(f: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print(args, kwargs)
        return f(*args, **kwargs)
    return wrapper


@logged
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2))
