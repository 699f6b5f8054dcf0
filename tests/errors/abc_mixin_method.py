# error: 19:12: index() on typing.Sequence[int] is not supported by unicc where it may be a Ring, which does not define index
# A compiled Sequence that leaves index() to collections.abc's mixin: the
# mixin methods are not compiled, so where a Ring may be the object, calling
# one is a located error (defining index() in Ring compiles it).
from collections.abc import Sequence


class Ring(Sequence[int]):
    def __len__(self) -> int:
        return 3

    def __getitem__(self, i: int) -> int:  # type: ignore[override]
        if not -3 <= i < 3:
            raise IndexError("ring index out of range")
        return i % 3


def find(xs: Sequence[int]) -> int:
    return xs.index(2)


print(find(Ring()), find([1, 2]))
