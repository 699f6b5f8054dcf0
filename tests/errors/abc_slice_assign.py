# error: 7:5: item assignment on typing.MutableSequence[int] is not supported
# Slice assignment through MutableSequence is not compiled (item assignment is).
from collections.abc import MutableSequence


def head(xs: MutableSequence[int]) -> None:
    xs[0:1] = [9]


head([1, 2])
