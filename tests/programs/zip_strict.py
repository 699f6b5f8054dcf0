"""zip(strict=True): equal lengths pass; a shorter or longer argument raises
CPython's ValueError (naming the arguments) after the pairs before it, for
sequences, iterators and generators, in loops and as a value."""

from typing import Iterator


def count(n: int) -> Iterator[int]:
    for i in range(n):
        print("  gen", i)
        yield i


def pairs(a: list[int], b: str, c: bytes) -> None:
    try:
        for x, y, z in zip(a, b, c, strict=True):
            print(" ", x, y, z)
        print("ok")
    except ValueError as e:
        print("ValueError:", e)


pairs([1, 2], "ab", b"xy")
pairs([1, 2, 3], "ab", b"xyz")
pairs([1, 2], "abc", b"xy")
pairs([1, 2], "ab", b"xyz")
pairs([], "", b"")
pairs([], "a", b"")
print(list(zip([1, 2], "ab", strict=False)), list(zip([1, 2], "abc")))
try:
    for p in zip(count(3), [10, 20], strict=True):
        print(p)
except ValueError as e:
    print("ValueError:", e)
try:
    for p in zip([10, 20], count(3), strict=True):
        print(p)
except ValueError as e:
    print("ValueError:", e)
try:
    print(dict(zip(["a", "b", "c"], [1, 2], strict=True)))
except ValueError as e:
    print("ValueError:", e)
z = zip("xyz", iter([1, 2, 3]), strict=True)
print(next(z), list(z))
print(sum(a * b for a, b in zip([1, 2, 3], [4, 5, 6], strict=True)))
print(list(zip([1], [2], [3, 4], strict=True)))
