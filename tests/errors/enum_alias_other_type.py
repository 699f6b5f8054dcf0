# error: 7:5: enum alias ONE of N with a value of another type
from enum import Enum


class Count(Enum):
    N = 1
    ONE = 1.0
