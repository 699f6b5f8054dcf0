# Sequence[T] (typing and collections.abc) holding every builtin sequence:
# list, tuple (fixed and variable length), str, bytes, bytearray, range; each
# operation gives what the concrete type gives, its own error messages
# included; items are converted from the kind the object keeps them in
# (list[int] where Sequence[float] or Sequence[object] is declared).
import collections.abc
from typing import Mapping, Sequence


def show(xs: Sequence[int]) -> None:
    print(len(xs), xs[0], xs[-1], xs[len(xs) // 2], bool(xs))
    print(xs[1:], xs[::-1], xs[::2], xs[-2:0:-1], xs[5:1])
    print(3 in xs, 3 not in xs, 99 in xs)
    print([x * 2 for x in xs], list(reversed(xs)))
    print(sorted(xs), sum(xs), min(xs), max(xs), list(xs), tuple(xs))
    print(xs.count(3), xs.count(99), xs.index(3))
    print(xs, repr(xs), str(xs), f"{xs}")
    for bad in (len(xs), -len(xs) - 1, 1 << 40):
        try:
            print(xs[bad])
        except IndexError as e:
            print(type(e).__name__, e)
    try:
        print(xs.index(99))
    except ValueError as e:
        print(type(e).__name__, e)


def same(a: Sequence[int], b: Sequence[int]) -> None:
    print(a == b, a != b)


def strings(xs: collections.abc.Sequence[str]) -> None:
    print(len(xs), xs[0], xs[-1], xs[1:], xs[::-1], "b" in xs, "bc" in xs, "" in xs)
    print(xs.count("b"), xs.index("b"), [x.upper() for x in xs], sorted(xs), list(reversed(xs)))
    try:
        print(xs[10])
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        print(xs.index("zz"))
    except ValueError as e:
        print(type(e).__name__, e)


def floats(xs: Sequence[float]) -> float:
    total = 0.0
    for x in xs:
        total += x
    print(xs[0], xs[-1] * 2, xs[0] / 2, 2 in xs, 2.5 in xs, xs.count(2), sum(xs), max(xs))
    return total + xs[0]


def objects(xs: Sequence[object]) -> None:
    print(len(xs), xs[0], xs[-1], [type(x).__name__ for x in xs], xs[::2])
    for x in (None, 1, True, 2.0, 2.5, "a", "bc", b"b", [1]):
        try:
            print("in", repr(x), x in xs)
        except TypeError as e:
            print("in", repr(x), type(e).__name__, e)
        try:
            print("count", repr(x), xs.count(x))
        except TypeError as e:
            print("count", repr(x), type(e).__name__, e)
        try:
            print("index", repr(x), xs.index(x))
        except (TypeError, ValueError) as e:
            print("index", repr(x), type(e).__name__, e)


def first_last(xs: Sequence[int]) -> tuple[int, int]:
    return xs[0], xs[-1]


def empty(xs: Sequence[int]) -> None:
    print(len(xs), bool(xs), list(xs), xs[:], 0 in xs)
    if not xs:
        print("empty")
    try:
        print(xs[0])
    except IndexError as e:
        print(type(e).__name__, e)


class Holder:
    def __init__(self, xs: Sequence[int]) -> None:
        self.xs = xs

    def total(self) -> int:
        return sum(self.xs) + len(self.xs)


def longest(seqs: list[Sequence[int]]) -> Sequence[int]:
    best: Sequence[int] = ()
    for s in seqs:
        if len(s) > len(best):
            best = s
    return best


def consumers(xs: Sequence[str], ns: Sequence[int]) -> None:
    print(", ".join(xs), sorted(set(xs)), list(enumerate(xs)), list(zip(xs, ns)), "".join(reversed(xs)))
    print(list(map(len, xs)), list(filter(None, ns)), any(ns), all(ns), sorted(xs, key=len), min(ns, key=lambda n: -n))
    print([*ns], (*ns,), max(ns, default=0), tuple(ns) + (1,), [n for n in ns if n], {n: 1 for n in ns})
    for i, x in enumerate(xs):
        print(i, x)
    a, b = ns
    print(a, b)


def unpack(xs: Sequence[object]) -> None:
    try:
        a, b = xs
        print(a, b)
    except ValueError as e:
        print(type(e).__name__, e)


def maybe(xs: Sequence[int] | None, m: Mapping[str, int] | None = None) -> None:
    print(bool(xs), "yes" if xs else "no", bool(m), not m, xs is None)
    if xs and m:
        print(xs[0], len(m))


def main() -> None:
    for opt in (None, [], [1], (), range(3), range(0), b"", b"a"):
        maybe(opt)
    maybe([2], {})
    maybe((3,), {"a": 1})
    consumers(("a", "bb"), [0, 3])
    consumers("xy", range(2))
    for s in ([1], (1, 2), "abc", range(2), b"xyz", [], "q", bytearray(b"pq"), [1, 2, 3]):
        unpack(s)
    show([1, 3, 5, 3])
    show((1, 3, 5, 3))
    show((3, 1))
    show(range(1, 6))
    show(range(12, -5, -3))
    show(b"\x01\x03\x05\x03")
    show(bytearray(b"\x03\x02\x01"))
    t: tuple[int, ...] = tuple(range(3, 8))
    show(t)

    same([1, 2], [1, 2])
    same([1, 2], (1, 2))
    same((1, 2), (1, 2))
    same(range(3), range(0, 3))
    same(range(0), range(5, 2))
    same(b"ab", b"ab")
    same(b"ab", bytearray(b"ab"))
    same([1], [2])

    strings("abcb")
    strings(["a", "b", "c", "b"])
    strings(("b", "a"))

    print(floats([1, 2, 3]))
    print(floats([1.5, 2.0]))
    print(floats((2, 0.5)))
    print(floats(range(1, 4)))
    print(floats([True, False]))

    objects([1, "a", None, 2.5])
    objects((1, "a", True))
    objects([1, 2, 1])
    objects("abc")
    objects(range(3))
    objects(b"abc")
    objects(bytearray(b"\x01\x02"))
    objects([[1], "bc", 2.0])

    print(first_last([4, 5, 6]), first_last(range(7, 9)), first_last(b"xy"))
    empty([])
    empty(())
    empty(range(0))
    empty(b"")

    xs: Sequence[int] = [1, 2]
    print(xs, len(xs))
    xs = (3, 4, 5)
    print(xs, len(xs))
    xs = range(2)
    print(xs, xs[1])
    h = Holder([1, 2, 3])
    print(h.total(), h.xs)
    h.xs = (10, 20)
    print(h.total(), h.xs[1])
    print(longest([[1], (1, 2, 3), range(2), b"ab"]))
    pairs: dict[str, Sequence[int]] = {"l": [1, 2], "t": (3,), "r": range(4)}
    for k, v in pairs.items():
        print(k, v, len(v), v[-1])


main()
