# Generator return values: StopIteration.value, next() with a default, exhausted generators stay exhausted.
from typing import Generator, Iterator


def countdown(n: int) -> Generator[int, None, str]:
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def first_negative(xs: list[int]) -> Generator[int, None, int]:
    for i, x in enumerate(xs):
        if x < 0:
            return i
        yield x
    return -1


def nothing() -> Generator[int, None, list[str]]:
    if len("abc") > 5:
        yield 0
    return ["empty", "result"]


def drain(g: Generator[int, None, str]) -> tuple[list[int], str]:
    seen: list[int] = []
    while True:
        try:
            seen.append(next(g))
        except StopIteration as e:
            result: str = e.value
            return seen, result


print(drain(countdown(3)))
g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    next(g)
except StopIteration as e:
    print("again, value now:", e.value)
print(next(g, -1), next(countdown(5), -1))

h = first_negative([4, 7, -2, 9])
print(list(h))
h = first_negative([4, 7, -2, 9])
out: list[int] = []
while True:
    try:
        out.append(next(h))
    except StopIteration as stop:
        print("stopped at index", stop.value, "after", out)
        break
h = first_negative([1, 2])
print(next(h), next(h), next(h, 99))

n = nothing()
try:
    next(n)
except StopIteration as e:
    print("nothing returned", e.value)

it: Iterator[int] = countdown(4)
print(next(it), list(it), next(it, 0))
print("for-loop ignores the return value:", [v for v in countdown(3)])
