# error: 5:1: enums deriving from enum.StrEnum are not supported
from enum import StrEnum


class Letter(StrEnum):
    A = "a"
