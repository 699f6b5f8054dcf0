# with_timeout: results in time, TimeoutError after cancelling the work (its finally runs), nested timeouts, queues stay usable.
from unicc_loop import CancelledError, Queue, run, sleep, spawn, with_timeout


async def work(name: str, seconds: float, value: int) -> int:
    try:
        await sleep(seconds)
        print(f"  {name}: finished")
        return value
    except CancelledError:
        print(f"  {name}: cancelled")
        raise
    finally:
        print(f"  {name}: finally")


async def failing() -> int:
    await sleep(0)
    raise KeyError("missing")


async def stubborn() -> int:
    try:
        await sleep(0.05)
        return 1
    except CancelledError:
        print("  stubborn: ignores the cancel and returns a value")
        return 2


async def two_level(outer: float, inner: float) -> str:
    try:
        v = await with_timeout(outer, nested(inner))
        return f"value {v}"
    except TimeoutError:
        return "outer timed out"


async def nested(inner: float) -> int:
    try:
        return await with_timeout(inner, work("deep", 0.03, 7))
    except TimeoutError:
        print("  nested: inner timed out, returning -1")
        return -1


async def main() -> None:
    print("in time:", await with_timeout(0.05, work("quick", 0.001, 42)))
    try:
        await with_timeout(0.005, work("slow", 0.05, 0))
    except TimeoutError as e:
        print("TimeoutError:", e)
    try:
        await with_timeout(0.05, failing())
    except KeyError as e:
        print("error inside the timeout:", repr(e))
    print("stubborn:", await with_timeout(0.002, stubborn()))
    print("nested, inner expires:", await two_level(0.05, 0.005))
    print("nested, outer expires:", await two_level(0.005, 0.05))

    q: Queue[str] = Queue()
    try:
        await with_timeout(0.002, q.get())
    except TimeoutError:
        print("get timed out; waiting getters left behind are stale")
    timeouts = 0
    for _ in range(40):
        try:
            await with_timeout(0, q.get())
        except TimeoutError:
            timeouts += 1
    getter = spawn(q.get())
    await sleep(0)
    q.put_nowait("item")
    print("after", timeouts, "more timeouts the next getter receives:", await getter, q.empty())


run(main())
