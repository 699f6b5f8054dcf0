from typing import Iterator


def numbers(n: int, tag: str) -> Iterator[int]:
    try:
        for i in range(n):
            yield i
    finally:
        print(tag, "closed")


def escapes() -> None:
    for v in numbers(5, "escapes"):
        if v == 2:
            raise ValueError(f"at {v}")
    print("not reached")


def caught_around() -> None:
    try:
        for v in numbers(5, "around"):
            print(v, 10 // (1 - v))
    except ZeroDivisionError as e:
        print("caught", e)


def nested() -> None:
    for a in numbers(2, "outer"):
        for c in numbers(3, "inner"):
            if a == 1 and c == 1:
                raise KeyError(c)
            print(a, c)


def relay(n: int) -> Iterator[int]:
    for v in numbers(n, "relay"):
        if v == 3:
            raise IndexError("relay stops")
        yield v * 10


def exhausted() -> None:
    for v in numbers(2, "exhausted"):
        print(v)
    for w in numbers(3, "broken"):
        if w == 1:
            break
    print("after")


try:
    escapes()
except ValueError as e:
    print("ValueError", e)
caught_around()
try:
    nested()
except KeyError as e:
    print("KeyError", e)
try:
    for x in relay(5):
        print(x)
except IndexError as e:
    print("IndexError", e)
exhausted()
