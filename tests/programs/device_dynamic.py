# Protocol values whose concrete class is only known at run time: a list of
# different Console and Block implementations, called through the Protocol
# (a type switch), next to a Protocol value with one constructed class (a
# direct call).  Also a class that conforms by name but is never constructed.
from unicc_devices import Block, Clock, Console
from unicc_devices.memory import MemoryBlock


class Upper:
    def __init__(self) -> None:
        self.count = 0

    def write(self, text: str) -> None:
        self.count += 1
        print(text.upper(), end="")

    def log(self, line: str) -> None:
        self.write(line + "\n")


class Tagged:
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def write(self, text: str) -> None:
        print(f"[{self.tag}] {text}", end="")

    def log(self, line: str) -> None:
        print(f"[{self.tag}] {line}")


class Fixed:
    """A Clock nothing constructs: calls through Clock below go to Ticker."""

    def monotonic_ns(self) -> int:
        return 42


class Ticker:
    def __init__(self) -> None:
        self.now = 0

    def monotonic_ns(self) -> int:
        self.now += 1000
        return self.now


class Striped:
    """A Block device whose sector k reads as bytes of value k."""

    def sector_size(self) -> int:
        return 4

    def sectors(self) -> int:
        return 8

    def read(self, sector: int, count: int) -> bytes:
        return b"".join(bytes([k]) * 4 for k in range(sector, sector + count))

    def write(self, sector: int, data: bytes) -> None:
        raise ValueError("read-only device")


def announce(consoles: list[Console], clock: Clock) -> None:
    for i, c in enumerate(consoles):
        c.write(f"console {i}: ")
        c.log(f"t={clock.monotonic_ns()}")


def dump(disks: list[Block]) -> None:
    for d in disks:
        print(d.sectors(), d.sector_size(), d.read(1, 2).hex())
        try:
            d.write(0, bytes(d.sector_size()))
            print("written", d.read(0, 1).hex())
        except ValueError as e:
            print("ValueError:", e)


upper = Upper()
consoles: list[Console] = [upper, Tagged("a"), Tagged("b"), upper]
announce(consoles, Ticker())
print(upper.count)
ram = MemoryBlock(4, 4)
ram.write(1, b"\x01\x02\x03\x04\x05\x06\x07\x08")
dump([ram, Striped()])
