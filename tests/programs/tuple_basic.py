# Tuples: packing, unpacking, indexing, slicing, comparison, as dict keys, swapping.

t = (1, "two", 3.0, True, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], (), (1,), (1, 2) + (3,), (0,) * 3)
a, b, c, d, e = t
print(a, b, c, d, e)
x, y = 1, 2
x, y = y, x
print(x, y)
lst = [1, 2, 3, 4]
first, rest = lst[0], lst[1:]
print(first, rest)
(p, q), r = (10, 20), 30
print(p, q, r)
print((1, 2) < (1, 3), (1, 2, 3) > (1, 2), (2,) > (1, 99), ("a", 1) < ("a", 2), (1, 2) == (1, 2))
points = [(3, 4), (1, 2), (3, 1), (0, 9)]
print(sorted(points), max(points), min(points, key=lambda pt: pt[1]))
grid: dict[tuple[int, int], str] = {}
for i in range(2):
    for j in range(3):
        grid[(i, j)] = f"{i}{j}"
print(grid, grid[1, 2], (0, 0) in grid, len(grid))


def divmod_and_sum(n: int, m: int) -> tuple[int, int, int]:
    q, r = divmod(n, m)
    return q, r, q + r


for n in [17, 100, 7]:
    res = divmod_and_sum(n, 5)
    print(n, res, res[2], list(res))
print((1, 2, 2, 3).count(2), (5, 6, 7).index(7), 6 in (5, 6, 7), tuple([4, 5]), tuple(range(3)))
nested = ((1, 2), (3, (4, 5)))
print(nested, nested[1][1][0], len(nested[1]))
for name, score in [("a", 1), ("b", 2)]:
    print(name, score)
