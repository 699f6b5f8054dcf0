"""Generators made for a zip(), enumerate(), map() or filter() loop, or for
list()/dict() of a zip, are closed when the loop ends or is left early, as
CPython drops them; sorted(), max() and sum() exhaust theirs."""

from typing import Iterator


def g(tag: str) -> Iterator[int]:
    try:
        for i in range(5):
            yield i
    finally:
        print("cleanup", tag)


for i, x in enumerate(g("enum")):
    if i == 1:
        break
print("a")
for x, y in zip(g("zip"), [1, 2]):
    print(x, y)
print("b")
print(list(zip(g("listzip"), "ab")))
print("c")
print(dict(zip("xy", g("dictzip"))))
print("d")
for x in map(lambda v: v * 2, g("map")):
    if x > 2:
        break
print("e")
for x in filter(lambda v: v % 2 == 1, g("filter")):
    break
print("f")
print(sorted(g("sorted")))
print(max(g("max")))
print(sum(x for x in g("sumgen") if x > 2))
print("end")
