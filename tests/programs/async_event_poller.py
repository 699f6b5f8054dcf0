# Events (set/clear/is_set/wait, waiters woken in order) and a fake device driven by a poller, as a driver would be.
from __future__ import annotations

from unicc_loop import Event, Queue, register_poller, run, sleep, spawn


async def waiter(name: str, ev: Event, log: list[str]) -> None:
    log.append(f"{name} waits")
    await ev.wait()
    log.append(f"{name} woke (set={ev.is_set()})")


class FakeNic:
    """A device whose receive ring fills on its own schedule: one frame every
    `every` polls.  The driver's poller moves frames to a queue and sets an
    event; it unregisters itself once the device has delivered everything."""

    def __init__(self, frames: list[bytes], every: int) -> None:
        self.pending = frames
        self.every = every
        self.polls = 0
        self.rx: Queue[bytes] = Queue()
        self.link_up = Event()
        register_poller(lambda: self.poll())

    def poll(self) -> bool:
        self.polls += 1
        if self.polls == 2:
            self.link_up.set()
        if self.pending and self.polls % self.every == 0:
            self.rx.put_nowait(self.pending.pop(0))
        return len(self.pending) > 0


async def receiver(nic: FakeNic, n: int) -> list[str]:
    await nic.link_up.wait()
    print("link up after", nic.polls, "polls")
    got: list[str] = []
    for _ in range(n):
        frame = await nic.rx.get()
        got.append(f"{frame.hex()}@{nic.polls}")
    return got


async def main() -> None:
    ev = Event()
    log: list[str] = []
    tasks = [spawn(waiter(n, ev, log)) for n in ["a", "b", "c"]]
    await sleep(0)
    print(log, ev.is_set())
    log.clear()
    ev.set()
    ev.set()
    ev.clear()   # waiters already woken still return
    for t in tasks:
        await t
    print(log, ev.is_set())
    log.clear()
    ev.set()
    await waiter("d", ev, log)
    print("already set:", log)
    log.clear()
    ev.clear()
    late = spawn(waiter("e", ev, log))
    await sleep(0.002)
    print("still waiting:", log, late.done())
    ev.set()
    await late
    print(log)

    nic = FakeNic([b"\x01\x02", b"\xff", b"\x10\x20\x30"], every=3)
    print("frames:", await receiver(nic, 3))
    await sleep(0)
    print("polls stop once the device unregistered:", nic.polls)


run(main())
