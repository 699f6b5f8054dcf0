"""The program's own decorators on methods: wrappers with functools.wraps,
factories with arguments, stacked, inherited, overridden, reached by super()."""
import functools
from dataclasses import dataclass
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
S = TypeVar("S")
calls: list[str] = []


def traced(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        calls.append(func.__qualname__)
        return func(*args, **kwargs)
    return wrapper


def repeat(times: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def deco(func: Callable[P, R]) -> Callable[P, R]:
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            result = func(*args, **kwargs)
            for _ in range(times - 1):
                result = func(*args, **kwargs)
            return result
        return wrapper
    return deco


def doubled(func: Callable[[S, int], int]) -> Callable[[S, int], int]:
    def inner(self: S, n: int) -> int:
        return 2 * func(self, n)
    return inner


class Account:
    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.balance = 0

    @traced
    def deposit(self, amount: int) -> int:
        self.balance += amount
        return self.balance

    @repeat(3)
    def tick(self) -> None:
        self.balance += 1

    @doubled
    def scaled(self, n: int) -> int:
        return n + self.balance

    @traced
    @repeat(2)
    def both(self, s: str) -> str:
        self.owner += s
        return self.owner

    def __repr__(self) -> str:
        return f"Account({self.owner!r}, {self.balance})"


class Savings(Account):
    @traced
    def deposit(self, amount: int) -> int:
        return super().deposit(amount + 1)


class Plain(Account):
    def scaled(self, n: int) -> int:
        return -n


@dataclass
class Point:
    x: int
    y: int

    @traced
    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


a = Account("ann")
print(a.deposit(10), a.deposit(5))
a.tick()
print(a, a.scaled(4))
print(a.both("!"), a)
s = Savings("sam")
print(s.deposit(10), s.tick(), s)
accounts: list[Account] = [a, s, Plain("pat")]
print([x.scaled(1) for x in accounts], [x.deposit(1) for x in accounts])
print(Point(3, -4).norm1(), Account.deposit.__name__, Savings.deposit.__qualname__)
f = a.deposit
print(f(100), a.balance)
print(calls)
