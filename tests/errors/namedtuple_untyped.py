# error: 4:1: namedtuple Pair: field 'a' is constructed with values of different types
from collections import namedtuple

Pair = namedtuple("Pair", ["a", "b"])
print(Pair(1, 2), Pair("one", 2))
