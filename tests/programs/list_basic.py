# list creation, indexing, assignment, len, +, *, in, printing, aliasing.

xs = [3, 1, 4, 1, 5, 9, 2, 6]
print(xs, len(xs), xs[0], xs[-1], xs[2:5], xs[::-1], xs[::3])
xs[0] = 30
xs[-1] = 60
print(xs)
ys = xs + [7, 8]
print(ys, xs * 2 if len(xs) < 10 else [], [0] * 5, [] * 3)
print(4 in xs, 99 in xs, 99 not in xs, xs == [30, 1, 4, 1, 5, 9, 2, 60], xs != ys)
alias = xs
alias.append(100)
copy = xs[:]
copy.append(-1)
print(xs, alias is xs, copy, len(copy))
empty: list[int] = []
print(empty, len(empty), not empty, bool(xs))
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = i + 1
    grid[i][2 - i] += 10
print(grid)
words = ["a", "list", "of", "words"]
print(words, [len(w) for w in words], words[1][2], " ".join(words))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [[1]] == [[1]])
mixed: list[float] = [1.5, 2.0, 3.25]
print(mixed, sum(mixed))
nested: list[list[str]] = [["x"], [], ["y", "z"]]
print(nested, sum(len(n) for n in nested), [n[0] for n in nested if n])
total = 0
for v in xs:
    total += v
print("total", total, sum(xs), max(xs), min(xs))
