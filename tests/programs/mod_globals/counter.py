# Module state changed by `global` statements inside its own functions.
from settings import LIMIT

total = 0
counts: dict[str, int] = {}


def hit(name: str) -> None:
    global total
    total += 1
    counts[name] = counts.get(name, 0) + 1


def snapshot() -> dict[str, int]:
    return dict(counts)


def reset() -> None:
    global total
    total = 0
    counts.clear()


def over_limit() -> bool:
    return total > LIMIT
