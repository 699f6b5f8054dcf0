"""Starred assignment targets: first, *rest / *init, last / a, *mid, z over
lists, tuples, displays, ranges, bytes and generators, in for targets, and
CPython's ValueError when the unstarred targets outnumber the items."""
from typing import Iterator


def gen(n: int) -> Iterator[str]:
    for i in range(n):
        yield str(i)


xs = [1, 2, 3, 4, 5]
first, *rest = xs
print(first, rest)
*init, last = xs
print(init, last)
a, *mid, z = xs
print(a, mid, z)
none: list[int]
a, b, *none = [7, 8]
print(a, b, none)
h, *t = list("hello")
print(h, t)
p, *q = gen(4)
print(p, q)
k, *kv = (1, 2.5, "s")
print(k, kv)
u, *w, v = 1, 2, 3, 4
print(u, w, v)
[m, *ns] = range(3)
print(m, ns)
tt: tuple[int, ...] = (9, 8, 7)
c, *d = tt
print(c, d)
for e, *f in [(1, 2, 3), (4, 5, 6)]:
    print(e, f)
bs = b"\x01\x02\x03"
b0, *brest = bs
print(b0, brest)
one = [1]
try:
    a, b, *c2 = one
except ValueError as err:
    print("ValueError:", err)
try:
    *c3, s1, s2 = gen(1)
except ValueError as err:
    print("ValueError:", err)
