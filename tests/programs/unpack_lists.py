"""Unpacking lists (not only tuples) in for loops, comprehensions, nested
targets, dict items, enumerate and zip: each item is unpacked by its own type."""

rows: list[list[int]] = [[1, 2], [3, 4]]
for a, b in rows:
    print(a + b)
pairs = [[1, 2, 3]]
try:
    for x, y in pairs:
        print(x, y)
except ValueError as e:
    print("ValueError:", e)
print([p + q for p, q in rows])
d = {"k": [5, 6]}
for key, (m, n) in d.items():
    print(key, m * n)
for i, (u, v) in enumerate(rows):
    print(i, u - v)
for (s1, s2), t in zip([("a", "b")], [1.5]):
    print(s1 + s2, t)
grid = {(1, 2): [3, 4]}
for (gx, gy), (h1, h2) in grid.items():
    print(gx + gy + h1 + h2)
print({k: a * b for k, (a, b) in {"z": [2, 3]}.items()})
