# run/spawn/await: results through nested awaits, awaiting a task twice, round-robin with sleep(0), a class with __await__.
from __future__ import annotations

from typing import Generator

from unicc_loop import Task, run, sleep, spawn


async def square(n: int) -> int:
    return n * n


async def sum_squares(ns: list[int]) -> int:
    total = 0
    for n in ns:
        total += await square(n)
    return total


async def describe(ns: list[int]) -> str:
    s = await sum_squares(ns)
    return f"sum of squares of {ns} = {s}"


async def chatter(name: str, times: int) -> str:
    for i in range(times):
        print(f"{name} step {i}")
        await sleep(0)
    return name.upper()


class Countdown:
    """Awaitable: each bare `yield None` gives the other ready tasks a turn."""

    def __init__(self, name: str, n: int) -> None:
        self.name = name
        self.n = n

    def __await__(self) -> Generator[None, None, str]:
        while self.n > 0:
            print(f"{self.name} counting {self.n}")
            self.n -= 1
            yield None
        return f"{self.name} finished"


class Ready:
    """Awaitable that never suspends."""

    def __init__(self, value: int) -> None:
        self.value = value

    def __await__(self) -> Generator[None, None, int]:
        if self.value < 0:
            yield None
        return self.value + 1


async def counter_task(name: str, n: int) -> str:
    return await Countdown(name, n)


async def main() -> int:
    print(await describe([1, 2, 3]))
    print("ready:", await Ready(41))
    a = spawn(chatter("a", 3))
    b = spawn(chatter("b", 2))
    print("spawned; a done?", a.done())
    c = spawn(chatter("c", 1))
    results = [await a, await b, await c]
    print(results, a.done(), b.done())
    print("awaiting a again:", await a, a.result())
    t1 = spawn(counter_task("x", 2))
    t2 = spawn(counter_task("y", 3))
    print(await t2, await t1)
    tasks: list[Task[int]] = [spawn(square(i)) for i in range(5)]
    await sleep(0)
    print("all done without awaiting:", [t.done() for t in tasks], [t.result() for t in tasks])
    return sum(t.result() for t in tasks)


print("run returned", run(main()))
print("run again:", run(square(12)), run(describe([4])))
