"""`a, b = x, y` with a tuple display on the right: mypy records no type for
the display, and each part is read as its item was stored (item targets of a
list or dict, attributes, a name declared object, nested targets)."""


class Point:
    def __init__(self, x: int, y: float) -> None:
        self.x = x
        self.y = y


xs = [1, 2, 3, 4, 5]
i, j = 0, 1
xs[i], xs[-j] = xs[-j], xs[i]
print(xs)
xs[1], xs[2], xs[3] = xs[3], xs[1], xs[2]
print(xs)

words = ["a", "b", "c"]
words[0], words[2] = words[2], words[0]
print(words)

d: dict[str, int] = {"k": 1, "v": 2}
d["k"], d["v"] = d["v"], d["k"]
print(d)

p = Point(3, 4.5)
p.x, p.y = 7, p.y * 2
print(p.x, p.y)

o: object = None
n = 0
o, n = "text", 9
print(o, n)

(a, b), c = (1, "two"), 3.5
print(a, b, c)

grid = [[1, 2], [3, 4]]
grid[0][1], grid[1][0] = grid[1][0], grid[0][1]
print(grid)


def permute(values: list[int], r: int) -> list[int]:
    k = len(values) - r
    values[r], values[-k] = values[-k], values[r]
    return values


print(permute([9, 8, 7, 6], 1))
