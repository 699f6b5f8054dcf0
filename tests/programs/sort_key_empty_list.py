"""list.sort(key=...) empties the list while the key function runs, as
CPython's does: a key that reads the list sees it empty, a key that raises
leaves the list as it was, and one that adds to it gets ValueError with
the items sorted (what it added dropped)."""

xs = [3, 1, 2]
seen: list[int] = []


def by_len(v: int) -> int:
    seen.append(len(xs))
    return -len(xs) * v


xs.sort(key=by_len)
print(xs, seen)

ys = [3, 1, 2, 9]


def failing(v: int) -> int:
    if v == 2:
        raise KeyError(v)
    ys.append(v)   # dropped when the sort gives up
    return v


try:
    ys.sort(key=failing)
except KeyError as e:
    print("KeyError", e, ys)

zs = [5, 4, 6]


def growing(v: int) -> int:
    zs.append(v)
    return v


try:
    zs.sort(key=growing, reverse=True)
except ValueError as e:
    print("ValueError:", e, zs)

words = ["pear", "Fig", "apple", "date"]
snapshot: list[list[str]] = []


def lower(w: str) -> str:
    snapshot.append(list(words))
    return w.lower()


words.sort(key=lower)
print(words, snapshot[0], len(snapshot))
print(sorted(words, key=lambda w: len(words)), words)   # sorted() sorts a copy: words stays whole
