# `[x] * n` and `n * [x]` are one runtime call that also tells LLVM the
# list's length (backend/llvmgen.py); the length must still follow every
# later change, and index checks must still raise where they should.

trace: list[str] = []


def note(s: str, v: int) -> int:
    trace.append(s)
    return v


def histogram(data: list[int]) -> list[int]:
    counts = [0] * 256
    for v in data:
        counts[v & 255] += 1
    return counts


for n in (-3, 0, 1, 5):
    print(n, [7] * n, n * ["ab"], len([None] * n))
print([1.5] * 2, [True] * 3, [(1, "x")] * 2)
grid = [[0]] * 3          # one inner list, three times
grid[0].append(1)
print(grid)
print([note("item", 1)] * note("count", 2), note("count", 2) * [note("item", 3)], trace)
h = histogram([i * 7 for i in range(1000)])
print(sum(h), h[:8], max(h))
xs = [0] * 4
xs.append(9)
print(xs[4], len(xs))
xs.pop()
xs.pop()
try:
    print(xs[3])
except IndexError as e:
    print("IndexError", e)
ys = [5] * 3
try:
    ys[3] = 1
except IndexError as e:
    print("IndexError", e)
print(ys[-3], [0] * (2 ** 3 - 1))
