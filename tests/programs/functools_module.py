"""functools: reduce (with and without an initial value, its TypeError), cmp_to_key with sorted, min and list.sort."""

import functools
from functools import cmp_to_key, reduce


def add(a: int, b: int) -> int:
    return a + b


def by_len_then_desc(a: str, b: str) -> int:
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)


print(reduce(add, [1, 2, 3, 4]), reduce(add, [5]), reduce(add, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, s: acc + len(s), ["ab", "c"], 0), reduce(lambda a, b: a + b, ["x", "y", "z"]))
print(reduce(lambda a, b: max(a, b), [3.5, 1.0, 7.25]), functools.reduce(lambda a, x: a + [x * 2], [1, 2], [0]))
try:
    reduce(add, [])
except TypeError as e:
    print(type(e).__name__, e)
def desc(a: int, b: int) -> int:
    return b - a


def asc(a: int, b: int) -> int:
    return a - b


words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_desc)))
print(sorted([5, 1, 4], key=cmp_to_key(desc)), min([3, 1, 2], key=cmp_to_key(asc)))
k = cmp_to_key(asc)
print(k(1) < k(2), k(2) <= k(2), k(3) > k(2), k(1) >= k(2), k(4) == k(4), k(4) == k(5))
xs = [3, 1, 2]
xs.sort(key=cmp_to_key(asc), reverse=True)
print(xs)
