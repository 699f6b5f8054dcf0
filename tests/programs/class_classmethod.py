"""@classmethod: alternative constructors through the class, `cls(...)` making
the class it was called through, class attributes and other classmethods
through `cls`, overriding in a subclass, and errors raised inside."""

from typing import Self


class Packet:
    KIND = "packet"
    made = 0

    def __init__(self, payload: bytes) -> None:
        self.payload = payload

    @classmethod
    def parse(cls, raw: bytes) -> Self:
        if len(raw) < 2:
            raise ValueError(f"{cls.KIND}: too short ({len(raw)} bytes)")
        n = raw[0]
        return cls(raw[1:1 + n])

    @classmethod
    def empty(cls) -> Self:
        return cls.parse(b"\x00\x00")

    @classmethod
    def describe(cls, size: int = 4) -> str:
        return f"{cls.KIND}/{size}"

    def show(self) -> str:
        return f"{self.kind()}({self.payload!r})"

    def kind(self) -> str:
        return "Packet"


class Ping(Packet):
    KIND = "ping"

    def kind(self) -> str:
        return "Ping"

    @classmethod
    def describe(cls, size: int = 8) -> str:
        return f"echo {cls.KIND}/{size}"


p = Packet.parse(b"\x03abcdef")
q = Ping.parse(b"\x02hi!")
print(p.show(), q.show(), isinstance(q, Ping))
print(Packet.empty().show(), Ping.empty().show())
print(Packet.describe(), Ping.describe(), Ping.describe(size=1), Packet.describe(2))
items: list[Packet] = [Packet.parse(b"\x01x"), Ping.parse(b"\x01y")]
for it in items:
    print(it.kind(), it.payload)
for raw in [b"\x01z", b"\x05"]:
    try:
        print(Ping.parse(raw).show())
    except ValueError as e:
        print("ValueError:", e)
Packet.parse(b"")
