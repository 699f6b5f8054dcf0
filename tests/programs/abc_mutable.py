# MutableSequence[T] holding a list or a bytearray, MutableMapping[K, V]
# holding a dict: the changes land in the object passed (the caller sees
# them), with each concrete type's errors; list[int] items stay ints where
# MutableSequence[int] is declared.
from collections.abc import MutableMapping, MutableSequence


def grow(xs: MutableSequence[int]) -> None:
    xs.append(7)
    xs[0] = 9
    xs[-1] = 8
    xs.extend([1, 2])
    xs.extend(range(3, 5))
    xs.extend(x + 1 for x in (10, 20))
    print(xs, len(xs), xs[0], xs.pop(), xs.pop(0), xs.pop(-2), xs)


def shuffle(xs: MutableSequence[int]) -> None:
    xs.insert(0, 4)
    xs.insert(-1, 5)
    xs.insert(100, 6)
    xs.insert(-100, 7)
    del xs[1]
    del xs[-1]
    print(xs, len(xs))
    for bad in (50, -50):
        try:
            del xs[bad]
        except IndexError as e:
            print(type(e).__name__, e)


def doubled(xs: MutableSequence[int]) -> None:
    xs.extend(xs)
    print(xs)


def errors(xs: MutableSequence[int]) -> None:
    try:
        xs[100] = 1
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        print(xs.pop(100))
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        xs.append(256)
        print("appended", xs[-1])
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        xs[0] = -1
        print("set", xs[0])
    except ValueError as e:
        print(type(e).__name__, e)
    while xs:
        xs.pop()
    try:
        print(xs.pop())
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        print(xs.pop(0))
    except IndexError as e:
        print(type(e).__name__, e)
    print(xs, len(xs))


def names(xs: MutableSequence[str]) -> str:
    xs.append("z")
    xs[0] = xs[0].upper()
    xs.extend("pq")
    return ",".join(xs) + " " + xs.pop(1)


def floats(xs: MutableSequence[float]) -> None:
    xs.append(2.5)
    xs[0] = xs[0] * 2
    print(xs, sum(xs), xs.pop())


def tally(m: MutableMapping[str, int], words: list[str]) -> None:
    for w in words:
        m[w] = m.get(w, 0) + 1
    print(m, len(m))
    print(m.setdefault("new", 5), m.setdefault("a", 99), m)
    print(m.pop("new"), m.pop("gone", -1), m)
    del m["a"]
    print(m, "a" in m)
    for k in ("a", "missing"):
        try:
            del m[k]
        except KeyError as e:
            print(type(e).__name__, e)
        try:
            print(m.pop(k))
        except KeyError as e:
            print(type(e).__name__, e)
        try:
            print(m[k])
        except KeyError as e:
            print(type(e).__name__, e)


def by_int(m: MutableMapping[int, float]) -> None:
    m[1] = 0.5
    m[2] = m.get(2, 1.0) * 3
    print(m, m.pop(1), m.setdefault(3, 4.0), m)


def main() -> None:
    nums = [1, 2, 3]
    grow(nums)
    print(nums)
    data = bytearray(b"\x01\x02\x03")
    grow(data)
    print(data)
    shuffle([1, 2, 3])
    shuffle(bytearray(b"\x01\x02\x03"))
    l = [1, 2]
    doubled(l)
    ba = bytearray(b"ab")
    doubled(ba)
    errors([1, 2])
    errors(bytearray(b"\x01\x02"))
    words = ["b", "a"]
    print(names(words), words)
    fl = [1.0, 2.0]
    floats(fl)
    ints: list[float] = [1, 2]
    floats(ints)
    counts: dict[str, int] = {}
    tally(counts, ["a", "b", "a"])
    print(counts)
    fd: dict[int, float] = {2: 1}
    by_int(fd)
    print(fd)
    ms: MutableSequence[int] = [5]
    ms.append(6)
    ms = bytearray(b"\x05")
    ms.append(6)
    print(ms)


main()
