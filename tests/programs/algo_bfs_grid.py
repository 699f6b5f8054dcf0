# Breadth-first search on a text maze using a list as a queue and a dict of parents.

MAZE = [
    "S.#......",
    ".##..###.",
    "...#...#.",
    ".#...#.#.",
    ".####.#..",
    "......#.E",
]


def find(ch: str) -> tuple[int, int]:
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return (r, c)
    raise ValueError(ch)


start = find("S")
end = find("E")
print("start", start, "end", end)
parent: dict[tuple[int, int], tuple[int, int]] = {}
queue = [start]
seen = {start}
head = 0
while head < len(queue):
    cur = queue[head]
    head += 1
    if cur == end:
        break
    r, c = cur
    for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(MAZE) and 0 <= nc < len(MAZE[0]) and MAZE[nr][nc] != "#":
            if (nr, nc) not in seen:
                seen.add((nr, nc))
                parent[(nr, nc)] = cur
                queue.append((nr, nc))
print("explored", head, "cells")
path = [end]
while path[-1] != start:
    path.append(parent[path[-1]])
path.reverse()
print("length", len(path) - 1)
print(path)
grid = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    grid[r][c] = "*"
for row in grid:
    print("".join(row))
