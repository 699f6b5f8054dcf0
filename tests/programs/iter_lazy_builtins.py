# map/filter/zip/enumerate/reversed results as values: lazy like CPython's
# iterators (side effects happen as items are taken), single pass, passed
# around, returned as Iterator[T], consumed by next/list/sorted/zip/in.
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
log: list[str] = []


def noisy(x: int) -> int:
    log.append(f"f({x})")
    return x * 10


def odd(x: int) -> bool:
    log.append(f"odd({x})")
    return x % 2 == 1


m = map(noisy, [1, 2, 3])
log.append("made")
print(log)
print(next(m), log)
for v in m:
    log.append(f"got {v}")
print(log, list(m))
log.clear()

for v in map(noisy, [4, 5]):          # consumed in place: still one item at a time
    log.append(f"loop {v}")
for v in filter(odd, range(4)):
    log.append(f"kept {v}")
print(log)
log.clear()


def squares(xs: Iterable[int]) -> Iterator[int]:
    return map(lambda x: x * x, xs)


def numbered(words: list[str], start: int) -> Iterator[tuple[int, str]]:
    return enumerate(words, start)


def take(n: int, it: Iterator[T]) -> list[T]:
    out: list[T] = []
    for _ in range(n):
        out.append(next(it))
    return out


sq = squares(range(1, 6))
print(take(2, sq), list(sq), list(sq))
print(list(numbered(["a", "b"], 5)), take(1, numbered(["z"], -1)))
print(sorted(map(abs, [-3, 1, -2])), sum(map(len, ["ab", "c"])), max(filter(None, [0, 7, 3])))
evens = filter(lambda n: n % 2 == 0, range(10))
pairs = zip(evens, "abcdef")
print(next(pairs), list(zip(pairs, map(str, range(9)))))
print(3 in map(noisy, [1, 2, 3]) , 30 in map(noisy, [1, 2, 3, 4]), log)
log.clear()

# the iterables are evaluated when the object is made; the function too
f: Callable[[int], int] = noisy
xs = [1, 2]
m2 = map(f, xs)
f = abs
xs = [7]
print(list(m2), log)
items = [1, 2, 3]
rev = reversed(items)
en = enumerate(items)
print(next(rev), next(en), list(en), list(rev))
z3 = zip([1, 2, 3], "xyz", [True, False, True])
print([(a, b) for a, b, c in z3 if c], list(z3))
d = dict(enumerate("ab"))
s = set(map(lambda w: w.upper(), ["a", "b", "a"]))
print(d, sorted(s), tuple(filter(str.isdigit, "a1b2")), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b: f"{a}{b}", "ab", [1, 2, 3])), any(map(odd, [2, 4, 5])), all(map(odd, [1, 2])))
print(log)
it = iter(map(str.upper, ["x", "y"]))
print(next(it), next(it), next(it, "done"))
nested = map(lambda p: p[0] * p[1], zip(range(3), map(noisy, [1, 1, 1])))
print(list(nested))
fm = filter(None, ["", "a", "", "b"])
print(next(fm), next(fm), next(fm, "end"))
try:
    next(filter(odd, [2, 4]))
except StopIteration:
    print("StopIteration")


class Noisy:
    """An iterable whose iter() is logged: map/zip/enumerate call it when made."""

    def __init__(self, name: str, items: list[int]) -> None:
        self.name = name
        self.items = items

    def __iter__(self) -> Iterator[int]:
        log.append(f"iter {self.name}")
        return iter(self.items)


log.clear()
zn = zip(Noisy("a", [1, 2]), Noisy("b", [3]))
en2 = enumerate(Noisy("c", [5]), 1)
mn = map(noisy, Noisy("d", [6]))
log.append("made all")
print(list(zn), list(en2), list(mn))
print(log)
