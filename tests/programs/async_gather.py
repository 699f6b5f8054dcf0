# gather: results in list order whatever the completion order, of coroutines or tasks; the first failure cancels the rest.
from unicc_loop import CancelledError, Task, gather, run, sleep, spawn


async def job(name: str, turns: int, value: int) -> int:
    try:
        for _ in range(turns):
            await sleep(0)
        print(f"  {name} done after {turns} turns")
        return value
    except CancelledError:
        print(f"  {name} cancelled")
        raise


async def bad(name: str, turns: int) -> int:
    for _ in range(turns):
        await sleep(0)
    print(f"  {name} raises")
    raise ValueError(f"{name} failed")


async def timed(ms: int) -> str:
    await sleep(ms / 1000)
    return f"{ms}ms"


async def pair(a: int, b: int) -> list[int]:
    return await gather([job(f"p{a}", a, a), job(f"p{b}", b, b)])


async def main() -> None:
    print(await gather([job("a", 3, 1), job("b", 1, 2), job("c", 2, 3)]))
    tasks: list[Task[int]] = [spawn(job(f"t{i}", 3 - i, i * 100)) for i in range(3)]
    print(await gather(tasks), [t.done() for t in tasks])
    print("empty:", await gather([]))
    print(await gather([timed(20), timed(5), timed(10)]))
    print("nested:", await gather([pair(1, 2), pair(3, 0)]))
    try:
        await gather([job("slow", 5, 0), bad("bad", 2), job("fast", 1, 0), bad("worse", 3)])
    except ValueError as e:
        print("gather raised:", e)
    await sleep(0)
    done = spawn(job("early", 0, 9))
    await sleep(0)
    print("already done task:", await gather([done]))

    outer = spawn(gather([job("x", 10, 0), job("y", 10, 0)]))
    await sleep(0)
    await sleep(0)
    outer.cancel()
    try:
        await outer
    except CancelledError:
        print("cancelling the gather cancelled its children")
    await sleep(0)


run(main())
