# error: 10:9: the items of a list narrowed by isinstance to list[Any] are not supported
# mypy narrows a Sequence[int] by isinstance(xs, list) to list[Any]: which
# kind the list keeps its items in is not known there (a list[bool] is a
# Sequence[int] too).
from collections.abc import Sequence


def grow(xs: Sequence[int]) -> None:
    if isinstance(xs, list):
        xs.append(1)


grow([1])
