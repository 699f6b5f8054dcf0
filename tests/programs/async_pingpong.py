# Queues between tasks: ping-pong over two queues, a bounded queue whose put() waits, nowait errors, several consumers.
from __future__ import annotations

from unicc_loop import Queue, QueueEmpty, QueueFull, Task, run, sleep, spawn


async def pinger(n: int, out: Queue[str], back: Queue[str]) -> int:
    replies = 0
    for i in range(n):
        await out.put(f"ping {i}")
        reply = await back.get()
        print("pinger <-", reply)
        replies += 1
    await out.put("quit")
    return replies


async def ponger(inbox: Queue[str], out: Queue[str]) -> int:
    served = 0
    while True:
        msg = await inbox.get()
        print("ponger <-", msg)
        if msg == "quit":
            return served
        served += 1
        await out.put(msg.replace("ping", "pong"))


async def producer(q: Queue[int], n: int) -> None:
    for i in range(n):
        print(f"  put {i} (size {q.qsize()}, full {q.full()})")
        await q.put(i)
    print("  producer done")
    await q.put(-1)


async def consumer(q: Queue[int]) -> list[int]:
    got: list[int] = []
    while True:
        v = await q.get()
        print(f"  got {v}")
        if v < 0:
            return got
        got.append(v)


async def worker(name: str, jobs: Queue[int], results: Queue[tuple[str, int]]) -> None:
    while True:
        j = await jobs.get()
        if j == 0:
            return
        await results.put((name, j * j))
        await sleep(0)   # let the other workers take the next jobs


async def main() -> None:
    a: Queue[str] = Queue()
    b: Queue[str] = Queue()
    p = spawn(pinger(3, a, b))
    q = spawn(ponger(a, b))
    print("replies", await p, "served", await q)

    bounded: Queue[int] = Queue(maxsize=2)
    c = spawn(consumer(bounded))
    await producer(bounded, 5)
    print("consumer got", await c)

    small: Queue[str] = Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except QueueFull:
        print("QueueFull", small.qsize(), small.full())
    print(small.get_nowait(), small.empty())
    try:
        small.get_nowait()
    except QueueEmpty:
        print("QueueEmpty")

    jobs: Queue[int] = Queue()
    results: Queue[tuple[str, int]] = Queue()
    workers: list[Task[None]] = [spawn(worker(f"w{i}", jobs, results)) for i in range(3)]
    for j in range(1, 8):
        jobs.put_nowait(j)
    for _ in workers:
        jobs.put_nowait(0)
    for w in workers:
        await w
    collected: list[tuple[str, int]] = []
    while not results.empty():
        collected.append(results.get_nowait())
    print(collected)


run(main())
