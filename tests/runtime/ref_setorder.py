"""CPython's output for test_setorder.c (same operations, same order)."""

seed = 42


def rnd(n: int) -> int:
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


def random_set(n: int, rng: int, scale: int) -> set[int]:
    s: set[int] = set()
    for _ in range(n):
        s.add((rnd(rng) - rng // 2) * scale)
    return s


def churn(s: set[int], rounds: int, rng: int) -> None:
    for _ in range(rounds):
        v = rnd(rng)
        if rnd(3) == 0:
            s.discard(v)
        else:
            s.add(v)


for rnd_i in range(6):
    scale = 1 if rnd_i < 3 else 1000003 * rnd_i
    a = random_set(5 + rnd(40), 200, scale)
    b = random_set(3 + rnd(60), 200, scale)
    print(a)
    print(b)
    print(a | b)
    print(a & b)
    print(a - b)
    print(b - set())
    print(a ^ b)
    churn(a, 300, 64)
    print(a)
    c = a.copy()
    for _ in range(5):
        if c:
            c.pop()
    print(c)
    c.update(b)
    print(c)
    c.clear()
    c.add(7)
    print(c)
print({1.5, -0.25, 3.0, 1e100, 2.0, 0.1})
t = set()
for _ in range(12):
    x = rnd(10)
    t.add((x, rnd(10) - 5))
print(t)
print({True, False})
d: dict[int, set[int]] = {}
for _ in range(40):
    k = rnd(30)
    if rnd(4) == 0:
        d.pop(k, None)
    else:
        d[k] = set()
print(d)
print(list(d.keys()))
