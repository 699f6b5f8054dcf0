# Conway's Game of Life on a small torus, stored as a set of (row, col) tuples.

ROWS = 8
COLS = 10


def step(alive: set[tuple[int, int]]) -> set[tuple[int, int]]:
    counts: dict[tuple[int, int], int] = {}
    for r, c in alive:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % ROWS, (c + dc) % COLS)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in alive)}


def render(alive: set[tuple[int, int]]) -> str:
    return "\n".join("".join("#" if (r, c) in alive else "." for c in range(COLS)) for r in range(ROWS))


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
blinker = {(5, 6), (5, 7), (5, 8)}
world = glider | blinker
for gen in range(5):
    print(f"gen {gen}: {len(world)} cells, {sorted(world)[:4]}")
    print(render(world))
    world = step(world)
