"""CPython's `itertools` for compiled programs, as generic generator functions
(under CPython its own module runs).

Each function checks its arguments and takes what it must from its input
when it is called, as CPython's iterator objects do when they are made
(islice's ValueErrors, the pools of combinations and product), and returns
a generator that does the rest lazily.  The signatures are typeshed's where
the subset can say them: several iterables of different item types are
overloads (product and zip_longest of one to three iterables), and the results of permutations, combinations and product with
`repeat` are `tuple[T, ...]`.  count takes ints only; accumulate without a
function adds ints, floats or strs; starmap takes tuples of one to four
items (the compiler lowers it, as map).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar, overload

T = TypeVar("T")
S = TypeVar("S")
K = TypeVar("K")
T1 = TypeVar("T1")
T2 = TypeVar("T2")
T3 = TypeVar("T3")
T4 = TypeVar("T4")
F = TypeVar("F")

_MISSING = -9223372036854775807 - 1   # islice's stop when only one bound is given


def count(start: int = 0, step: int = 1) -> Iterator[int]:
    n = start
    while True:
        yield n
        n += step


def cycle(iterable: Iterable[T]) -> Iterator[T]:
    saved: list[T] = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def repeat(obj: T, times: int | None = None) -> Iterator[T]:
    if times is None:
        return _repeat_forever(obj)
    return _repeat(obj, times)


def _repeat_forever(obj: T) -> Iterator[T]:
    while True:
        yield obj


def _repeat(obj: T, times: int) -> Iterator[T]:
    for _ in range(times):
        yield obj


def _plus(a: object, b: object) -> object:
    """a + b for the item types accumulate adds without a function."""
    if isinstance(a, int) and isinstance(b, int):
        return a + b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a + b
    if isinstance(a, str) and isinstance(b, str):
        return a + b
    raise TypeError("unsupported operand types for accumulate")


@overload
def accumulate(iterable: Iterable[T], func: None = None, *, initial: T | None = None) -> Iterator[T]: ...
@overload
def accumulate(iterable: Iterable[S], func: Callable[[T, S], T], *, initial: T | None = None) -> Iterator[T]: ...
def accumulate(iterable: Iterable[S], func: Callable[[T, S], T] | None = None, *,
               initial: T | None = None) -> Iterator[T]:
    # Iterator[T]: the call's type binds T, so a builtin (max) passed as func
    # is compiled for T's values
    if func is None:
        return _accumulate_add(iterable, initial)  # type: ignore[arg-type]  # without func, S is T
    return _accumulate(iterable, func, initial)


def _accumulate_add(iterable: Iterable[T], initial: T | None) -> Iterator[T]:
    it = iter(iterable)
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    for x in it:
        total = _plus(total, x)   # type: ignore[assignment]  # a sum of Ts is a T
        yield total


def _accumulate(iterable: Iterable[S], func: Callable[[T, S], T], initial: T | None) -> Iterator[T]:
    it = iter(iterable)
    if initial is None:
        try:
            total: T = next(it)   # type: ignore[assignment]  # without an initial value, S is T
        except StopIteration:
            return
    else:
        total = initial
    yield total
    for x in it:
        total = func(total, x)
        yield total


@overload
def starmap(function: Callable[[T1], T], iterable: Iterable[tuple[T1]], /) -> Iterator[T]: ...
@overload
def starmap(function: Callable[[T1, T2], T], iterable: Iterable[tuple[T1, T2]], /) -> Iterator[T]: ...
@overload
def starmap(function: Callable[[T1, T2, T3], T], iterable: Iterable[tuple[T1, T2, T3]], /) -> Iterator[T]: ...
@overload
def starmap(function: Callable[[T1, T2, T3, T4], T], iterable: Iterable[tuple[T1, T2, T3, T4]], /) -> Iterator[T]: ...
def starmap(function: Callable[..., T], iterable: Iterable[tuple[object, ...]], /) -> Iterator[T]:
    raise NotImplementedError   # lowered by the compiler (irbuild/for_helpers.py starmap_loop)


class chain(Iterator[T]):
    """A class, as CPython's, for chain.from_iterable."""
    def __init__(self, *iterables: Iterable[T]) -> None:
        self._it = _chain(iterables)

    def __iter__(self) -> chain[T]:
        return self

    def __next__(self) -> T:
        return next(self._it)

    @staticmethod
    def from_iterable(iterables: Iterable[Iterable[T]]) -> Iterator[T]:
        return _chain(iterables)


def _chain(iterables: Iterable[Iterable[T]]) -> Iterator[T]:
    for it in iterables:
        for x in it:
            yield x


def compress(data: Iterable[T], selectors: Iterable[object]) -> Iterator[T]:
    for x, keep in zip(data, selectors):
        if keep:
            yield x


def dropwhile(predicate: Callable[[T], object], iterable: Iterable[T]) -> Iterator[T]:
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate: Callable[[T], object], iterable: Iterable[T]) -> Iterator[T]:
    for x in iterable:
        if not predicate(x):
            break
        yield x


def filterfalse(function: Callable[[T], object] | None, iterable: Iterable[T]) -> Iterator[T]:
    for x in iterable:
        if not (function(x) if function is not None else x):
            yield x


def _step(it: Iterator[T], key: Callable[[T], K] | None, value: list[T], cur: list[K]) -> bool:
    """groupby's step: the next item and its key, False at the end."""
    try:
        v = next(it)
    except StopIteration:
        return False
    k: K = key(v) if key is not None else v   # type: ignore[assignment]  # without a key, K is T
    value[:] = [v]
    cur[:] = [k]
    return True


@overload
def groupby(iterable: Iterable[T], key: None = None) -> Iterator[tuple[T, Iterator[T]]]: ...
@overload
def groupby(iterable: Iterable[T], key: Callable[[T], K]) -> Iterator[tuple[K, Iterator[T]]]: ...
def groupby(iterable: Iterable[T], key: Callable[[T], K] | None = None) -> Iterator[tuple[K, Iterator[T]]]:
    return _groupby(iter(iterable), key)


def _groupby(it: Iterator[T], key: Callable[[T], K] | None) -> Iterator[tuple[K, Iterator[T]]]:
    # the state CPython's groupby object keeps, shared with its groups: the
    # current item (if not yet taken), its key, the key of the group being
    # made, and which group is current (an older group ends when asked)
    value: list[T] = []
    cur: list[K] = []
    target: list[K] = []
    group = [0]
    while True:
        group[0] += 1
        while not cur or (target and target[0] == cur[0]):
            if not _step(it, key, value, cur):
                return
        target[:] = cur
        yield cur[0], _grouper(it, key, value, cur, target, group, group[0])


def _grouper(it: Iterator[T], key: Callable[[T], K] | None, value: list[T], cur: list[K], target: list[K],
             group: list[int], me: int) -> Iterator[T]:
    while group[0] == me:
        if not value and not _step(it, key, value, cur):
            return
        if not target[0] == cur[0]:
            return
        yield value.pop()


@overload
def islice(iterable: Iterable[T], stop: int | None, /) -> Iterator[T]: ...
@overload
def islice(iterable: Iterable[T], start: int | None, stop: int | None, step: int | None = None, /) -> Iterator[T]: ...
def islice(iterable: Iterable[T], a: int | None, b: int | None = _MISSING, step: int | None = None,
           /) -> Iterator[T]:
    start, stop = (0, a) if b == _MISSING else (a, b)
    # CPython's checks, in its order: -1 is its own "no stop"
    if stop == -1:
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if (start is not None and start < 0) or (stop is not None and stop < -1):
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step is not None and step < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start or 0, -1 if stop is None else stop, step or 1)


def _islice(it: Iterator[T], nxt: int, stop: int, step: int) -> Iterator[T]:
    # as CPython: the items before the next one wanted are skipped, and none
    # is taken past stop
    cnt = 0
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop != -1 and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop != -1 and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable: Iterable[T]) -> Iterator[tuple[T, T]]:
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def tee(iterable: Iterable[T], n: int = 2) -> tuple[Iterator[T], ...]:
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffer: list[T] = []
    return tuple(_tee(it, buffer) for _ in range(n))


def _tee(it: Iterator[T], buffer: list[T]) -> Iterator[T]:
    i = 0
    while True:
        if i == len(buffer):
            try:
                buffer.append(next(it))
            except StopIteration:
                return
        yield buffer[i]
        i += 1


@overload
def zip_longest(a: Iterable[T1], b: Iterable[T2], /) -> Iterator[tuple[T1 | None, T2 | None]]: ...
@overload
def zip_longest(a: Iterable[T1], b: Iterable[T2], /, *, fillvalue: F) -> Iterator[tuple[T1 | F, T2 | F]]: ...
@overload
def zip_longest(a: Iterable[T1], b: Iterable[T2], c: Iterable[T3], /) -> Iterator[
        tuple[T1 | None, T2 | None, T3 | None]]: ...
@overload
def zip_longest(a: Iterable[T1], b: Iterable[T2], c: Iterable[T3], /, *, fillvalue: F) -> Iterator[
        tuple[T1 | F, T2 | F, T3 | F]]: ...
def zip_longest(a: Iterable[T1], b: Iterable[T2], c: Iterable[T3] | None = None, /, *,
                fillvalue: F | None = None) -> Iterator[tuple[object, ...]]:
    if c is None:
        return _zip_longest2(iter(a), iter(b), fillvalue)
    return _zip_longest3(iter(a), iter(b), iter(c), fillvalue)


def _zip_longest2(a: Iterator[T1], b: Iterator[T2], fill: F) -> Iterator[tuple[T1 | F, T2 | F]]:
    left, right = True, True
    while True:
        x: T1 | F = fill
        y: T2 | F = fill
        if left:
            try:
                x = next(a)
            except StopIteration:
                left = False
        if right:
            try:
                y = next(b)
            except StopIteration:
                right = False
        if not (left or right):
            return
        yield x, y


def _zip_longest3(a: Iterator[T1], b: Iterator[T2], c: Iterator[T3], fill: F) -> Iterator[
        tuple[T1 | F, T2 | F, T3 | F]]:
    live = [True, True, True]
    while True:
        x: T1 | F = fill
        y: T2 | F = fill
        z: T3 | F = fill
        if live[0]:
            try:
                x = next(a)
            except StopIteration:
                live[0] = False
        if live[1]:
            try:
                y = next(b)
            except StopIteration:
                live[1] = False
        if live[2]:
            try:
                z = next(c)
            except StopIteration:
                live[2] = False
        if not any(live):
            return
        yield x, y, z


@overload
def product(a: Iterable[T1], /) -> Iterator[tuple[T1]]: ...
@overload
def product(a: Iterable[T1], b: Iterable[T2], /) -> Iterator[tuple[T1, T2]]: ...
@overload
def product(a: Iterable[T1], b: Iterable[T2], c: Iterable[T3], /) -> Iterator[tuple[T1, T2, T3]]: ...
@overload
def product(a: Iterable[T1], /, *, repeat: int) -> Iterator[tuple[T1, ...]]: ...
@overload
def product(a: Iterable[T1], b: Iterable[T1], /, *, repeat: int) -> Iterator[tuple[T1, ...]]: ...
def product(a: Iterable[T1], b: Iterable[T2] | None = None, c: Iterable[T3] | None = None, /, *,
            repeat: int | None = None) -> Iterator[tuple[object, ...]]:
    if repeat is not None:
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [list(a)]
        if b is not None:
            pools.append(list(b))   # type: ignore[arg-type]  # product(a, b, repeat=n): b's items are T1s
        return _product_repeat(pools * repeat)
    pa = list(a)
    if b is None:
        return _product1(pa)
    pb = list(b)
    if c is None:
        return _product2(pa, pb)
    return _product3(pa, pb, list(c))


def _product1(a: list[T1]) -> Iterator[tuple[T1]]:
    for x in a:
        yield (x,)


def _product2(a: list[T1], b: list[T2]) -> Iterator[tuple[T1, T2]]:
    for x in a:
        for y in b:
            yield x, y


def _product3(a: list[T1], b: list[T2], c: list[T3]) -> Iterator[tuple[T1, T2, T3]]:
    for x in a:
        for y in b:
            for z in c:
                yield x, y, z


def _product_repeat(pools: list[list[T]]) -> Iterator[tuple[T, ...]]:
    if any(not p for p in pools):
        return
    idx = [0] * len(pools)
    while True:
        yield tuple(p[i] for p, i in zip(pools, idx))
        k = len(pools) - 1   # the last index turns fastest, like an odometer
        while k >= 0:
            idx[k] += 1
            if idx[k] < len(pools[k]):
                break
            idx[k] = 0
            k -= 1
        if k < 0:
            return


def permutations(iterable: Iterable[T], r: int | None = None) -> Iterator[tuple[T, ...]]:
    pool = list(iterable)
    n = len(pool)
    k = n if r is None else r
    if k < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, k)


def _permutations(pool: list[T], r: int) -> Iterator[tuple[T, ...]]:
    # the lexicographic order of positions CPython yields: the unused
    # positions rotate behind the first r (the "cycles" counters)
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable: Iterable[T], r: int) -> Iterator[tuple[T, ...]]:
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(list(iterable), r, False)


def combinations_with_replacement(iterable: Iterable[T], r: int) -> Iterator[tuple[T, ...]]:
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(list(iterable), r, True)


def _combinations(pool: list[T], r: int, again: bool) -> Iterator[tuple[T, ...]]:
    """Index tuples in lexicographic order: increasing (or, `again`, non-decreasing)."""
    n = len(pool)
    if (r > n and not again) or (n == 0 and r > 0):
        return
    idx = [0] * r if again else list(range(r))
    while True:
        yield tuple(pool[i] for i in idx)
        i = r - 1
        top = n - 1 if again else 0
        while i >= 0 and idx[i] == (top if again else i + n - r):
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[i] if again else idx[j - 1] + 1
