# error: 16:7: classmethods of Box are not supported
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v

    @classmethod
    def of(cls, v: T) -> "Box[T]":
        return cls(v)


print(Box.of(3).v)
