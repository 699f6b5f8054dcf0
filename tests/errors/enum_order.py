# error: 10:7: Unsupported left operand type for < ("Color")
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


print(Color.RED < Color.GREEN)
