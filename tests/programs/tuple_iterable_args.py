"""A variable-length tuple (tuple[T, ...]) wherever an iterable is taken:
the runtime's list parameters get a list of its items, never the tuple."""
t: tuple[int, ...] = tuple([3, 1, 2])
ts: tuple[str, ...] = tuple("cab")
xs = [0]
xs.extend(t)
xs += t
print(xs, ",".join(ts), "".join(sorted(ts)))
s = {9}
s.update(t)
print(sorted(s), s.issuperset(t), s.isdisjoint(t), set(t) == {1, 2, 3})
print(sum(t), min(t), max(t), sorted(t), list(reversed(t)), any(t), all(t), len(t))
print(list(zip(t, ts)), dict(zip(ts, t)), list(enumerate(ts)), 2 in t, "z" in ts)
print(t.count(1), t.index(2), ts.index("b"), t * 2, t[1:], t[::-1])
print(bytes(t), bytearray(t), list(map(str, t)), [x * 2 for x in t], tuple(sorted(t)))
d = {k: 0 for k in ts}
d.update(zip(ts, t))
print(d, frozen if (frozen := tuple(t)) else ())
