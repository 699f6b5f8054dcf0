"""isinstance() chains in a generic class: each copy (T = float, int, str)
lowers only the branch its type takes; the others are not even typed right
for it (n: int = x of a float)."""
from typing import Generic, TypeVar

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, x: T) -> None:
        self.x = x

    def show(self) -> str:
        x = self.x
        if isinstance(x, float):
            return f"float {x}"
        elif isinstance(x, int):
            n: int = x
            return f"int {n + 1}"
        return "other"


print(Box(1.5).show(), Box(2).show(), Box("s").show())
