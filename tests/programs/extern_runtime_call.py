# @extern: a stdlib-style function implemented by the C runtime when compiled,
# by its own body under CPython.
from unicc_rt import extern


@extern("rt_monotonic_ns")
def monotonic_ns() -> int:
    import time
    return time.monotonic_ns()


def busy(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


start = monotonic_ns()
print(busy(100000))
elapsed = monotonic_ns() - start
print(elapsed >= 0, elapsed < 10_000_000_000)
