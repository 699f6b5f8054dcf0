# Generators as hand-written coroutines: a round-robin scheduler driving tasks with send(), mailboxes and a clock.
from __future__ import annotations

from dataclasses import dataclass
from typing import Generator, Optional, Union


@dataclass
class Sleep:
    ticks: int


@dataclass
class Send:
    to: str
    msg: str


@dataclass
class Recv:
    pass


Request = Union[Sleep, Send, Recv]
Proc = Generator[Request, Optional[str], str]   # spelled out on the generator defs: typeguard needs that


class Scheduler:
    def __init__(self) -> None:
        self.now = 0
        self.ready: list[tuple[str, Proc, Optional[str]]] = []
        self.sleeping: list[tuple[int, int, str, Proc]] = []
        self.mailbox: dict[str, list[str]] = {}
        self.receiving: dict[str, Proc] = {}
        self.seq = 0

    def spawn(self, name: str, p: Proc) -> None:
        self.mailbox[name] = []
        self.ready.append((name, p, None))

    def deliver(self, to: str, msg: str) -> None:
        if to in self.receiving:
            self.ready.append((to, self.receiving.pop(to), msg))
        else:
            self.mailbox[to].append(msg)

    def run(self) -> None:
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                wake, _, name, p = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, p, None))
                continue
            name, p, value = self.ready.pop(0)
            try:
                req = p.send(value)
            except StopIteration as e:
                print(f"[t={self.now}] {name} exited: {e.value}")
                continue
            if isinstance(req, Sleep):
                self.seq += 1
                self.sleeping.append((self.now + req.ticks, self.seq, name, p))
            elif isinstance(req, Send):
                self.deliver(req.to, req.msg)
                self.ready.append((name, p, None))
            elif self.mailbox[name]:
                self.ready.append((name, p, self.mailbox[name].pop(0)))
            else:
                self.receiving[name] = p


def pinger(n: int) -> Generator[Request, Optional[str], str]:
    for i in range(n):
        yield Send("ponger", f"ping {i}")
        reply = yield Recv()
        print("pinger got", reply)
    yield Send("ponger", "stop")
    return f"sent {n}"


def ponger() -> Generator[Request, Optional[str], str]:
    count = 0
    while True:
        msg = yield Recv()
        if msg == "stop":
            return f"answered {count}"
        count += 1
        yield Sleep(2)
        yield Send("pinger", (msg or "").replace("ping", "pong"))


def ticker(name: str, period: int, times: int, sched: Scheduler) -> Generator[Request, Optional[str], str]:
    for _ in range(times):
        yield Sleep(period)
        print(f"[t={sched.now}] {name} tick")
    return "done"


def sub_wait(ticks: int) -> Generator[Request, Optional[str], int]:
    yield Sleep(ticks)
    yield Sleep(ticks)
    return ticks * 2


def composite() -> Generator[Request, Optional[str], str]:
    waited = yield from sub_wait(3)
    waited += yield from sub_wait(1)
    return f"waited {waited}"


s = Scheduler()
s.spawn("pinger", pinger(3))
s.spawn("ponger", ponger())
s.spawn("fast", ticker("fast", 3, 3, s))
s.spawn("slow", ticker("slow", 4, 2, s))
s.spawn("composite", composite())
s.run()
print("final time", s.now)
