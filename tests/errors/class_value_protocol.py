# error: 10:7: using the class 'Sized' as a value is not supported by unicc
"""A Protocol has no class at run time that unicc compiles."""
from typing import Protocol


class Sized(Protocol):
    def size(self) -> int: ...


print(Sized)
