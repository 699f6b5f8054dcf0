# Exceptions raised inside generators reach the consumer; the generator is finished after; finally blocks run; PEP 479.
from typing import Iterator


class BadRecord(Exception):
    def __init__(self, line: int, text: str) -> None:
        super().__init__(f"line {line}: {text!r}")
        self.line = line


def records(rows: list[str], log: list[str]) -> Iterator[int]:
    try:
        for i, row in enumerate(rows):
            if not row.isdigit():
                raise BadRecord(i, row)
            yield int(row)
    finally:
        log.append("records: finally")


def lookup(keys: list[str], table: dict[str, int]) -> Iterator[int]:
    for k in keys:
        yield table[k]


def inner(n: int) -> Iterator[int]:
    for i in range(n):
        yield 100 // (n - 1 - i)


def outer(n: int, log: list[str]) -> Iterator[int]:
    try:
        yield from inner(n)
    except ZeroDivisionError as e:
        log.append(f"outer saw: {e}")
        raise ValueError("division failed inside inner")
    finally:
        log.append("outer: finally")


def leaky(it: Iterator[int]) -> Iterator[int]:
    while True:
        yield next(it) * 2   # StopIteration escaping a generator becomes RuntimeError


def recovering(rows: list[str]) -> Iterator[int]:
    for row in rows:
        try:
            yield int(row)
        except ValueError:
            print("  skipping", repr(row))


log: list[str] = []
got: list[int] = []
gen = records(["1", "2", "x3", "4"], log)
try:
    for v in gen:
        got.append(v)
except BadRecord as e:
    print("BadRecord:", e, "at", e.line, "after", got, log)
print("finished generator:", next(gen, -1), list(gen))
log.clear()

try:
    print(list(lookup(["a", "b", "zz"], {"a": 1, "b": 2})))
except KeyError as e:
    print("KeyError:", e)
partial: list[int] = []
lk = lookup(["a", "zz", "b"], {"a": 1, "b": 2})
try:
    for v in lk:
        partial.append(v)
except KeyError:
    print("partial", partial, "then", next(lk, 0))

try:
    print(sum(outer(4, log)))
except ValueError as e:
    print("ValueError:", e, log)
log.clear()
o = outer(3, log)
print(next(o), next(o))
try:
    next(o)
except ValueError as e:
    print("third item:", e, log)

try:
    print(list(leaky(iter([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError:", e)

lazy = (10 // d for d in [5, 2, 0, 1])
print("generator expression created")
try:
    for q in lazy:
        print("quotient", q)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, next(lazy, -1))

print(list(recovering(["1", "two", "3", "4.0", "5"])))
try:
    for v in recovering(["7", "8"]):
        if v == 8:
            raise IndexError("consumer gave up")
        print("consumed", v)
except IndexError as e:
    print("IndexError:", e)
