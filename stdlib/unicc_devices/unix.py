"""Devices only a Linux process has: getrandom(2) entropy, the system's
wall clock, a block device backed by a file (`--block disk.img`) and a
TAP network interface (`--net tap:NAME`).

Each @extern function is one system call in runtime/platform/unix/devices.c that
returns -errno on failure; under CPython the bodies do the same with `os`,
found through importlib: a program that uses files is type-checked with
unicc's own small os (stdlib/cpython_io/os), which these calls are not in.
"""

from __future__ import annotations

import unicc_sys
from unicc_buf import Buffer
from unicc_devices.memory import check_range, whole_sectors
from unicc_rt import extern


@extern("rt_unix_getrandom")
def getrandom(buf: bytearray) -> int:
    import importlib
    os = importlib.import_module("os")
    buf[:] = os.urandom(len(buf))
    return len(buf)


@extern("rt_unix_time_ns")
def time_ns() -> int:
    import time
    return time.time_ns()


@extern("rt_unix_open")
def open_rw(path: str) -> int:
    import importlib
    os = importlib.import_module("os")
    try:
        return int(os.open(path, os.O_RDWR | os.O_CLOEXEC))
    except OSError as e:
        return -(e.errno or 1)


@extern("rt_unix_file_size")
def file_size(fd: int) -> int:
    import importlib
    os = importlib.import_module("os")
    return int(os.lseek(fd, 0, os.SEEK_END))


@extern("rt_unix_pread")
def pread(fd: int, buf: bytearray, offset: int) -> int:
    import importlib
    os = importlib.import_module("os")
    data: bytes = os.pread(fd, len(buf), offset)
    buf[:len(data)] = data
    return len(data)


@extern("rt_unix_pwrite")
def pwrite(fd: int, data: bytes, offset: int) -> int:
    import importlib
    os = importlib.import_module("os")
    return int(os.pwrite(fd, data, offset))


@extern("rt_unix_tap_open")
def tap_open(name: str) -> int:
    import importlib
    os = importlib.import_module("os")
    fcntl = importlib.import_module("fcntl")
    if not 0 < len(name.encode()) < 16:
        return -22
    try:
        fd = int(os.open("/dev/net/tun", os.O_RDWR | os.O_NONBLOCK | os.O_CLOEXEC))
    except OSError as e:
        return -(e.errno or 1)
    try:
        fcntl.ioctl(fd, 0x400454CA, name.encode().ljust(16, b"\0") + (0x1002).to_bytes(2, "little") + bytes(22))
    except OSError as e:
        os.close(fd)
        return -(e.errno or 1)
    return fd


@extern("rt_unix_watch")
def watch(fd: int) -> None:
    unicc_sys._watched.append(fd)


@extern("rt_unix_tap_read")
def tap_read(fd: int, buf: Buffer) -> int:
    import importlib
    os = importlib.import_module("os")
    try:
        data: bytes = os.read(fd, len(buf))
    except OSError as e:
        return -(e.errno or 1)
    buf.write(0, data)
    return len(data)


@extern("rt_unix_tap_write")
def tap_write(fd: int, frame: Buffer) -> int:
    import importlib
    os = importlib.import_module("os")
    try:
        return int(os.write(fd, frame.tobytes()))
    except OSError as e:
        return -(e.errno or 1)


def failed(what: str, result: int) -> OSError:
    return OSError(f"{what}: errno {-result}")


class GetrandomEntropy:
    def gather(self, n: int) -> bytes:
        buf = bytearray(n)
        got = getrandom(buf)
        if got != n:
            raise failed("getrandom", got)
        return bytes(buf)

    def source(self) -> str:
        return "getrandom(2)"


class UnixWallClock:
    def time_ns(self) -> int:
        return time_ns()


class FileBlock:
    """The file's bytes as sectors; a partial last sector is not used."""

    def __init__(self, path: str, sector_size: int = 512) -> None:
        fd = open_rw(path)
        if fd < 0:
            raise failed(f"cannot open block device {path!r}", fd)
        self.fd = fd
        self.size = sector_size
        self.count = file_size(fd) // sector_size

    def sector_size(self) -> int:
        return self.size

    def sectors(self) -> int:
        return self.count

    def read(self, sector: int, count: int) -> bytes:
        check_range(sector, count, self.count)
        buf = bytearray(count * self.size)
        got = pread(self.fd, buf, sector * self.size)
        if got != len(buf):
            raise failed("block read", got)
        return bytes(buf)

    def write(self, sector: int, data: bytes) -> None:
        check_range(sector, whole_sectors(data, self.size), self.count)
        got = pwrite(self.fd, data, sector * self.size)
        if got != len(data):
            raise failed("block write", got)


EAGAIN = 11


class TapNetif:
    """An existing TAP interface (`ip tuntap add mode tap NAME`), opened
    without packet information; the program is a host on its link, with a
    MAC address of its own (random and locally administered unless given)."""

    def __init__(self, name: str, mtu: int = 1500, mac: str = "") -> None:
        fd = tap_open(name)
        if fd < 0:
            raise failed(f"cannot open TAP interface {name!r}", fd)
        self.fd = fd
        self.size = mtu
        self.dropped = 0
        if mac:
            self.address = bytes.fromhex(mac.replace(":", ""))
        else:
            seed = bytearray(6)
            getrandom(seed)
            seed[0] = (seed[0] & 0xFC) | 0x02    # unicast, locally administered
            self.address = bytes(seed)
        if len(self.address) != 6:
            raise ValueError(f"a MAC address has 6 bytes: {mac!r}")

    def mac(self) -> bytes:
        return self.address

    def mtu(self) -> int:
        return self.size

    def send(self, frame: Buffer) -> None:
        # EAGAIN (the queue is full), EIO (the link is not up yet): dropped, as a NIC would.
        if tap_write(self.fd, frame) < 0:
            self.dropped += 1

    def receive(self, buf: Buffer) -> int:
        got = tap_read(self.fd, buf)
        if got == -EAGAIN:
            return 0
        if got < 0:
            raise failed("TAP read", got)
        return got

    def wake_on_receive(self) -> None:
        watch(self.fd)
