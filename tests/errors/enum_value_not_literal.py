# error: 8:11: enum member values must be literals or auto()
from enum import Enum

BASE = 10


class Level(Enum):
    LOW = BASE + 1
    HIGH = 20
