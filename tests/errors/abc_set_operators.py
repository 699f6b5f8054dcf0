# error: 8:11: operator '|' on typing.AbstractSet[int] and typing.AbstractSet is not supported
# The operators of AbstractSet (| & - ^) and MutableSet's methods are not
# compiled on a value typed by the abstract type: give it its set type.
from collections.abc import Set


def union(a: Set[int], b: Set[int]) -> None:
    print(a | b)


union({1}, {2})
