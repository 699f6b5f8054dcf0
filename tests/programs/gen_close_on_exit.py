"""A generator consumed by a for loop that owns it (the loop's iterable is
the call) is closed when the loop is left by break, return or an exception,
before the handler runs, as CPython's reference counting does: its finally
blocks and with exits run then; an exception raised while closing is printed
and ignored.  gen.close() and gen.throw()."""

from types import TracebackType
from typing import Generator, Iterator


def g(tag: str) -> Generator[int, None, None]:
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)


class Res:
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def __enter__(self) -> "Res":
        print("enter", self.tag)
        return self

    def __exit__(self, a: type[BaseException] | None, b: BaseException | None,
                 c: TracebackType | None) -> None:
        print("exit", self.tag)


def w(tag: str) -> Iterator[int]:
    with Res(tag):
        yield 1
        yield 2


for x in g("break"):
    break
print("after break")


def first() -> int:
    for x in g("return"):
        return x
    return 0


print(first(), "after return")
try:
    for x in g("raise"):
        raise ValueError("v")
except ValueError:
    print("caught")
print("after raise")
for x in w("with"):
    break
print("after with")
try:
    for x in w("with-raise"):
        print(1 // 0)
except ZeroDivisionError:
    print("zd")
gen = g("var")
for x in gen:
    break
print("after var loop")
gen.close()
print("closed")
gen2 = g("throw")
print(next(gen2))
try:
    gen2.throw(KeyError("k"))
except KeyError as e:
    print("thrown back", repr(e))
print(sum(x for x in g("genexpr")))
print(list(g("list")))


def nested() -> None:
    for x in g("outer"):
        for y in g("inner"):
            if y == 2:
                return
    print("no")


nested()
print("end")


class Box:
    def __init__(self) -> None:
        self.items = [1, 2, 3]

    def it(self) -> Iterator[int]:
        return iter(self.items)


bx = Box()
for v in bx.it():
    break
for v in bx.it():
    print(v)


for v in g("last"):
    raise RuntimeError("uncaught in loop")
