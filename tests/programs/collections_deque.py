"""collections.deque: both ends, maxlen, rotation, indexing, iteration,
comparison, repr and CPython's errors."""

from __future__ import annotations

from collections import deque


def ends() -> None:
    d: deque[int] = deque()
    print(d, len(d), bool(d))
    d.append(1)
    d.append(2)
    d.appendleft(0)
    d.appendleft(-1)
    print(d, len(d), d[0], d[-1], d[1], d[-2])
    print(d.pop(), d.popleft(), d)
    d.extend([7, 8, 9])
    d.extendleft([10, 11])
    print(d, list(d), list(reversed(d)))
    while d:
        print(d.popleft(), end=" ")
    print()
    d.extendleft(range(4))
    while d:
        print(d.pop(), end=" ")
    print()
    for f in ("pop", "popleft"):
        try:
            if f == "pop":
                d.pop()
            else:
                d.popleft()
        except IndexError as e:
            print(f, type(e).__name__, e)


def bounded() -> None:
    d = deque([1, 2, 3], maxlen=3)
    print(d, d.maxlen)
    d.append(4)
    print(d)
    d.appendleft(0)
    print(d)
    d.extend([5, 6, 7, 8])
    print(d)
    d.extendleft([20, 21])
    print(d)
    z: deque[str] = deque("xyz", 0)
    z.append("q")
    print(z, len(z), deque("abc").maxlen)
    try:
        d.insert(1, 99)
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        deque([1], maxlen=-1)
    except ValueError as e:
        print(type(e).__name__, e)
    last3 = deque(maxlen=2)   # type: deque[str]
    for w in "the quick brown fox".split():
        last3.append(w)
    print(last3)


def indexing() -> None:
    d = deque("abcdef")
    d[0] = "A"
    d[-1] = "F"
    print(d, d.index("c"), d.index("d", 2), d.index("b", -5, -3), d.count("c"))
    d.remove("c")
    d.remove("F")
    print(d, "b" in d, "c" in d, "zz" not in d)
    d.insert(1, "i")
    d.insert(-1, "j")
    d.insert(100, "k")
    d.insert(-100, "l")
    print(d)
    d.remove("i")
    print(d)
    for bad in (6, -7, 100):
        try:
            print(d[bad])
        except IndexError as e:
            print(type(e).__name__, e)
    try:
        d[len(d)] = "x"
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        d.remove("nope")
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        d.index("A", 1)
    except ValueError as e:
        print(type(e).__name__, e)
    n = deque([3, 1, 2])
    try:
        n.index(7)
    except ValueError as e:
        print(type(e).__name__, e)


def rotations() -> None:
    d = deque(range(6))
    for k in (1, 2, -1, -3, 6, 13, -13, 0):
        d.rotate(k)
        print(k, d)
    d.rotate()
    print(d)
    e: deque[int] = deque()
    e.rotate(5)
    d.reverse()
    print(e, d)
    d.clear()
    print(d, len(d))


def compare() -> None:
    a = deque([1, 2, 3])
    b = deque([1, 2])
    b.append(3)
    print(a == b, a != b, a == deque([3, 2, 1]), a < deque([1, 2, 4]), deque([1]) < a)
    c = a.copy()
    c.append(4)
    print(a, c, a + c, sorted(deque([5, 1, 3])), sum(a), max(a), [x * 2 for x in a])
    dd: deque[tuple[int, str]] = deque([(1, "a")])
    dd.appendleft((0, "z"))
    print(dd, deque([[1], [2]]), deque(["a", "b"]), repr(deque([1.5])))
    e = deque([1, 2])
    e.extend(list(e))
    e.extendleft([x + 10 for x in e])
    print(e)


ends()
bounded()
indexing()
rotations()
compare()
