"""unicc_loop keeps a task that failed only until its exception is seen:
a server that awaits with_timeout() on work that raises (a malformed
request, a reset connection) for every bad client must not keep each
failed task to the end of the loop.  Compiled, heap_in_use measures the
collector's heap (under CPython it is 0 unless tracemalloc traces), so
only a relation that holds both ways is printed."""

from unicc_loop import run, sleep, spawn, with_timeout
from unicc_sys import heap_in_use


async def failing(n: int) -> int:
    raise ValueError(bytes(10_000), n)


async def unseen() -> None:
    raise KeyError("never awaited")


async def main() -> None:
    caught = 0
    base = heap_in_use()
    for i in range(2000):                  # 20 MB of exceptions if they were kept
        try:
            await with_timeout(5, failing(i))
        except ValueError:
            caught += 1
    task = spawn(failing(-1))
    try:
        await task
    except ValueError as e:
        caught += e.args[1] == -1
    later = heap_in_use()
    print("caught:", caught, "kept near the start:", later - base < 2_000_000)
    spawn(unseen())                        # never awaited: still reported at the end
    await sleep(0)


run(main())
print("done")
