"""`if TYPE_CHECKING:` as typed code writes it: imports only the type
checker needs (here of a module that prints when imported: CPython never
imports it, so neither does the compiled program), TYPE_CHECKING as a value,
and `if not TYPE_CHECKING` with nothing to compile under it."""
from __future__ import annotations

import typing
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from noisy import Shape


def total(xs: Sequence[int]) -> int:
    if TYPE_CHECKING:
        unused: int = 0
        print("never", unused)
    else:
        pass
    return sum(xs)


def describe(s: Shape | None) -> str:
    return "no shape" if s is None else s.name()


if not TYPE_CHECKING:
    pass
elif typing.TYPE_CHECKING:
    print("never either")

print(total([1, 2, 3]), total(range(5)))
print(describe(None))
print(TYPE_CHECKING, typing.TYPE_CHECKING, not TYPE_CHECKING)
flags = [TYPE_CHECKING, True]
print(flags, any(flags), flags.count(TYPE_CHECKING))
