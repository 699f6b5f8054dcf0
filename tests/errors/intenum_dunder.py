# error: 9:5: Color.__str__: unicc compiles plain methods and read-only properties of an IntEnum
from enum import IntEnum


class Color(IntEnum):
    RED = 1
    GREEN = 2

    def __str__(self) -> str:
        return self.name.lower()


print(Color.RED)
