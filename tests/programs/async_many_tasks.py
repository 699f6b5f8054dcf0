# 10,000 concurrent tasks parked on one Event, woken together in spawn order; the last one to finish wakes main.
from unicc_loop import Event, Task, run, sleep, spawn

N = 10000
finished = 0
order_ok = True


async def member(i: int, start: Event, all_done: Event) -> int:
    global finished, order_ok
    await start.wait()
    order_ok = order_ok and finished == i
    finished += 1
    if finished == N:
        all_done.set()
    return i % 7


async def main() -> None:
    start = Event()
    all_done = Event()
    tasks: list[Task[int]] = [spawn(member(i, start, all_done)) for i in range(N)]
    await sleep(0)
    print("parked:", N - finished)
    start.set()
    await all_done.wait()
    print("finished:", finished, "in spawn order:", order_ok)
    print("sum of results:", sum(t.result() for t in tasks))


run(main())
