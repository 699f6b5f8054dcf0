# Compiled classes where an abstract collection type is declared: a
# Sequence or Mapping subclass, classes that are Sized or Container by their
# dunders, next to the builtin objects in the same places: each operation
# calls the class's own method (its exceptions too), the builtins do what
# their type does.
from collections.abc import Container, Iterator, Mapping, MutableSequence, Sequence, Sized


class Ring(Sequence[int]):
    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> int:  # type: ignore[override]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("ring index out of range")
        return i * 10

    def __contains__(self, x: object) -> bool:
        return isinstance(x, int) and x % 10 == 0 and 0 <= x < self.n * 10

    def __iter__(self) -> Iterator[int]:
        for i in range(self.n):
            yield i * 10

    def index(self, x: int, start: int = 0, stop: int = 1 << 30) -> int:
        if x not in self:
            raise ValueError(f"{x} not in ring")
        return x // 10

    def count(self, x: int) -> int:
        return 1 if x in self else 0


class Log(MutableSequence[str]):
    def __init__(self) -> None:
        self.lines: list[str] = []

    def __len__(self) -> int:
        return len(self.lines)

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        return self.lines[i]

    def __setitem__(self, i: int, v: str) -> None:  # type: ignore[override]
        self.lines[i] = v.upper()

    def __delitem__(self, i: int) -> None:  # type: ignore[override]
        del self.lines[i]

    def insert(self, i: int, v: str) -> None:
        self.lines.insert(i, v)

    def append(self, v: str) -> None:
        self.lines.append("+" + v)

    def __iter__(self) -> Iterator[str]:
        return iter(self.lines)

    def __contains__(self, x: object) -> bool:
        return x in self.lines

    def pop(self, i: int = -1) -> str:
        return "popped " + self.lines.pop(i)

    def extend(self, vs: object) -> None:
        self.lines.append("extended")


class Env(Mapping[str, int]):
    def __init__(self, **kw: int) -> None:
        self.d = dict(kw)

    def __getitem__(self, k: str) -> int:
        if k not in self.d:
            raise KeyError(f"no {k}")
        return self.d[k]

    def __len__(self) -> int:
        return len(self.d)

    def __iter__(self) -> Iterator[str]:
        return iter(self.d)

    def __contains__(self, k: object) -> bool:
        return k in self.d


class Bag:
    def __init__(self, n: int) -> None:
        self.n = n

    def __len__(self) -> int:
        return self.n

    def __contains__(self, x: object) -> bool:
        return x == self.n


class Empty:
    def __bool__(self) -> bool:
        return False

    def __len__(self) -> int:
        return 0


def seq(xs: Sequence[int]) -> None:
    print(len(xs), xs[1], xs[-1], 20 in xs, 5 in xs, xs.index(10), xs.count(0), list(xs), sum(xs), bool(xs))
    print(sorted(xs, reverse=True), max(xs), [x + 1 for x in xs], tuple(xs), list(reversed(xs)))
    for bad in (10, -10):
        try:
            print(xs[bad])
        except IndexError as e:
            print(type(e).__name__, e)
    try:
        print(xs.index(15))
    except ValueError as e:
        print(type(e).__name__, e)


def mseq(xs: MutableSequence[str]) -> None:
    xs.append("a")
    xs.append("b")
    xs[0] = "c"
    xs.extend(["d"])
    print(len(xs), xs[0], xs[-1], "b" in xs, list(xs), xs.pop(), xs.pop(0), list(xs))


def env(m: Mapping[str, int]) -> None:
    print(len(m), bool(m), m["x"], "x" in m, "q" in m, [k for k in m], sorted(m))
    print({**m}, dict(m))
    d = {"z": 0}
    d.update(m)
    print(d)
    try:
        print(m["q"])
    except KeyError as e:
        print(type(e).__name__, e)


def size(s: Sized) -> int:
    return len(s)


def truth(s: Sized) -> bool:
    return bool(s)


def has(c: Container[int], x: int) -> bool:
    return x in c


seq(Ring(3))
seq([0, 10, 20])
seq((0, 10, 20, 30))
seq(range(0, 40, 10))
mseq(Log())
mseq(["x"])
env(Env(x=1, y=2))
env({"x": 5, "y": 6})
print(size(Bag(4)), size([1]), size("ab"), size({1: 2}), size(Ring(2)), size(Env()), size(Log()))
print(truth(Bag(0)), truth(Bag(2)), truth(Empty()), truth([]), truth(Ring(1)), truth(Env()))
print(has(Bag(4), 4), has(Bag(4), 3), has([1], 1), has(Ring(2), 10), has({1: 2}, 1), has(range(3), 5))
