# dict views: live (a view kept in a variable follows the dict), printed as
# CPython prints them, with len, in, ==, iteration, unpacking, Mapping views.
from typing import Iterable, Mapping, KeysView, ItemsView, ValuesView, Sized, Collection


def total(xs: Iterable[int]) -> int:
    return sum(xs)


def size(c: Sized) -> int:
    return len(c)


def show(m: Mapping[str, int]) -> None:
    k = m.keys()
    print(k, m.values(), m.items(), len(k), "a" in k, ("a", 1) in m.items())
    for key in m.keys():
        print(key, end=" ")
    for key, val in m.items():
        print(key, val, end=" ")
    print()


d: dict[str, int] = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
it = d.items()
d["c"] = 3
print(k, v, it)
print(len(k), len(v), len(it), "a" in k, "z" in k, ("a", 1) in it, ("a", 2) in it, 3 in v, 9 in v)
print(sorted(k), sorted(v), sorted(it), list(k), tuple(v), set(k) == {"a", "b", "c"})
print(k == {"a", "b", "c"}, {"a", "b", "c"} == k, k == d.keys(), it == d.items(), v == d.values(), v == v)
print(k != {"a"}, max(v), min(k), sum(v), total(v), size(k), size(it), ",".join(k))
print(list(zip(k, v)), list(enumerate(it)), [x * 2 for x in v], {x: 1 for x in k})
for key in k:
    print(key, end=" ")
print()
for key, val in it:
    print(key, val, end=" ")
print()
x, y, z = k
print(x, y, z, list(reversed(k)), list(reversed(v)), list(reversed(it)))
del d["a"]
print(k, v, it, len(k))
show(d)
kv: KeysView[str] = d.keys()
iv: ItemsView[str, int] = d.items()
vv: ValuesView[int] = d.values()
print(kv, iv, vv, len(kv), "b" in kv)
c: Collection[str] = d.keys()
print(c, len(c), "b" in c)
o: object = d.values()
print(o)
e: dict[int, float] = {}
print(e.keys(), e.values(), e.items(), 1 in e.keys(), (1, 2.0) in e.items())
e[1] = 2.5
print(e.keys(), e.items(), (1, 2.5) in e.items(), (1.0, 2.5) in e.items())
try:
    hash(d.keys())
except TypeError as ex:
    print("TypeError", ex)


def grow(n: int) -> None:
    d: dict[int, str] = {}
    keys = d.keys()
    items = d.items()
    for i in range(n):
        d[i * 7 % 5] = str(i)
        print(len(keys), sorted(keys), sorted(items))
    d.clear()
    print(keys, items, len(items))


grow(6)
