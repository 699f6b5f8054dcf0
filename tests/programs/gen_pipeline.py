# Pipelines of generators and generator expressions kept as values: laziness, interleaving, generic stages.
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
U = TypeVar("U")

LOG = """\
INFO boot ok
WARN disk 71
ERROR net down
INFO tick 1
ERROR disk full
WARN net slow
INFO tick 2
"""


def lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        print("  read:", line)
        yield line


def fields(src: Iterable[str]) -> Iterator[tuple[str, str]]:
    for line in src:
        level, _, rest = line.partition(" ")
        yield level, rest


def only(level: str, src: Iterable[tuple[str, str]]) -> Iterator[str]:
    for lv, rest in src:
        if lv == level:
            yield rest


def take(n: int, src: Iterable[T]) -> Iterator[T]:
    if n <= 0:
        return
    for item in src:
        yield item
        n -= 1
        if n == 0:
            return


def mapped(f: Callable[[T], U], src: Iterable[T]) -> Iterator[U]:
    for item in src:
        yield f(item)


def chain(parts: list[Iterator[T]]) -> Iterator[T]:
    for p in parts:
        yield from p


def windows(src: Iterable[int], size: int) -> Iterator[list[int]]:
    win: list[int] = []
    for x in src:
        win.append(x)
        if len(win) > size:
            win.pop(0)
        if len(win) == size:
            yield list(win)


def consume(label: str, it: Iterator[str]) -> int:
    n = 0
    for item in it:
        print(label, item)
        n += 1
    return n


errors = only("ERROR", fields(lines(LOG)))
print("pipeline built, nothing read yet")
print("first error:", next(errors))
print("errors left:", consume("error:", errors))

print("take 2 warnings:", list(take(2, only("WARN", fields(lines(LOG))))))

squares = (n * n for n in range(1, 8))
odd_squares = (s for s in squares if s % 2 == 1)
labels = mapped(lambda s: f"<{s}>", odd_squares)
print(next(labels), next(squares), list(labels), list(squares))

# late binding: each generator reads i when it runs, after the comprehension ended
gens: list[Iterator[int]] = [(i * 10 + j for j in range(3)) for i in range(3)]
print(list(chain(gens)), [list(g) for g in gens])
print(list(windows(iter([1, 2, 3, 4, 5]), 3)), [sum(w) for w in windows(range(6), 2)])

lengths = mapped(len, "alpha beta gamma".split())
total = sum(lengths)
print(total, list(lengths), max(mapped(str.upper, ["x", "yy"]), key=len))

pending = [(w for w in ["a", "b"]), (w.upper() for w in ["c", "d"])]
print([next(p) for p in pending], [list(p) for p in pending])

it = iter(x * 3 for x in range(4))
print(next(it), sum(it))
