# Keeps about 80 MiB alive at once (10 million unboxed ints in 200 lists, plus
# their sums as text), more than the 64 MiB an image gets by default: on
# `unix` the default heap is the machine's, as under CPython.

ROWS = 200
WIDTH = 50_000

rows: list[list[int]] = []
labels: list[str] = []
for r in range(ROWS):
    rows.append([r * WIDTH + i for i in range(WIDTH)])
    labels.append(str(sum(rows[-1])) * 20)
total = 0
for row in rows:
    total += sum(row)
print(len(rows), total, sum(len(s) for s in labels))
print(rows[123][4567], labels[7][:12])
