# error: 7:36: a default value other than a literal for a parameter whose type has a type variable
from typing import TypeVar

T = TypeVar("T")


def pick(x: T, fallback: list[T] = []) -> list[T]:
    fallback.append(x)
    return fallback


print(pick(1), pick(2))
