# error: 19:1: multiple inheritance from a generic class (Box)
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item


class Labelled:
    label = "box"

    def show(self) -> str:
        return self.label


class LabelledBox(Box[int], Labelled):
    pass


print(LabelledBox(3).show())
