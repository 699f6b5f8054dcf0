# Collatz sequences: lots of integer arithmetic and a dict cache.

cache: dict[int, int] = {1: 0}


def steps(n: int) -> int:
    path: list[int] = []
    while n not in cache:
        path.append(n)
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
    base = cache[n]
    for m in reversed(path):
        base += 1
        cache[m] = base
    return cache[path[0]] if path else base


best = 0
best_n = 0
for n in range(1, 200):
    s = steps(n)
    if n < 30:
        print(n, s)
    if s > best:
        best = s
        best_n = n
print("best", best_n, best)
print("cache size", len(cache))
seq = [27]
while seq[-1] != 1:
    v = seq[-1]
    seq.append(v // 2 if v % 2 == 0 else 3 * v + 1)
print(len(seq), max(seq), seq[:10], seq[-5:])
