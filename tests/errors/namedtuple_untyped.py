# error: 4:1: namedtuple Pair has untyped fields (Any)
from collections import namedtuple

Pair = namedtuple("Pair", ["a", "b"])
print(Pair(1, 2))
