"""`__name__`, `__qualname__` and `__module__` of functions, lambdas,
methods and functools.wraps wrappers, named directly or held as values."""
import functools
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__, func.__qualname__, func.__module__)
        return func(*args, **kwargs)
    return wrapper


def plain(func: Callable[[int], int]) -> Callable[[int], int]:
    def inner(x: int) -> int:
        return func(x) + 1
    return inner


def retitled(func: Callable[[int], int]) -> Callable[[int], int]:
    @functools.wraps(func)
    def again(x: int) -> int:
        return func(x)
    return again


@logged
def add(a: int, b: int) -> int:
    return a + b


@plain
def twice(x: int) -> int:
    return 2 * x


@retitled
@retitled
def thrice(x: int) -> int:
    return 3 * x


def describe(f: Callable[[int], int]) -> str:
    return f"{f.__module__}.{f.__qualname__} ({f.__name__})"


class Shop:
    def total(self) -> int:
        return 3

    @staticmethod
    def tax(x: int) -> int:
        return x // 10

    def helper(self) -> Callable[[int], int]:
        def local(v: int) -> int:
            return v + self.total()
        return local


class Outlet(Shop):
    def total(self) -> int:
        return 4


def outer() -> Callable[[int], int]:
    def nested(y: int) -> int:
        return y
    return nested


def registry() -> dict[str, Callable[[int], int]]:
    table: dict[str, Callable[[int], int]] = {}

    def register(f: Callable[[int], int]) -> Callable[[int], int]:
        table[f.__name__] = f
        return f

    @register
    def double(x: int) -> int:
        return 2 * x

    @register
    def square(x: int) -> int:
        return x * x
    register(lambda x: -x)
    return table


print(add(1, 2), add.__name__, add.__qualname__)
print(twice(4), twice.__name__, twice.__qualname__)
print(thrice(2), thrice.__name__, thrice.__qualname__, describe(thrice))
print(describe(twice), describe(outer()), describe(lambda v: v))
print(describe(Shop.tax), Shop.total.__name__, Shop.total.__qualname__, Shop().total.__name__)
print(describe(Shop().helper()), Outlet().total.__name__)
print(len.__name__, len.__qualname__, len.__module__, describe.__name__, outer.__qualname__,
      outer().__qualname__)
fs: list[Callable[[int], int]] = [twice, outer(), Shop.tax, thrice]
print([f.__name__ for f in fs])
print({name: f(5) for name, f in registry().items()})
