"""A submodule read and assigned through its package's name."""

factor = 3


def scale(n: int) -> int:
    return n * factor
