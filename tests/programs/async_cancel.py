# Cancellation: CancelledError at the suspension point, finally blocks, cancel before start, suppressing, shutdown of leftovers.
from unicc_loop import CancelledError, Event, Queue, run, sleep, spawn

log: list[str] = []


async def looper(name: str) -> int:
    n = 0
    try:
        while True:
            n += 1
            await sleep(0)
    finally:
        log.append(f"{name} finally after {n} turns")


async def never_started() -> None:
    log.append("this line never runs")


async def cleanup_then_reraise(ev: Event) -> str:
    try:
        await ev.wait()
        return "event"
    except CancelledError:
        log.append("cleanup: releasing resources")
        await sleep(0)   # a cancelled task may still await while cleaning up
        log.append("cleanup: done")
        raise


async def suppressor() -> str:
    try:
        await sleep(0.05)
    except CancelledError:
        return "suppressed the cancel"
    return "slept"


async def awaiting_other(target: Event) -> str:
    inner = spawn(child(target))
    try:
        return await inner
    finally:
        log.append(f"awaiting_other finally; child done: {inner.done()}")


async def child(target: Event) -> str:
    await target.wait()
    log.append("child finished on its own")
    return "child"


async def getter(name: str, q: Queue[int]) -> None:
    try:
        log.append(f"{name} got {await q.get()}")
    except CancelledError:
        log.append(f"{name} cancelled")
        raise


async def leftover(name: str) -> None:
    try:
        await Event().wait()
    finally:
        print(f"shutdown: {name} cancelled after main returned")


async def main() -> None:
    t = spawn(looper("looper"))
    for _ in range(3):
        await sleep(0)
    print("cancel:", t.cancel(), "again:", t.cancel())
    try:
        await t
    except CancelledError:
        print("await cancelled task -> CancelledError; cancelled():", t.cancelled(), log)
    log.clear()
    print("cancel a done task:", t.cancel())

    ns = spawn(never_started())
    print("cancel before start:", ns.cancel())
    await sleep(0)
    print("never started:", ns.done(), ns.cancelled(), log)

    ev = Event()
    c = spawn(cleanup_then_reraise(ev))
    await sleep(0)
    c.cancel()
    ev.set()   # too late: the cancel is delivered first
    try:
        await c
    except CancelledError:
        print("cleanup task:", c.cancelled(), log)
    log.clear()

    s = spawn(suppressor())
    await sleep(0)
    s.cancel()
    print("suppressor:", await s, s.cancelled())

    target = Event()
    a = spawn(awaiting_other(target))
    await sleep(0)
    await sleep(0)
    a.cancel()
    await sleep(0)
    print("outer cancelled:", a.cancelled(), log)
    log.clear()
    target.set()
    await sleep(0)
    print("the awaited task was not cancelled:", log)
    log.clear()

    q: Queue[int] = Queue()
    g1 = spawn(getter("g1", q))
    g2 = spawn(getter("g2", q))
    await sleep(0)
    q.put_nowait(7)   # wakes g1 ...
    g1.cancel()       # ... which is cancelled before it runs: g2 gets the item
    await sleep(0)
    await sleep(0)
    print(log, g1.cancelled(), g2.done())

    spawn(leftover("first"))
    spawn(leftover("second"))
    await sleep(0)
    print("main returns")


run(main())
print("after run")
