"""itertools.starmap: a function applied to the items of each tuple, consumed
in a loop, kept as an iterator, over zip and lists of pairs; builtins,
methods, lambdas and functions of one to four parameters; f and the
iterable evaluated when starmap is called, items taken lazily."""
import itertools
import operator
from itertools import starmap


def area(w: int, h: int) -> int:
    return w * h


def describe(name: str, n: int, unit: str) -> str:
    return f"{name}={n}{unit}"


def shout(word: str) -> str:
    return word.upper() + "!"


def four(a: int, b: float, c: str, d: bool) -> str:
    return f"{a}/{b}/{c}/{d}"


def noisy(xs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    print("iterable made")
    return xs


pairs = [(2, 3), (4, 5), (0, 7)]
print(list(starmap(area, pairs)), list(itertools.starmap(pow, [(2, 5), (3, 2), (10, -1)])))
print(list(starmap(operator.add, zip([1, 2, 3], [10, 20, 30]))), list(starmap(max, [(1, 9), (8, 2)])))
print([s for s in starmap(describe, [("a", 1, "m"), ("b", 22, "kg")])], list(starmap(shout, [("hi",), ("yo",)])))
print(list(starmap(four, [(1, 2.5, "x", True)])), list(starmap(lambda a, b: a - b, pairs)))
total = 0
for v in starmap(area, pairs):
    total += v
print(total, sum(starmap(area, pairs)), max(starmap(area, pairs)))
it = starmap(area, noisy([(1, 1), (2, 2), (3, 3)]))
print("made")
print(next(it), next(it), list(it), list(it))
names = starmap(str.replace, [("banana", "a", "o"), ("apple", "p", "")])
print(list(names), list(starmap(divmod, [(17, 5), (-7, 2)])))
try:
    print(list(starmap(divmod, [(1, 1), (1, 0)])))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
words = {"a": 1, "bb": 2}
print(list(starmap(lambda k, v: k * v, words.items())), dict(starmap(lambda k, v: (v, k), words.items())))
