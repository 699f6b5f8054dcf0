"""Augmented assignment on a list, bytearray, set or dict changes the object
in place, as CPython's __iadd__/__imul__/__ior__/__isub__/__iand__/__ixor__
do: every name bound to it sees the change.  Other types rebind."""


class Holder:
    def __init__(self) -> None:
        self.tags = {"a"}
        self.items = [1]


a = {1}
b = a
a |= {2}
a -= {1}
a ^= {5, 2}
a &= {5, 6}
print(a, b, a is b)
a |= {7, 8}
print(sorted(b))
d = {"x": 1}
e = d
d |= {"y": 2}
d |= [("z", 3)]
print(d, e, d is e)
xs = [1, 2]
ys = xs
xs *= 2
print(xs, ys, xs is ys)
xs *= 0
print(xs, ys)
ba = bytearray(b"ab")
bb = ba
ba *= 3
print(ba, bb)
ba *= -1
print(ba, bb, len(bb))
h = Holder()
alias = h.tags
h.tags |= {"b"}
h.items *= 3
print(sorted(alias), h.items)
rows = [{1}, {2}]
first = rows[0]
rows[0] |= {9}
print(first, rows)
t: tuple[int, ...] = (1, 2)
u = t
t += (3,)
print(t, u)
s = "ab"
r = s
s *= 2
print(s, r)
so: set[object] = {"z", 3}
mixed: set[object] = {1, 2}
mixed |= so
mixed -= {"z"}
print(sorted(map(str, mixed)))
