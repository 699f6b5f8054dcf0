"""CPython's `collections` for compiled programs (under CPython its own runs).

`deque` is two lists, the front one reversed, so appends and pops at both
ends are amortised O(1) and indexing is O(1), with CPython's messages.
The rest of collections (defaultdict, Counter, OrderedDict, untyped
namedtuple) is not here yet: using it is mypy's "Module has no attribute".
"""

from __future__ import annotations

from typing import Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")


class deque(Generic[T]):
    def __init__(self, iterable: Iterable[T] | None = None, maxlen: int | None = None) -> None:
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self.front: list[T] = []   # items before back's, last one first
        self.back: list[T] = []
        self.limit = maxlen
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self) -> int | None:
        return self.limit

    def __len__(self) -> int:
        return len(self.front) + len(self.back)

    def __bool__(self) -> bool:
        return len(self.front) + len(self.back) > 0

    def items(self) -> list[T]:
        out = self.front[::-1]
        out.extend(self.back)
        return out

    def settle(self, items: list[T]) -> None:
        self.front = []
        self.back = items

    def append(self, x: T) -> None:
        if self.limit is not None and len(self) >= self.limit:
            if self.limit == 0:
                return
            self.popleft()
        self.back.append(x)

    def appendleft(self, x: T) -> None:
        if self.limit is not None and len(self) >= self.limit:
            if self.limit == 0:
                return
            self.pop()
        self.front.append(x)

    def pop(self) -> T:
        if self.back:
            return self.back.pop()
        if not self.front:
            raise IndexError("pop from an empty deque")
        # move half of the front over, keeping the order
        half = (len(self.front) + 1) // 2
        self.back = self.front[:half][::-1]
        self.front = self.front[half:]
        return self.back.pop()

    def popleft(self) -> T:
        if self.front:
            return self.front.pop()
        if not self.back:
            raise IndexError("pop from an empty deque")
        half = (len(self.back) + 1) // 2
        self.front = self.back[:half][::-1]
        self.back = self.back[half:]
        return self.front.pop()

    def extend(self, iterable: Iterable[T]) -> None:
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable: Iterable[T]) -> None:
        for x in list(iterable):
            self.appendleft(x)

    def clear(self) -> None:
        self.front = []
        self.back = []

    def copy(self) -> deque[T]:
        return deque(self.items(), self.limit)

    def __copy__(self) -> deque[T]:
        return self.copy()

    def count(self, x: T) -> int:
        return self.front.count(x) + self.back.count(x)

    def index(self, x: T, start: int = 0, stop: int | None = None) -> int:
        items = self.items()
        n = len(items)
        lo = max(start + n, 0) if start < 0 else min(start, n)
        hi = n if stop is None else max(stop + n, 0) if stop < 0 else min(stop, n)
        for i in range(lo, hi):
            if items[i] == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i: int, x: T) -> None:
        if self.limit is not None and len(self) >= self.limit:
            raise IndexError("deque already at its maximum size")
        items = self.items()
        items.insert(i, x)
        self.settle(items)

    def remove(self, value: T) -> None:
        items = self.items()
        for i in range(len(items)):
            if items[i] == value:
                del items[i]
                self.settle(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self) -> None:
        self.front, self.back = self.back, self.front

    def rotate(self, n: int = 1) -> None:
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self.items()
            self.settle(items[size - n:] + items[:size - n])

    def position(self, i: int) -> int:
        n = len(self)
        j = i + n if i < 0 else i
        if j < 0 or j >= n:
            raise IndexError("deque index out of range")
        return j

    def __getitem__(self, i: int) -> T:
        j = self.position(i)
        nf = len(self.front)
        return self.front[nf - 1 - j] if j < nf else self.back[j - nf]

    def __setitem__(self, i: int, x: T) -> None:
        j = self.position(i)
        nf = len(self.front)
        if j < nf:
            self.front[nf - 1 - j] = x
        else:
            self.back[j - nf] = x

    def __iter__(self) -> Iterator[T]:
        return iter(self.items())

    def __reversed__(self) -> Iterator[T]:
        out = self.back[::-1]
        out.extend(self.front)
        return iter(out)

    def __contains__(self, x: object) -> bool:
        return x in self.front or x in self.back

    def __eq__(self, other: object) -> bool:
        return isinstance(other, deque) and self.items() == other.items()

    def __lt__(self, other: deque[T]) -> bool:
        return (self.items(),) < (other.items(),)

    def __add__(self, other: deque[T]) -> deque[T]:
        out = deque(self.items(), self.limit)
        out.extend(other.items())
        return out

    def __repr__(self) -> str:
        if self.limit is None:
            return f"deque({self.items()!r})"
        return f"deque({self.items()!r}, maxlen={self.limit})"


def namedtuple(typename: str, field_names: str | list[str], *, rename: bool = False,
               module: str | None = None) -> type[tuple[object, ...]]:
    # mypy analyses the calls of collections.namedtuple itself (a class of
    # untyped fields, which unicc rejects); this body never runs
    raise NotImplementedError("collections.namedtuple")
