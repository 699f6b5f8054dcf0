"""CPython's `heapq` for compiled programs (under CPython its own runs).

The sifts are CPython's algorithms, so a heap list holds its items in
CPython's order, and nsmallest/nlargest/merge pick among equal items as
CPython does.  Items are compared with `<` only, as CPython does; `lt`
says `a < b` for items of any type (a tuple comparison type-checks for
every item type, and the compiled code compares the items by their own
types), so the functions take lists of any item type as typeshed says.
merge() takes up to six iterables (the subset has no *args parameters).
"""

from __future__ import annotations

from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
K = TypeVar("K")


def lt(a: T, b: T) -> bool:
    # (a,) < (b,) is a < b unless a == b (then False), as CPython's heapq sees it
    return (a,) < (b,)


def siftdown(heap: list[T], startpos: int, pos: int) -> None:
    # move heap[pos]'s item up towards startpos while it is less than its parent
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not lt(item, parent):
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def siftup(heap: list[T], pos: int) -> None:
    # move the smaller child up until a leaf is reached, then sift pos's item down there
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not lt(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    siftdown(heap, startpos, pos)


def siftdown_max(heap: list[T], startpos: int, pos: int) -> None:
    item = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if not lt(parent, item):
            break
        heap[pos] = parent
        pos = parentpos
    heap[pos] = item


def siftup_max(heap: list[T], pos: int) -> None:
    endpos = len(heap)
    startpos = pos
    item = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not lt(heap[rightpos], heap[childpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = item
    siftdown_max(heap, startpos, pos)


def heappush(heap: list[T], item: T, /) -> None:
    heap.append(item)
    siftdown(heap, 0, len(heap) - 1)


def heappop(heap: list[T], /) -> T:
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        siftup(heap, 0)
        return item
    return last


def heapreplace(heap: list[T], item: T, /) -> T:
    if not heap:
        raise IndexError("index out of range")
    out = heap[0]
    heap[0] = item
    siftup(heap, 0)
    return out


def heappushpop(heap: list[T], item: T, /) -> T:
    if heap and lt(heap[0], item):
        out = heap[0]
        heap[0] = item
        siftup(heap, 0)
        return out
    return item


def heapify(x: list[T], /) -> None:
    for i in reversed(range(len(x) // 2)):
        siftup(x, i)


def heapify_max(x: list[T]) -> None:
    for i in reversed(range(len(x) // 2)):
        siftup_max(x, i)


def heapreplace_max(heap: list[T], item: T) -> None:
    heap[0] = item
    siftup_max(heap, 0)


def heappop_max(heap: list[T]) -> T:
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        siftup_max(heap, 0)
        return item
    return last


def nsmallest(n: int, iterable: Iterable[T], key: Callable[[T], K] | None = None) -> list[T]:
    # CPython's algorithm without its shortcuts for n == 1 and n >= len(iterable),
    # which choose the same items: a max-heap of the n smallest so far, ties by order
    if key is not None:
        return [x for _, _, x in smallest_by(n, iterable, key)]
    it = iter(iterable)
    result: list[tuple[T, int]] = []
    while len(result) < n:
        try:
            result.append((next(it), len(result)))
        except StopIteration:
            break
    if not result:
        return []
    heapify_max(result)
    top = result[0][0]
    order = n
    for x in it:
        if lt(x, top):
            heapreplace_max(result, (x, order))
            top = result[0][0]
            order += 1
    result.sort()
    return [x for x, _ in result]


def smallest_by(n: int, iterable: Iterable[T], key: Callable[[T], K]) -> list[tuple[K, int, T]]:
    it = iter(iterable)
    result: list[tuple[K, int, T]] = []
    while len(result) < n:
        try:
            x = next(it)
        except StopIteration:
            break
        result.append((key(x), len(result), x))
    if not result:
        return []
    heapify_max(result)
    top = result[0][0]
    order = n
    for x in it:
        k = key(x)
        if lt(k, top):
            heapreplace_max(result, (k, order, x))
            top = result[0][0]
            order += 1
    result.sort()
    return result


def nlargest(n: int, iterable: Iterable[T], key: Callable[[T], K] | None = None) -> list[T]:
    # a min-heap of the n largest so far; orders count down so that of equal
    # items the first seen sorts last, and comes first after the reverse sort
    if key is not None:
        return [x for _, _, x in largest_by(n, iterable, key)]
    it = iter(iterable)
    result: list[tuple[T, int]] = []
    while len(result) < n:
        try:
            result.append((next(it), -len(result)))
        except StopIteration:
            break
    if not result:
        return []
    heapify(result)
    top = result[0][0]
    order = -n
    for x in it:
        if lt(top, x):
            heapreplace(result, (x, order))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return [x for x, _ in result]


def largest_by(n: int, iterable: Iterable[T], key: Callable[[T], K]) -> list[tuple[K, int, T]]:
    it = iter(iterable)
    result: list[tuple[K, int, T]] = []
    while len(result) < n:
        try:
            x = next(it)
        except StopIteration:
            break
        result.append((key(x), -len(result), x))
    if not result:
        return []
    heapify(result)
    top = result[0][0]
    order = -n
    for x in it:
        k = key(x)
        if lt(top, k):
            heapreplace(result, (k, order, x))
            top = result[0][0]
            order -= 1
    result.sort(reverse=True)
    return result


def merge(*iterables: Iterable[T], key: Callable[[T], K] | None = None, reverse: bool = False) -> Iterator[T]:
    its = [iter(x) for x in iterables]
    if key is None:
        return merge_items(its, reverse)
    return merge_keys(its, key, reverse)


def merge_items(its: list[Iterator[T]], reverse: bool) -> Iterator[T]:
    # heap entries are (item, order): of equal items the first iterable's comes first
    direction = -1 if reverse else 1
    h: list[tuple[T, int]] = []
    for order, it in enumerate(its):
        try:
            h.append((next(it), order * direction))
        except StopIteration:
            pass
    if reverse:
        heapify_max(h)
    else:
        heapify(h)
    while len(h) > 1:
        x, order = h[0]
        yield x
        try:
            entry = (next(its[order * direction]), order)
        except StopIteration:
            if reverse:
                heappop_max(h)
            else:
                heappop(h)
            continue
        if reverse:
            heapreplace_max(h, entry)
        else:
            heapreplace(h, entry)
    if h:
        x, order = h[0]
        yield x
        yield from its[order * direction]


def merge_keys(its: list[Iterator[T]], key: Callable[[T], K], reverse: bool) -> Iterator[T]:
    direction = -1 if reverse else 1
    h: list[tuple[K, int, T]] = []
    for order, it in enumerate(its):
        try:
            x = next(it)
        except StopIteration:
            continue
        h.append((key(x), order * direction, x))
    if reverse:
        heapify_max(h)
    else:
        heapify(h)
    while len(h) > 1:
        _, order, x = h[0]
        yield x
        try:
            x = next(its[order * direction])
        except StopIteration:
            if reverse:
                heappop_max(h)
            else:
                heappop(h)
            continue
        entry = (key(x), order, x)
        if reverse:
            heapreplace_max(h, entry)
        else:
            heapreplace(h, entry)
    if h:
        _, order, x = h[0]
        yield x
        yield from its[order * direction]
