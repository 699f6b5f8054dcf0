"""with: __exit__ that swallows, that raises (its exception takes the one
being handled as __context__), continue/return through it; KeyError of None,
tuple and float keys raised by dict and set operations."""

from types import TracebackType


class Quiet:
    def __init__(self, swallow: bool) -> None:
        self.swallow = swallow

    def __enter__(self) -> "Quiet":
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None,
                 tb: TracebackType | None) -> bool:
        print("exit", e is not None, repr(e))
        return self.swallow


class Bad:
    def __enter__(self) -> "Bad":
        return self

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None,
                 tb: TracebackType | None) -> None:
        raise RuntimeError("from exit")


with Quiet(True):
    raise ValueError("swallowed")
print("after swallow")
try:
    with Quiet(False):
        raise ValueError("kept")
except ValueError as e:
    print("kept", e)
try:
    with Bad():
        raise KeyError("inner")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))


def loop() -> int:
    for i in range(5):
        with Quiet(True):
            if i == 1:
                continue
            if i == 3:
                return i
            raise IndexError(i)
    return -1


print(loop())
d: dict[int | None, str] = {1: "a"}
try:
    d[None]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    d.pop(5)
except KeyError as e:
    print(repr(e), e.args)
t: dict[tuple[int, str], int] = {}
try:
    t[(1, "x")] += 1
except KeyError as e:
    print(repr(e), str(e), e.args)
s: set[float] = set()
try:
    s.remove(1.5)
except KeyError as e:
    print(repr(e), str(e), e.args)
