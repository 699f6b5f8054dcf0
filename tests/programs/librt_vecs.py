"""librt.vecs (mypyc's runtime library; stdlib/cpython/librt/ when compiled):
vec[T] of native ints, floats, bools, strs, optional classes and vecs;
construction with capacity, len, indexing, slicing, assignment, `in`,
iteration, ==, repr; append/extend/pop/remove returning the new vec over a
buffer shared as librt shares it (capacity growth 2c+1), and every error."""

from __future__ import annotations

from typing import Iterator

from librt.vecs import append, extend, pop, remove, vec
from mypy_extensions import i16, i32, i64, u8


class Node:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Node({self.name!r})"


def attempt(label: str, f: Iterator[object]) -> None:
    try:
        for x in f:
            print(label, x)
    except Exception as e:
        print(label, type(e).__name__, e)


def capacity(v: vec[i64]) -> i64:
    """The room in v's buffer: two appends to v share it while there is room."""
    while True:
        a = append(v, 111)
        append(v, 222)
        if a[len(a) - 1] != 222:
            return len(v)
        v = a


def gen(n: i64) -> Iterator[i64]:
    for i in range(n):
        yield i * i


def sieve(n: i64) -> i64:
    is_prime = vec[bool]([True] * (n + 1))
    is_prime[0] = is_prime[1] = False
    for i in range(i64(2), n + 1):
        if is_prime[i] and i * i <= n:
            j: i64 = i * i
            while j <= n:
                is_prime[j] = False
                j += i
    count: i64 = 0
    for b in is_prime:
        if b:
            count += 1
    return count


def construction() -> None:
    e = vec[i64]()
    print(e, len(e), repr(e), str(e), bool(e), capacity(e))
    v = vec[i64]([5, 6, 7])
    print(v, len(v), capacity(v), bool(v))
    print(vec[i64]((1, 2)), capacity(vec[i64]((1, 2))), vec[i64](range(5)), capacity(vec[i64](range(5))))
    print(vec[i64](gen(4)), capacity(vec[i64](gen(4))), vec[i64](v), capacity(vec[i64](v)))
    print(capacity(vec[i64](capacity=5)), capacity(vec[i64]([1, 2], capacity=1)),
          capacity(vec[i64]([1, 2], capacity=6)), capacity(vec[i64](gen(3), capacity=2)))
    print(vec[i64]([x * 2 for x in range(4)]), vec[i64]({3: "a"}), vec[i64](v[1:]))

    def bad_capacity() -> Iterator[object]:
        yield vec[i64](capacity=-1)
    attempt("capacity", bad_capacity())
    print(vec[float]([1.5, -0.0, 1e100, 2.0]), vec[bool]([True, False]), vec[u8]([0, 255]),
          vec[i16]([-1, 300]), vec[i32]([-(2 ** 31)]))
    print(vec[str](["a", "it's", 'say "hi"']), vec[str | None]([None, "x"]), vec[bytes]([b"\x00z"]))
    print(vec[Node]([Node("a")]), vec[Node | None]([None, Node("b")]), vec[object]([1, "s", None]))
    print(vec[vec[i64]]([vec[i64]([1, 2]), vec[i64]()]), vec[vec[str]]([vec[str](["q"])]))
    print(vec[vec[vec[i64]]]([vec[vec[i64]]([vec[i64]([3])])]))
    print(vec[vec[i64] | None]([None, vec[i64]([4])]))


def unsupported() -> None:
    def plain_int() -> Iterator[object]:
        yield vec[int]([1])

    def optional_int() -> Iterator[object]:
        yield vec[i64 | None]()

    def optional_float() -> Iterator[object]:
        yield vec[float | None]()

    def a_list() -> Iterator[object]:
        yield vec[list[i64]]()

    def a_union() -> Iterator[object]:
        yield vec[str | bytes]()
    for label, f in (("int", plain_int()), ("i64|None", optional_int()), ("float|None", optional_float()),
                     ("list", a_list()), ("union", a_union())):
        attempt(label, f)


def access() -> None:
    v = vec[i64]([10, 20, 30, 40])
    print(v[0], v[3], v[-1], v[-4])
    for i in (4, -5, 100):
        def get() -> Iterator[object]:
            yield v[i]
        attempt(f"get {i}", get())

        def put() -> Iterator[object]:
            v[i] = 1
            yield v
        attempt(f"set {i}", put())
    v[1] = 21
    v[-1] = 41
    print(v, v[1:], v[:-1], v[::-1], v[::2], v[1:3], v[3:1], v[-100:100], v[5:], v[-2:-1], v[3:0:-2])

    def step0() -> Iterator[object]:
        yield v[::0]
    attempt("step 0", step0())
    print(10 in v, 21 in v, 99 in v, 2 in vec[i64](), "x" in vec[str](["x"]), None in vec[Node | None]([None]))
    o: object = v
    print(30.0 in v, 2.5 in v, "10" in v, isinstance(o, vec), isinstance(o, list))
    IntVec = vec[i64]
    print(IntVec([4]), IntVec())
    print([x for x in v], list(v), sum(v), sorted(vec[i64]([3, 1, 2])), list(vec[i64]()))
    f = vec[float]([0.5, 1.5])
    f[0] = 2.25
    print(f[0] + f[1], f, len(f))
    s = vec[str](["a", "b"])
    s[1] = "c"
    print(s, s[1], "".join(s))
    ns = vec[Node | None]([None] * 3)
    ns[1] = Node("m")
    n = ns[1]
    print(ns, n.name if n is not None else "-", ns[0] is None)
    grid = vec[vec[i64]]([vec[i64]([1, 2]), vec[i64]([3])])
    grid[1][0] = 33
    print(grid, grid[0][1], grid[1][0], len(grid[0]), grid[0][:1])
    print(sieve(1000), sieve(2))


def growth() -> None:
    v = vec[i64]()
    caps: list[i64] = []
    for i in range(20):
        v = append(v, i)
        caps.append(capacity(v))
    print(v, caps)
    # a vec and the one append made from it share a buffer while it has room
    a = vec[i64]([1, 2, 3], capacity=6)
    b = append(a, 4)
    c = append(a, 5)
    print(a, b, c, a is b)
    d = extend(a, [7, 8])
    print(b, d, capacity(d), capacity(extend(vec[i64]([1]), range(20))))
    full = vec[i64]([1, 2])
    g = append(full, 3)
    h = append(full, 4)
    print(full, g, h, capacity(g))
    print(extend(vec[i64](), []), extend(vec[i64]([1]), vec[i64]([2, 3])), extend(vec[i64]([1]), gen(3)))
    print(append(vec[str](), "s"), append(vec[Node | None]([None]), Node("n")), append(vec[float](), 1.0))


def popping() -> None:
    v = vec[i64]([1, 2, 3, 4])
    w, x = pop(v)
    print(w, x, v, capacity(w))
    w, x = pop(v, 0)
    print(w, x, v)
    w, x = pop(v, -2)
    print(w, x, v)
    for i in (4, -5):
        def bad() -> Iterator[object]:
            yield pop(v, i)
        attempt(f"pop {i}", bad())

    def empty() -> Iterator[object]:
        yield pop(vec[i64]())
    attempt("pop empty", empty())
    r = vec[i64]([5, 6, 5, 7])
    print(remove(r, 5), r, remove(r, 7), r)

    def missing() -> Iterator[object]:
        yield remove(r, 99)
    attempt("remove", missing())
    strs = vec[str](["a", "b"])
    print(remove(strs, "b"), pop(strs))

    def missing_str() -> Iterator[object]:
        yield remove(strs, "z")
    attempt("remove str", missing_str())


def equality() -> None:
    a = vec[i64]([1, 2])
    print(a == a, a == vec[i64]([1, 2]), a == vec[i64]([1]), a == vec[i64]([1, 3]), a != vec[i64]([1, 2]))
    print(vec[str](["x"]) == vec[str](["x"]), vec[float]([1.0]) == vec[float]([1.0]), vec[i64]() == vec[i64]())
    print(vec[float]([float("nan")]) == vec[float]([float("nan")]))

    def unhashable() -> Iterator[object]:
        yield hash(a)
    attempt("hash", unhashable())


construction()
unsupported()
access()
growth()
popping()
equality()
