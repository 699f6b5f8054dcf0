"""slice objects: made by slice(), read, compared, printed, and used to
index, assign and delete; a class's __getitem__ gets one from `[a:b]`."""

from __future__ import annotations

from collections.abc import Sequence


class Window:
    """A sequence of squares whose __getitem__ takes an int or a slice."""

    def __init__(self, n: int) -> None:
        self.items = [i * i for i in range(n)]

    def __getitem__(self, key: int | slice) -> int | list[int]:
        if isinstance(key, slice):
            print("  got", key, key.indices(len(self.items)))
            return self.items[key]
        return self.items[key]


def attempt(what: str, seq: list[int], s: slice) -> None:
    try:
        print(what, seq[s])
    except (TypeError, ValueError) as e:
        print(what, type(e).__name__, e)


def first_half(xs: Sequence[int]) -> Sequence[int]:
    half = slice(None, len(xs) // 2)
    return xs[half]


def every(step: int = 2, cut: slice = slice(None, None, 2)) -> slice:
    return cut if step == 2 else slice(None, None, step)


s = slice(1, 5)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(3), slice(None, 3), slice(1, None, -1), slice("a", "b", 2.5))
other: object = 1
print(slice(1, 5) == s, slice(1, 6) == s, s != slice(1, 5), s == other, slice(3) == slice(None, 3))
print(isinstance(s, slice), type(s).__name__, type(s) is slice)

xs = list(range(10))
print(xs[s], xs[slice(None, None, -3)], xs[slice(-3)], xs[slice(True, 4)])
print("abcdefgh"[s], b"abcdefgh"[s], bytearray(b"abcdefgh")[slice(None, None, 2)])
print(range(20)[slice(2, 15, 4)], list(range(20)[s]))
ts: tuple[int, ...] = (10, 20, 30, 40, 50)
print(ts[s], ts[slice(None, None, -1)])
print(first_half([1, 2, 3, 4, 5, 6, 7]), first_half((1, 2, 3)), first_half(range(8)))

for n in (0, 3, 10):
    for sl in (s, slice(None), slice(-2, None), slice(None, None, -1), slice(8, 1, -2), slice(-100, 100)):
        print(n, sl, sl.indices(n))

ys = list(range(8))
ys[slice(1, 3)] = [100, 200, 300]
print(ys)
ys[slice(None, None, 2)] = [0] * 5
print(ys)
del ys[slice(5, None)]
print(ys)
ba = bytearray(b"hello world")
ba[slice(0, 5)] = b"HOWDY"
del ba[slice(None, None, 3)]
print(ba)

attempt("step 0:", xs, slice(1, 2, 0))
attempt("str bound:", xs, slice("a", 2))
attempt("float stop:", xs, slice(1, 2.5))
attempt("step first:", xs, slice("a", 1, 0))
for bad in (slice(1, 2, 0), slice("x", 1)):
    try:
        print(bad.indices(4))
    except (TypeError, ValueError) as e:
        print("indices", type(e).__name__, e)
try:
    print(s.indices(-1))
except ValueError as e:
    print("indices ValueError", e)
try:
    print(hash(s))
except TypeError as e:
    print("hash TypeError", e)
try:
    ys[slice(None, None, 2)] = [1]
except ValueError as e:
    print("assign ValueError", e)

w = Window(10)
print(w[3], w[2:8:2], w[::-3], w[s], w[:0])
print(every(), every(3), xs[every()], xs[every(4)])
cuts = {"head": slice(None, 2), "tail": slice(-2, None)}
print({k: xs[v] for k, v in cuts.items()}, [c.stop for c in cuts.values()])
