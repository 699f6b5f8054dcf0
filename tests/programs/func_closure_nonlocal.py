# Nested functions, closures capturing variables, nonlocal counters and accumulators.
from typing import Callable


def make_counter(start: int) -> Callable[[], int]:
    count = start

    def inc() -> int:
        nonlocal count
        count += 1
        return count

    return inc


c1 = make_counter(0)
c2 = make_counter(100)
print(c1(), c1(), c2(), c1(), c2())


def make_adder(n: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + n
    return add


adders = [make_adder(i) for i in range(4)]
print([a(10) for a in adders])


def outer() -> list[str]:
    log: list[str] = []
    total = 0

    def record(msg: str, amount: int) -> None:
        nonlocal total
        total += amount
        log.append(f"{msg}:{total}")

    record("a", 5)
    record("b", -2)
    record("c", 10)
    log.append(f"final:{total}")
    return log


print(outer())


def fib_memo() -> Callable[[int], int]:
    memo: dict[int, int] = {}

    def fib(n: int) -> int:
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]

    return fib


f = fib_memo()
print([f(i) for i in range(15)], f(90))


def level1() -> int:
    x = 1

    def level2() -> int:
        y = 10

        def level3() -> int:
            nonlocal x
            x += y
            return x * 2
        return level3() + level3()
    r = level2()
    return r * 1000 + x


print(level1())
