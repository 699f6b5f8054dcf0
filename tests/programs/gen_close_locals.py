"""A generator held by a local variable that nothing else refers to
(assigned once outside loops, used by for, next(), send/throw/close) is
closed when the function returns, as CPython's reference counting does: its
finally blocks run after the function's own."""

from typing import Generator, Iterator


def g(tag: str) -> Generator[int, None, None]:
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


def h(tag: str) -> Iterator[int]:
    try:
        for i in range(3):
            yield i
    finally:
        print("cleanup", tag)


def use_var() -> int:
    gen = g("var")
    seen = 0
    for x in gen:
        seen = x
        if x == 1:
            break
    print("loop done")
    return seen


def two() -> None:
    a = g("a")
    b = h("b")
    print(next(a), next(b))
    print("two body end")


def exhausted() -> None:
    gen = g("exhausted")
    for x in gen:
        print(x)
    print("exhausted end")


def early(flag: bool) -> str:
    gen = h("early")
    if flag:
        return "early out"
    print(next(gen))
    return "late out"


def in_try() -> None:
    try:
        gen = g("try")
        print(next(gen))
    finally:
        print("try finally")


print(use_var())
two()
print("after two")
exhausted()
print(early(True))
print(early(False))
in_try()


def sent() -> None:
    gen = g("sent")
    print(gen.send(None))
    try:
        gen.throw(ValueError("into gen"))
    except ValueError as e:
        print("back", e)
    print("sent end")


sent()
print("end")
