"""* and ** inside displays: lists, tuples and sets take the items of any
iterable in order; dicts take the items of another dict, later keys replacing
earlier ones and keeping their first place."""
from typing import Iterator


def gen(n: int) -> Iterator[int]:
    for i in range(n):
        yield i * i


a = [1, 2, 3]
t = (4, 5)
s = {7, 8}
print([*a, *t, 0, *gen(3), *"ab".encode()])
print((*a, 9), (*t,), (0, *range(3)))
print(sorted({*a, *t, *s, 1}))
names = [*list("xyz"), "w", *[n.upper() for n in "ab"]]
print(names)
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {"z": 0, **d1, "a": 100})
lens = {k: len(k) for k in names}
print({**{}, **d2}, {**lens, "x": 0})
e: list[int] = [*[], *a]
print(e, [*(x + 1 for x in a)], len([*a, *a]))
objs: list[object] = [*a, *names, None]
print(objs)
nested = [[*a], [*t, *t]]
nested[0].append(99)
print(nested, a)
