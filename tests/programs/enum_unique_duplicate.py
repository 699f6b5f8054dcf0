# @enum.unique raises ValueError when the class statement runs if a member is an alias;
# the members before it exist already, as in CPython.
import enum
from enum import Enum, unique


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine), Fine.B)


@enum.unique
class Dup(Enum):
    A = 1
    B = "b"
    C = 1
    D = "b"


print("not reached")
