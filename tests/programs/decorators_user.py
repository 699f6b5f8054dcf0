"""Decorators written by the program: on module-level and nested functions,
stacked, with arguments (decorator factories), typed Callable[[...], R],
generic in T, and Callable[P, R] with ParamSpec wrappers that pass
`*args: P.args, **kwargs: P.kwargs` on; functools.wraps."""

import functools
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")

log: list[str] = []


def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    @functools.wraps(f)
    def wrapper(n: int) -> int:
        log.append(f"logged({n})")
        return f(n)
    return wrapper


@logged
def square(n: int) -> int:
    return n * n


def twice(f: Callable[[T], T]) -> Callable[[T], T]:
    def g(x: T) -> T:
        return f(f(x))
    return g


@twice
def inc(x: int) -> int:
    return x + 1


@twice
@twice
def shout(s: str) -> str:
    return s + "!"


@twice
def halve(x: float) -> float:
    return x / 2


def words(*ws: str) -> str:
    return "-".join(ws)


def traced(f: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(f)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        marks = ["en", "ter"]
        print(words(*marks))
        try:
            return f(*args, **kwargs)
        finally:
            print("leave")
    return wrapper


@traced
def add(a: int, b: int) -> int:
    return a + b


@traced
def greet(name: str, punct: str = "!", times: int = 1) -> str:
    return ("hi " + name + punct) * times


@traced
def fails(x: int) -> int:
    if x < 0:
        raise ValueError(f"negative: {x}")
    return x


def repeat(n: int) -> Callable[[Callable[[str, float], None]], Callable[[str, float], None]]:
    def deco(f: Callable[[str, float], None]) -> Callable[[str, float], None]:
        def wrapper(a: str, b: float) -> None:
            for _ in range(n):
                f(a, b)
        return wrapper
    return deco


def tagged(tag: str) -> Callable[[Callable[[T], T]], Callable[[T], T]]:
    def deco(f: Callable[[T], T]) -> Callable[[T], T]:
        def wrapper(x: T) -> T:
            print(tag, x)
            return f(x)
        return wrapper
    return deco


@repeat(3)
def say(word: str, x: float) -> None:
    print(word, x)


@tagged("upper")
def upper(x: str) -> str:
    return x.upper()


@traced
@repeat(2)
def pair(a: str, b: float) -> None:
    print(a, b)


def retry(times: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """A ParamSpec decorator factory: its decorator is compiled once."""
    def deco(f: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(f)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(1, times + 1):
                try:
                    return f(*args, **kwargs)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            return f(*args, **kwargs)
        return wrapper
    return deco


flaky_calls = [0]


@retry(2)
def flaky(limit: int, scale: float, tag: str = "ok") -> float:
    flaky_calls[0] += 1
    if flaky_calls[0] < limit:
        raise ValueError(f"call {flaky_calls[0]}")
    return scale * flaky_calls[0]


@retry(1)
def shout_twice(s: str) -> None:
    print(s + s)


@tagged("neg")
def neg(x: int) -> int:
    return -x


@tagged("half")
def half(x: float) -> float:
    return x / 2


@traced
@retry(3)
def checked(n: int) -> bool:
    return n > 0


registry: list[Callable[[], str]] = []


def register(f: Callable[[], str]) -> Callable[[], str]:
    registry.append(f)
    return f


@register
def first() -> str:
    return "first"


@register
def second() -> str:
    return "second"


def memo(f: Callable[[int], int]) -> Callable[[int], int]:
    cache: dict[int, int] = {}

    def wrapper(n: int) -> int:
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper


@memo
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def counting(f: Callable[[int], int]) -> Callable[[int], int]:
    calls = 0

    def wrapper(n: int) -> int:
        nonlocal calls
        calls += 1
        r = f(n)
        if n >= 4:
            print("call", calls, "->", r)
        return r
    return wrapper


def nested_uses(k: int) -> None:
    @counting
    def fact(n: int) -> int:
        return 1 if n <= 1 else n * fact(n - 1)
    print(fact(5))

    @traced
    def scaled(x: int, y: int) -> int:
        return (x + y) * k
    print(scaled(1, 2))

    @twice
    def app(s: str) -> str:
        return s + str(k)
    print([app(c) for c in "ab"])

    @retry(k)
    def div(a: int, b: int) -> float:
        return a / b
    print(div(1, 4))
    try:
        div(1, 0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)


def early() -> None:
    try:
        print(late(2))
    except NameError as e:
        print(type(e).__name__, e)


def main() -> None:
    print(square(7), log)
    print(inc(1), shout("a"), halve(10.0))
    print(add(1, 2))
    print(greet("bob"))
    print(greet("x", "?"))
    print(greet("y", times=2))
    print(greet(punct=".", name="z"))
    print(fails(3))
    try:
        fails(-1)
    except ValueError as e:
        print(type(e).__name__, e)
    say("hey", 0.5)
    print(upper("abc"), neg(4), half(3.0))
    print(flaky(2, 1.5), flaky(1, 2.0, tag="x"))
    shout_twice("ha")
    print(checked(3), checked(-1))
    pair("p", 1.5)
    print([g() for g in registry], first(), second())
    print(fib(60))
    nested_uses(10)
    h = square
    print(h(3), list(map(inc, [1, 2, 3])), sorted([3, 1, 2], key=square))
    print(log)


early()


@twice
def late(n: int) -> int:
    return n * 3


early()
main()
