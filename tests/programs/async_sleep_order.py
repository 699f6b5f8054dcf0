# Timers: tasks wake in deadline order, equal deadlines in the order the sleeps started; sleep(0) only yields.
from unicc_loop import monotonic, run, sleep, spawn

order: list[str] = []


async def sleeper(name: str, seconds: float) -> None:
    await sleep(seconds)
    order.append(name)


async def yielder(name: str, times: int) -> None:
    for i in range(times):
        order.append(f"{name}{i}")
        await sleep(0)


async def relay(name: str, hops: int) -> None:
    for _ in range(hops):
        await sleep(0.004)
    order.append(name)


async def main() -> None:
    start = monotonic()
    tasks = [spawn(sleeper(name, d)) for name, d in
             [("c", 0.02), ("a", 0.01), ("b1", 0.015), ("b2", 0.015), ("z", 0.0), ("b3", 0.015)]]
    for t in tasks:
        await t
    print("wake order:", order)
    order.clear()

    ys = [spawn(yielder("p", 3)), spawn(yielder("q", 2)), spawn(yielder("r", 3))]
    for t in ys:
        await t
    print("round robin:", order)
    order.clear()

    same = [spawn(sleeper(f"s{i}", 0.005)) for i in range(6)]
    for t in reversed(same):
        await t
    print("equal deadlines:", order)
    order.clear()

    r1 = spawn(relay("three hops of 4ms", 3))
    r2 = spawn(sleeper("one sleep of 8ms", 0.008))
    r3 = spawn(sleeper("one sleep of 40ms", 0.04))
    await r1
    await r2
    await r3
    print("relay:", order)
    elapsed = monotonic() - start
    print("slept at least 50 ms in total:", elapsed >= 0.05, "monotonic:", monotonic() >= start)


run(main())
