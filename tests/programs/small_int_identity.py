"""Ints from -5 to 256 held as objects are one object each, as in CPython:
`is` between two boxings of such an int is True, and their id()s agree."""


def same(a: object, b: object) -> bool:
    return a is b


def echo(x: object) -> object:
    return x


i = 10
j = 5 + 5
big = 10 ** 6
print(same(i, j), same(echo(i), i), id(echo(i)) == id(echo(j)), same(-5, -5), same(256, 256))
print(same(i, 11), same(echo(-6), echo(-6)) == same(echo(-6), echo(-6)))
xs: list[object] = [1, 2, 3]
print(xs[0] is xs[0], echo(xs[1]) is echo(2), [x == 2 for x in xs])
counts: dict[object, int] = {}
for k in [1, 2, 1, 300, 300]:
    counts[k] = counts.get(k, 0) + 1
print(counts, big > 0)
