# error: 5:1: namedtuple Pair: the type of field 'a' cannot be inferred: no construction of it gives that field
from collections import namedtuple


Pair = namedtuple("Pair", "a b")
print(Pair._fields)
