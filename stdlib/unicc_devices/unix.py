"""Devices only a Linux process has: getrandom(2) entropy, the system's
wall clock, and a block device backed by a file (`--block disk.img`).

Each @extern function is one system call in runtime/platform/unix/devices.c that
returns -errno on failure; under CPython the bodies do the same with `os`,
found through importlib: a program that uses files is type-checked with
unicc's own small os (stdlib/cpython_io/os), which these calls are not in.
"""

from __future__ import annotations

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
