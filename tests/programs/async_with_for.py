# async with (unicc_loop.Lock, a class of our own) and async for over an
# asynchronous iterator class: release on every way out, StopAsyncIteration
# ending the loop, break/continue/else, exceptions from the body and __anext__,
# and a cancelled waiter passing the lock on.
from __future__ import annotations

from types import TracebackType

from unicc_loop import Lock, run, sleep, spawn


class Ticker:
    def __init__(self, name: str, n: int, fail_at: int = -1) -> None:
        self.name = name
        self.n = n
        self.i = 0
        self.fail_at = fail_at

    def __aiter__(self) -> Ticker:
        return self

    async def __anext__(self) -> int:
        await sleep(0.001)
        if self.i == self.fail_at:
            raise ValueError(f"{self.name} broke at {self.i}")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


class Session:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    async def __aenter__(self) -> list[str]:
        await sleep(0.001)
        self.log.append("open")
        return self.log

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> bool:
        await sleep(0.001)
        self.log.append("close" if exc is None else f"close after {exc!r}")
        return exc_type is not None and issubclass(exc_type, KeyError)


async def worker(name: str, lock: Lock, out: list[str]) -> int:
    total = 0
    async for v in Ticker(name, 3):
        async with lock:
            out.append(f"{name} has the lock ({v})")
            await sleep(0.002)
            total += v
            if v == 20:
                continue
            out.append(f"{name} lets go")
    return total


async def hold(lock: Lock, t: float, name: str) -> None:
    async with lock:
        print(name, "holds")
        await sleep(t)
    print(name, "released")


async def cancelled_waiter() -> None:
    lock = Lock()
    h = spawn(hold(lock, 0.01, "h"))
    await sleep(0)
    w1 = spawn(hold(lock, 0, "w1"))
    w2 = spawn(hold(lock, 0, "w2"))
    await sleep(0.001)
    print("cancel w1:", w1.cancel())
    await h
    await w2
    print(w1.cancelled(), lock.locked())


async def main() -> None:
    lock = Lock()
    out: list[str] = []
    a, b = spawn(worker("a", lock, out)), spawn(worker("b", lock, out))
    print(await a, await b, lock.locked())
    print("\n".join(out))
    async for v in Ticker("t", 5):
        if v == 30:
            break
        print("tick", v)
    else:
        print("not printed")
    async for v in Ticker("u", 1):
        print("tick", v)
    else:
        print("u ran out")
    try:
        async for v in Ticker("w", 5, fail_at=2):
            print("tick", v)
    except ValueError as e:
        print("ValueError:", e)
    log: list[str] = []
    for key in ["a", "b"]:
        async with Session(log) as entries:
            entries.append(str({"a": 1}[key]))
    print(log)
    try:
        async with lock:
            raise RuntimeError("inside")
    except RuntimeError as e:
        print(e, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)


run(main())
run(cancelled_waiter())
