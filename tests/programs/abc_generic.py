# Sequence[T] and Mapping[K, V] with type variables: each copy of a generic
# function or class (irbuild/generic.py) reads the items in its own kinds.
from typing import Generic, Mapping, Sequence, TypeVar

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

def first(xs: Sequence[T]) -> T:
    return xs[0]

def last_two(xs: Sequence[T]) -> Sequence[T]:
    return xs[-2:]

def lookup(m: Mapping[K, V], k: K, d: V) -> V:
    return m.get(k, d)

class Table(Generic[T]):
    def __init__(self, rows: Sequence[T]) -> None:
        self.rows = rows

    def pick(self, i: int) -> T:
        return self.rows[i]

print(first([1, 2]), first(("a", "b")), first([1.5]), first(range(3, 4)), first("xyz"), first(b"A"))
print(last_two([1, 2, 3]), last_two((4, 5, 6)), last_two("abc"), last_two(range(5)))
print(lookup({"a": 1}, "a", 0), lookup({1: "x"}, 2, "dflt"), lookup({1.5: 2.5}, 1.5, 0.0))
t = Table([1, 2, 3])
u = Table(("p", "q"))
print(t.pick(-1), u.pick(0), Table(range(4)).pick(2))
