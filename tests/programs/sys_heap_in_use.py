"""unicc_sys.heap_in_use (a full collection, then the bytes live) and
heap_used: compiled they measure the collector's heap; under CPython they are
tracemalloc's figure, 0 when it does not trace, so only relations that hold
both ways are printed."""

from unicc_sys import gc_collect, heap_in_use, heap_used


def fill(n: int) -> list[bytes]:
    return [bytes(1000) for _ in range(n)]


def churn(rounds: int) -> int:
    total = 0
    for _ in range(rounds):
        total += len(fill(200))
    return total


def main() -> None:
    base = heap_in_use()
    print("never negative:", base >= 0, heap_used() >= 0)
    keep = fill(1000)
    grown = heap_in_use()
    print("the list counts (or nothing is measured):", grown - base >= 1_000_000 or grown == 0, len(keep))
    keep = []
    print("churned:", churn(50))
    gc_collect()
    later = heap_in_use()
    # The stack is scanned conservatively: a stale word may keep one list of
    # 200 alive, never the 1000 dropped above nor the 50 churned.
    print("back near the start:", later - base < 400_000, len(keep))


main()
