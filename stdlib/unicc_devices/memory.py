"""Devices kept in RAM, on every target: a block device, a key-value store
and a loopback network interface.  Their contents last until the program
ends; they stand in for real devices where a target has none yet."""

from __future__ import annotations

from unicc_buf import Buffer


def check_range(sector: int, count: int, sectors: int) -> None:
    if sector < 0 or count < 0 or sector + count > sectors:
        raise ValueError(f"sectors {sector}..{sector + count} outside the device (0..{sectors})")


def whole_sectors(data: bytes, size: int) -> int:
    if len(data) % size:
        raise ValueError(f"write of {len(data)} bytes: not a multiple of the sector size {size}")
    return len(data) // size


class MemoryBlock:
    def __init__(self, sectors: int = 2048, sector_size: int = 512) -> None:
        self.size = sector_size
        self.count = sectors
        self.data = bytearray(sectors * sector_size)

    def sector_size(self) -> int:
        return self.size

    def sectors(self) -> int:
        return self.count

    def read(self, sector: int, count: int) -> bytes:
        check_range(sector, count, self.count)
        return bytes(self.data[sector * self.size:(sector + count) * self.size])

    def write(self, sector: int, data: bytes) -> None:
        check_range(sector, whole_sectors(data, self.size), self.count)
        self.data[sector * self.size:sector * self.size + len(data)] = data


class MemoryKV:
    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.items.get(key)

    def put(self, key: str, value: bytes) -> None:
        self.items[key] = value

    def delete(self, key: str) -> None:
        if key in self.items:
            del self.items[key]

    def keys(self) -> list[str]:
        return sorted(self.items)


class LoopbackNetif:
    """Every frame sent is received back, in order."""

    def __init__(self, mtu: int = 1500) -> None:
        self.size = mtu
        self.queue: list[bytes] = []

    def mac(self) -> bytes:
        return b"\x02\x00\x00\x00\x00\x01"   # locally administered

    def mtu(self) -> int:
        return self.size

    def offloads(self) -> bool:
        return False

    def checked(self) -> bool:
        return False

    def send(self, frame: Buffer) -> None:
        if len(frame) > self.size + 14:
            raise ValueError(f"frame of {len(frame)} bytes exceeds the MTU {self.size}")
        self.queue.append(frame.tobytes())

    def receive(self, buf: Buffer) -> int:
        if not self.queue:
            return 0
        frame = self.queue.pop(0)
        buf.write(0, frame)
        return len(frame)

    def wake_on_receive(self) -> None:
        pass   # frames arrive only when the program sends them
