# list.sort() and sorted() are CPython 3.11's listsort, comparison for
# comparison: what a NaN, an inconsistent __lt__, one that logs or counts its
# calls, one that raises or changes the list being sorted, sees and leaves.
import random

log: list[int] = []
calls = [0]
limit = [0]   # the call Raising raises on
mode = [0]    # what Meddler does
target: list["Item"] = []


class Item:
    def __init__(self, ident: int, v: int) -> None:
        self.ident = ident
        self.v = v

    def __lt__(self, other: "Item") -> bool:
        log.append(self.ident * 100000 + other.ident)
        return self.v < other.v

    def __repr__(self) -> str:
        return f"{self.v}#{self.ident}"


class Odd(Item):
    """An inconsistent order: the answer depends on the call count."""

    def __lt__(self, other: Item) -> bool:
        calls[0] += 1
        return (self.ident * 31 + other.ident * 17 + calls[0]) % 5 < 2


class Raising(Item):
    """Raises on the call numbered limit[0]."""

    def __lt__(self, other: Item) -> bool:
        calls[0] += 1
        if calls[0] == limit[0]:
            raise RuntimeError(f"call {calls[0]}")
        return self.v < other.v


class Meddler(Item):
    """Looks at, or appends to, the list being sorted."""

    def __lt__(self, other: Item) -> bool:
        if mode[0] == 1:
            log.append(len(target))
        elif mode[0] == 2 and len(log) < 3:
            log.append(len(target))
            target.append(Meddler(99, 0))
        return self.v < other.v


def digest(xs: list[int]) -> int:
    h = 0
    for x in xs:
        h = (h * 1000003 + x) % 1000000007
    return h


def shapes(rng: random.Random, n: int) -> list[tuple[str, list[int]]]:
    rand = [rng.randrange(n * 2 + 1) for _ in range(n)]
    dups = [rng.randrange(4) for _ in range(n)]
    runs: list[int] = []
    while len(runs) < n:
        start, k = rng.randrange(1000), rng.randrange(1, 90)
        step = rng.choice([1, -1, 0, 2, -3])
        runs.extend(start + step * i for i in range(k))
    down = [n - i // 3 for i in range(n)]
    saw = [i % 17 for i in range(n)]
    return [("random", rand), ("dups", dups), ("runs", runs[:n]), ("down", down), ("saw", saw),
            ("up", list(range(n)))]


def logged_sorts(rng: random.Random) -> None:
    for n in [0, 1, 2, 3, 10, 64, 65, 200, 1000]:
        for name, vs in shapes(rng, n):
            items = [Item(i, v) for i, v in enumerate(vs)]
            log.clear()
            items.sort()
            out = [it.ident for it in items]
            if n <= 10:
                print(n, name, len(log), log, out)
            else:
                print(n, name, len(log), digest(log), digest(out))
            log.clear()
            rev = sorted([Item(i, v) for i, v in enumerate(vs)], reverse=True)
            print("  reverse", len(log), digest(log), digest([it.ident for it in rev]))


def nan_sorts(rng: random.Random) -> None:
    nan = float("nan")
    for t in range(200):
        n = rng.randrange(1, 70) if t % 10 else rng.randrange(70, 300)
        xs = [nan if rng.random() < 0.15 else float(rng.randrange(-20, 20)) / 4 for _ in range(n)]
        s = sorted(xs)
        print(t, s if n < 70 else sum(1 for i, x in enumerate(s) if x != x and i % 7 == 0), s[:5], s[-5:])
        ys = list(xs)
        ys.sort(reverse=True)
        print("  ", ys[:8], ys[-8:], [i for i, y in enumerate(ys) if y != y][:10])
        order = sorted(range(n), key=lambda i: xs[i])
        print("  ", order[:20], digest(order))
    print(sorted([2.0, nan, 1.0, 0.5, nan, -1.0, 3.0]), sorted([nan, 2.0, 1.0]), sorted([1.0, nan, 0.0]))
    print(min([2.0, nan, 1.0]), max([2.0, nan, 1.0]), min([nan, 2.0, 1.0]), max([nan, 1.0]))
    print(sorted([(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)]))
    inf = float("inf")
    print(sorted([inf, -inf, nan, 0.0, -0.0, 1e308, nan, -1e-308]))


def odd_sorts(rng: random.Random) -> None:
    for n in [2, 5, 10, 40, 64, 65, 150, 500]:
        for rep in range(2):
            calls[0] = 0
            items: list[Item] = [Odd(i, 0) for i in range(n)]
            rng.shuffle(items)
            if rep:
                items.sort(reverse=True)
            else:
                items.sort()
            out = [it.ident for it in items]
            print(n, rep, calls[0], out if n <= 40 else digest(out))


def raising_sorts(rng: random.Random) -> None:
    for n in [3, 10, 64, 100, 300]:
        for lim in [1, 2, 5, 20, 77, 150, 400, 1500]:
            for rev in [False, True]:
                calls[0] = 0
                limit[0] = lim
                items: list[Item] = [Raising(i, rng.randrange(n)) for i in range(n)]
                try:
                    items.sort(reverse=rev)
                    print(n, lim, rev, "sorted", calls[0], digest([it.ident for it in items]))
                except RuntimeError as e:
                    out = [it.ident for it in items]
                    print(n, lim, rev, type(e).__name__, e, len(out), sorted(out) == list(range(n)),
                          out if n <= 10 else digest(out))
    calls[0] = 0
    limit[0] = 12
    keyed = list(range(30))
    try:
        keyed.sort(key=lambda i: Raising(i, (i * 7) % 11))
    except RuntimeError as e:
        print("key raised:", e, keyed)


def meddling_sorts() -> None:
    global target
    for m in [1, 2]:
        mode[0] = m
        log.clear()
        target = [Meddler(i, (i * 5) % 7) for i in range(12)]
        try:
            target.sort()
            print("sorted", log[:5], [it.ident for it in target])
        except ValueError as e:
            print(type(e).__name__, e, log, len(target), [it.ident for it in target])
    mode[0] = 0


def keyed_sorts(rng: random.Random) -> None:
    seen: list[int] = []

    def key(i: int) -> Item:
        seen.append(i)
        return Item(i, vs[i] // 3)

    for n in [0, 1, 7, 64, 65, 300]:
        vs = [rng.randrange(n * 2 + 1) for _ in range(n)]
        for rev in [False, True]:
            seen.clear()
            log.clear()
            xs = list(range(n))
            xs.sort(key=key, reverse=rev)
            print(n, rev, seen == list(range(n)), len(log), digest(log), xs if n <= 7 else digest(xs))
            log.clear()
            ys = sorted(range(n), key=key, reverse=rev)
            print("  sorted", ys == xs, len(log), digest(log))
        pairs = [(vs[i] % 5, i) for i in range(n)]
        by_first = sorted(pairs, key=lambda p: p[0])
        print("  stable", all(by_first[i][1] < by_first[i + 1][1] for i in range(n - 1)
                               if by_first[i][0] == by_first[i + 1][0]))
        down = sorted(pairs, key=lambda p: p[0], reverse=True)
        print("  stable reverse", all(down[i][1] < down[i + 1][1] for i in range(n - 1)
                                      if down[i][0] == down[i + 1][0]), down[:6])
    words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "Fig", "nut"]
    print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
    print(sorted(words, key=str.lower, reverse=True), sorted(words, reverse=True))
    ints = [rng.randrange(-1000, 1000) for _ in range(2000)]
    s = sorted(ints)
    print(digest([x + 1000 for x in s]), s == sorted(ints, key=lambda x: x), s[::-1] == sorted(ints, reverse=True))
    print(sorted(ints, key=lambda x: x % 10)[:20], sorted(ints, key=lambda x: -abs(x), reverse=True)[:12])


rng = random.Random(2024)
logged_sorts(rng)
nan_sorts(rng)
odd_sorts(rng)
raising_sorts(rng)
meddling_sorts()
keyed_sorts(rng)
