"""A module imported by a branch that runs."""

count = 7


def bump(n: int) -> int:
    return count + n
