"""CPython's `collections` for compiled programs (under CPython its own runs).

`deque` is two lists, the front one reversed, so appends and pops at both
ends are amortised O(1) and indexing is O(1), with CPython's messages.
`defaultdict`, `Counter` and `OrderedDict` hold a dict: typeshed makes them
subclasses of dict, the subset has no subclasses of builtin types, so here
they are classes of their own with the dict methods programs call on them
(passing one where a `dict` is expected is mypy's arg-type error).
`namedtuple` is analysed by mypy itself (a class of untyped fields, which
unicc types from the program's constructions: frontend/namedtuples.py).
This file is mypy's `collections` in place of typeshed's stub
(frontend/check.py SHADOWS); mypy reports no errors in it there, so check
it on its own: copy it to x.py and run `mypy --strict x.py`.
"""

from __future__ import annotations

from _collections_abc import dict_items, dict_keys, dict_values
from typing import Callable, Generic, Iterable, Iterator, TypeVar, Union, cast

from unicc_rt import extern

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
               module: str | None = None, defaults: Iterable[object] | None = None) -> type[tuple[object, ...]]:
    # mypy analyses the calls of collections.namedtuple itself (a class of
    # untyped fields, which unicc types from the constructions:
    # frontend/namedtuples.py); this body never runs
    raise NotImplementedError("collections.namedtuple")


K = TypeVar("K")
V = TypeVar("V")


OBJECT_KIND = 3   # runtime/include/unicc.h RT_OBJ


@extern("rt_dict_key_kind")
def dict_key_kind(d: object) -> int:
    """The kind a dict's keys are stored in (compiled only: under CPython the
    real collections runs)."""
    return OBJECT_KIND


# What a dict-like constructor or update() takes: another mapping of these
# kinds, or (key, value) pairs.
Items = Union["dict[K, V]", "OrderedDict[K, V]", "defaultdict[K, V]", Iterable[tuple[K, V]]]


def fill(data: dict[K, V], items: Items[K, V] | None, kwargs: dict[str, V]) -> None:
    """data.update(items, **kwargs), as dict's constructor and update() do it."""
    # (narrowing the Iterable arm adds OrderedDict[Any, Any]: CPython reads
    # any mapping by its keys, never as pairs, so it is one of these kinds)
    if isinstance(items, OrderedDict):
        data.update(cast("OrderedDict[K, V]", items).data)
    elif isinstance(items, defaultdict):
        data.update(cast("defaultdict[K, V]", items).data)
    elif isinstance(items, dict):
        data.update(items)
    elif items is not None:
        for k, v in items:
            data[k] = v
    if kwargs and dict_key_kind(data) != OBJECT_KIND:
        # typeshed's overloads make K str when keywords are given; a stub
        # cannot implement overloads, so this signature lets mypy accept
        # OrderedDict[int, int](k=1): a str key is never stored as an int
        raise TypeError("unicc: keyword arguments make str keys; this dict's keys are declared another type")
    for name, value in kwargs.items():
        data[name] = value  # type: ignore[index]  # K is str (checked above)


class defaultdict(Generic[K, V]):
    """A dict that makes a missing key's value with default_factory (not a
    subclass of dict here: pass it where a defaultdict is expected)."""

    def __init__(self, default_factory: Callable[[], V] | None = None,
                 items: Items[K, V] | None = None, /, **kwargs: V) -> None:
        self.default_factory = default_factory
        self.data: dict[K, V] = {}
        fill(self.data, items, kwargs)

    def __missing__(self, key: K) -> V:
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self.data[key] = value
        return value

    def __getitem__(self, key: K) -> V:
        if key in self.data:
            return self.data[key]
        return self.__missing__(key)

    def __setitem__(self, key: K, value: V) -> None:
        self.data[key] = value

    def __delitem__(self, key: K) -> None:
        del self.data[key]

    def __contains__(self, key: object) -> bool:
        return key in self.data

    def __len__(self) -> int:
        return len(self.data)

    def __iter__(self) -> Iterator[K]:
        return iter(self.data)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, defaultdict) and self.data == other.data

    def get(self, key: K, default: V | None = None) -> V | None:
        return self.data.get(key, default)

    def pop(self, key: K) -> V:
        return self.data.pop(key)

    def setdefault(self, key: K, default: V) -> V:
        return self.data.setdefault(key, default)

    def keys(self) -> dict_keys[K, V]:
        return self.data.keys()

    def values(self) -> dict_values[K, V]:
        return self.data.values()

    def items(self) -> dict_items[K, V]:
        return self.data.items()

    def update(self, items: Items[K, V] | None = None, /, **kwargs: V) -> None:
        fill(self.data, items, kwargs)

    def clear(self) -> None:
        self.data.clear()

    def copy(self) -> defaultdict[K, V]:
        return defaultdict(self.default_factory, self.data)

    def __repr__(self) -> str:
        return f"defaultdict({self.default_factory!r}, {self.data!r})"


class Counter(Generic[K]):
    """Counts of hashable items; a missing key counts 0 (not a subclass of
    dict here: pass it where a Counter is expected)."""

    def __init__(self, iterable: Iterable[K] | dict[K, int] | None = None) -> None:
        self.data: dict[K, int] = {}
        if iterable is not None:
            self.update(iterable)

    def __getitem__(self, key: K) -> int:
        return self.data.get(key, 0)

    def __setitem__(self, key: K, value: int) -> None:
        self.data[key] = value

    def __contains__(self, key: object) -> bool:
        return key in self.data

    def __len__(self) -> int:
        return len(self.data)

    def __iter__(self) -> Iterator[K]:
        return iter(self.data)

    def get(self, key: K, default: int | None = None) -> int | None:
        return self.data.get(key, default)

    def pop(self, key: K) -> int:
        return self.data.pop(key)

    def keys(self) -> dict_keys[K, int]:
        return self.data.keys()

    def values(self) -> dict_values[K, int]:
        return self.data.values()

    def items(self) -> dict_items[K, int]:
        return self.data.items()

    def clear(self) -> None:
        self.data.clear()

    def copy(self) -> Counter[K]:
        return Counter(self.data)

    def total(self) -> int:
        return sum(self.data.values())

    def most_common(self, n: int | None = None) -> list[tuple[K, int]]:
        # a stable sort by count, greatest first: ties keep insertion order, as CPython's
        pairs = sorted(self.data.items(), key=lambda kv: kv[1], reverse=True)
        return pairs if n is None else pairs[:max(n, 0)]

    def elements(self) -> Iterator[K]:
        out: list[K] = []
        for k, c in self.data.items():
            for _ in range(c):
                out.append(k)
        return iter(out)

    def update(self, iterable: Iterable[K] | dict[K, int] | None = None) -> None:
        if iterable is None:
            return
        if isinstance(iterable, dict):
            self.add_counts(iterable, 1)
        else:
            for k in iterable:
                self.data[k] = self.data.get(k, 0) + 1

    def add_counts(self, counts: dict[K, int], sign: int) -> None:
        for k, c in counts.items():
            self.data[k] = self.data.get(k, 0) + sign * c

    def subtract(self, iterable: Iterable[K] | dict[K, int] | None = None) -> None:
        if iterable is None:
            return
        if isinstance(iterable, dict):
            self.add_counts(iterable, -1)
        else:
            for k in iterable:
                self.data[k] = self.data.get(k, 0) - 1

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Counter):
            return False
        return self.same(other)

    def same(self, other: Counter[K]) -> bool:
        # counts missing from one side are zero: Counter({'a': 1, 'b': 0}) == Counter('a')
        for k, c in self.data.items():
            if other.data.get(k, 0) != c:
                return False
        for k, c in other.data.items():
            if self.data.get(k, 0) != c:
                return False
        return True

    def __add__(self, other: Counter[K]) -> Counter[K]:
        out: Counter[K] = Counter()
        for k, c in self.data.items():
            n = c + other[k]
            if n > 0:
                out.data[k] = n
        for k, c in other.data.items():
            if k not in self.data and c > 0:
                out.data[k] = c
        return out

    def __sub__(self, other: Counter[K]) -> Counter[K]:
        out: Counter[K] = Counter()
        for k, c in self.data.items():
            n = c - other[k]
            if n > 0:
                out.data[k] = n
        for k, c in other.data.items():
            if k not in self.data and c < 0:
                out.data[k] = 0 - c
        return out

    def __or__(self, other: Counter[K]) -> Counter[K]:
        out: Counter[K] = Counter()
        for k, c in self.data.items():
            o = other[k]
            n = o if c < o else c
            if n > 0:
                out.data[k] = n
        for k, c in other.data.items():
            if k not in self.data and c > 0:
                out.data[k] = c
        return out

    def __and__(self, other: Counter[K]) -> Counter[K]:
        out: Counter[K] = Counter()
        for k, c in self.data.items():
            o = other[k]
            n = c if c < o else o
            if n > 0:
                out.data[k] = n
        return out

    def __repr__(self) -> str:
        if not self.data:
            return "Counter()"
        return "Counter({" + ", ".join(f"{k!r}: {c!r}" for k, c in self.most_common()) + "})"


class OrderedDict(Generic[K, V]):
    """A dict that remembers insertion order and can reorder (not a subclass
    of dict here: pass it where an OrderedDict is expected)."""

    def __init__(self, items: Items[K, V] | None = None, /, **kwargs: V) -> None:
        self.data: dict[K, V] = {}
        fill(self.data, items, kwargs)

    def __getitem__(self, key: K) -> V:
        return self.data[key]

    def __setitem__(self, key: K, value: V) -> None:
        self.data[key] = value

    def __contains__(self, key: object) -> bool:
        return key in self.data

    def __len__(self) -> int:
        return len(self.data)

    def __iter__(self) -> Iterator[K]:
        return iter(self.data)

    def __reversed__(self) -> Iterator[K]:
        return reversed(list(self.data))

    def get(self, key: K, default: V | None = None) -> V | None:
        return self.data.get(key, default)

    def pop(self, key: K) -> V:
        return self.data.pop(key)

    def setdefault(self, key: K, default: V) -> V:
        return self.data.setdefault(key, default)

    def keys(self) -> dict_keys[K, V]:
        return self.data.keys()

    def values(self) -> dict_values[K, V]:
        return self.data.values()

    def items(self) -> dict_items[K, V]:
        return self.data.items()

    def update(self, items: Items[K, V] | None = None, /, **kwargs: V) -> None:
        fill(self.data, items, kwargs)

    def clear(self) -> None:
        self.data.clear()

    def copy(self) -> OrderedDict[K, V]:
        return OrderedDict(self.data)

    def move_to_end(self, key: K, last: bool = True) -> None:
        value = self.data.pop(key)
        if last:
            self.data[key] = value
        else:
            rest = self.data
            self.data = {key: value}
            self.data.update(rest)

    def popitem(self, last: bool = True) -> tuple[K, V]:
        if not self.data:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self.data))) if last else next(iter(self.data))
        return key, self.data.pop(key)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, OrderedDict):
            return False
        return self.same(other)

    def same(self, other: OrderedDict[K, V]) -> bool:
        return self.data == other.data and list(self.data) == list(other.data)

    def __repr__(self) -> str:
        if not self.data:
            return "OrderedDict()"
        return f"OrderedDict({list(self.data.items())!r})"
