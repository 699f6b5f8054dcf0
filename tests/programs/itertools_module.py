"""itertools: every function the subset has, with its edge cases and CPython's ValueErrors."""

import itertools
from typing import Iterator
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, takewhile,
                       tee, zip_longest)

print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)), list(repeat(1, -1)), list(islice(repeat(2.5), 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1.5, 2.0])), list(accumulate(["a", "b", "c"])))
print(list(accumulate([3, 1, 4, 1, 5], lambda a, b: max(a, b))), list(accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(accumulate([], initial=5)), list(accumulate([2, 3], initial=100)), list(accumulate([1, 2], lambda s, x: s + str(x), initial="")))
print(list(chain([1, 2], (3,), range(4, 6))), list(chain("ab", "cd", "e")), list(chain()), list(chain([[1], [2]])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress([1, 2, 3], [True])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"][:2])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
gs = list(groupby("aabbb"))
print([(k, list(g)) for k, g in gs])
it = groupby([1, 1, 2, 2, 3])
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 4)), list(islice("abcdefg", 2, None)),
      list(islice("abcdefg", 0, None, 2)), list(islice("abcdefg", None)), list(islice("abc", 1, 100, 5)))
src = iter(range(10))
print(list(islice(src, 3)), next(src), list(islice(src, 1, 3)), next(src))
for bad in [(-1, 2, 1), (0, -2, 1), (0, -1, 1), (0, 2, 0), (0, 2, -1), (-1, -1, 0)]:
    try:
        islice([1], bad[0], bad[1], bad[2])
    except ValueError as e:
        print(type(e).__name__, e)
for stop in (-5, -1):
    try:
        islice([1], stop)
    except ValueError as e:
        print(type(e).__name__, e)
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise([])))
a, b = tee([1, 2, 3])
print(next(a), list(b), list(a), len(tee("x", 3)), tee([1], 0))
try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip_longest([1, 2, 3], "ab")), list(zip_longest("a", [1.5, 2.5], fillvalue="-")))
print(list(zip_longest([1], [2, 3], [4, 5, 6])), list(zip_longest([1], [], ["z"], fillvalue=0)))
print(list(product([1, 2], "ab")), list(product(range(2), repeat=2)), list(product("a")))
print(list(product([1, 2], [3], [True, False])), list(product([1], [2], repeat=2)), list(product([], [1])))
try:
    product([1], repeat=-1)
except ValueError as e:
    print(type(e).__name__, e)
print(list(permutations([1, 2, 3])), list(permutations("abc", 2)), list(permutations([1], 2)), list(permutations([], 0)))
print(list(combinations("abcd", 2)), list(combinations(range(4), 3)), list(combinations([1], 0)), list(combinations([1], 2)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 1)), list(combinations_with_replacement([], 0)))
for i in range(3):
    try:
        permutations([1], -1) if i == 0 else combinations([1], -1) if i == 1 else combinations_with_replacement([1], -1)
    except ValueError as e:
        print(type(e).__name__, e)
x, y = next(permutations([7, 8]))
print(x + y, sum(len(c) for c in combinations(range(6), 3)), next(itertools.islice([1, 2], 1)))
print(sum(1 for _ in permutations(range(5))), len(list(combinations(range(10), 4))))
print(list(chain.from_iterable(["ab", "cd"])), list(chain.from_iterable([[1], [], [2, 3]])))
ch = chain([1], [2, 3])
print(next(ch), list(ch), [x * 2 for x in chain(range(2), range(5, 6))])
print(list(itertools.chain.from_iterable(itertools.combinations([1, 2, 3], 2))))


def squares(n: int) -> Iterator[int]:
    for i in range(n):
        print("make", i)
        yield i * i


print(list(cycle([])), list(groupby([])), list(islice(squares(10), 1, 3)))
lazy = dropwhile(lambda x: x < 4, squares(4))
print("made")
print(next(lazy), list(lazy))
print(list(zip_longest(squares(2), "abc", fillvalue=-1)), list(pairwise(squares(3))))
t1, t2 = tee(squares(2))
print(list(t1), list(t2))
print(list(accumulate(squares(3), lambda a, b: a - b)), list(compress(count(), [0, 1, 1, 0, 1])))
print(list(islice(permutations(range(4), 4), 20, 24)), list(combinations_with_replacement(range(3), 3))[-3:])

# chain takes any number of iterables (*iterables)
chain_parts = [[1, 2], [3], [], [4, 5], [6], [7, 8], [9]]
print(list(chain(*chain_parts)), list(chain()), list(chain("ab", "cd")), list(chain.from_iterable(chain_parts)))
print(sum(chain([1.5], [2.5])), list(chain(range(2), [5], (7, 8))))
