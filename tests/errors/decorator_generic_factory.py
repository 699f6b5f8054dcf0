# error: 16:2: decorator @tagged(...): a generic function made at run time
from typing import Callable, TypeVar

T = TypeVar("T")


def tagged(tag: str) -> Callable[[Callable[[T], T]], Callable[[T], T]]:
    def deco(f: Callable[[T], T]) -> Callable[[T], T]:
        def wrapper(x: T) -> T:
            print(tag, x)
            return f(x)
        return wrapper
    return deco


@tagged("neg")
def neg(x: int) -> int:
    return -x


print(neg(4))
