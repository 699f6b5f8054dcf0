"""Devices only a Linux process has: getrandom(2) entropy, the system's
wall clock, a block device backed by a file (`--block disk.img`), a
TAP network interface (`--net tap:NAME`) and a switch's ports, several
TAPs (`--device ports=taps:NAME,NAME`).

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
def tap_open(name: str, offload: int) -> int:
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
        flags = 0x1002 | (0x4000 if offload else 0)      # IFF_TAP | IFF_NO_PI (| IFF_VNET_HDR)
        fcntl.ioctl(fd, 0x400454CA, name.encode().ljust(16, b"\0") + flags.to_bytes(2, "little") + bytes(22))
        if offload:
            fcntl.ioctl(fd, 0x400454D0, 0x03)            # TUNSETOFFLOAD: TUN_F_CSUM | TUN_F_TSO4
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


@extern("rt_unix_tap_readv")
def tap_readv(fd: int, header: Buffer, buf: Buffer) -> int:
    import importlib
    os = importlib.import_module("os")
    try:
        data: bytes = os.read(fd, len(header) + len(buf))
    except OSError as e:
        return -(e.errno or 1)
    header.write(0, data[:len(header)])
    buf.write(0, data[len(header):])
    return len(data)


@extern("rt_unix_tap_writev")
def tap_writev(fd: int, header: Buffer, frame: Buffer) -> int:
    import importlib
    os = importlib.import_module("os")
    try:
        return int(os.writev(fd, [header.tobytes(), frame.tobytes()]))
    except OSError as e:
        return -(e.errno or 1)


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


VNET_HEADER = 10                # struct virtio_net_hdr (linux/virtio_net.h), little-endian
NEEDS_CSUM, DATA_VALID = 1, 2   # its flags
GSO_NONE, GSO_TCPV4 = 0, 1      # its gso_type
OFFLOAD_FRAME = 14 + 65535      # the largest frame with offloads: an Ethernet header and a whole IPv4 packet


class TapNetif:
    """An existing TAP interface (`ip tuntap add mode tap NAME`), opened
    without packet information; the program is a host on its link, with a
    MAC address of its own (random and locally administered unless given).

    With offload (the default, if the kernel allows it) the TAP is opened
    with IFF_VNET_HDR and TUN_F_CSUM | TUN_F_TSO4: each frame crosses with
    a virtio-net header in front, a TCP frame sent may be a segment of up to
    64 KiB that Linux cuts into link-sized ones (gso_size: the MTU less the
    IPv4 and TCP headers) and whose checksum it computes (the stack writes
    only the pseudo-header's sum), and a frame received may be such a
    segment, its checksum checked already (`checked()`)."""

    def __init__(self, name: str, mtu: int = 1500, mac: str = "", offload: bool = True) -> None:
        fd = tap_open(name, 1) if offload else -1
        self.offload = fd >= 0
        if fd < 0:
            fd = tap_open(name, 0)
        if fd < 0:
            raise failed(f"cannot open TAP interface {name!r}", fd)
        self.fd = fd
        self.size = mtu
        self.dropped = 0
        self.header = Buffer(bytearray(VNET_HEADER))      # one frame's, sent or received
        self.plain = Buffer(bytearray(VNET_HEADER))       # all zero: nothing offloaded
        self.valid = False
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

    def offloads(self) -> bool:
        return self.offload

    def checked(self) -> bool:
        return self.valid

    def send(self, frame: Buffer) -> None:
        # EAGAIN (the queue is full), EIO (the link is not up yet): dropped, as a NIC would.
        if not self.offload:
            got = tap_write(self.fd, frame)
        else:
            got = tap_writev(self.fd, self.describe(frame), frame)
        if got < 0:
            self.dropped += 1

    def describe(self, frame: Buffer) -> Buffer:
        """The virtio-net header for frame: an IPv4 TCP segment (not a
        fragment) has its checksum completed by the kernel, and one longer
        than the MTU is segmented; anything else goes as it is."""
        n = len(frame)
        if n < 34 + 20 or frame.get_u16_be(12) != 0x0800 or frame.get_u8(23) != 6 or \
                frame.get_u16_be(20) & 0x3FFF:
            return self.plain
        ihl = (frame.get_u8(14) & 15) * 4
        h = self.header
        h.set_u8(0, NEEDS_CSUM)
        h.set_u16_le(6, 14 + ihl)        # csum_start: the TCP header
        h.set_u16_le(8, 16)              # csum_offset: its checksum field
        if n > 14 + self.size:
            thl = (frame.get_u8(14 + ihl + 12) >> 4) * 4
            h.set_u8(1, GSO_TCPV4)
            h.set_u16_le(2, 14 + ihl + thl)                  # hdr_len
            h.set_u16_le(4, self.size - ihl - thl)           # gso_size: the payload of each segment
        else:
            h.set_u8(1, GSO_NONE)
            h.set_u16_le(2, 0)
            h.set_u16_le(4, 0)
        return h

    def receive(self, buf: Buffer) -> int:
        if not self.offload:
            got = tap_read(self.fd, buf)
        else:
            got = tap_readv(self.fd, self.header, buf)
            self.valid = got >= VNET_HEADER and self.header.get_u8(0) & (NEEDS_CSUM | DATA_VALID) != 0
            got = got - VNET_HEADER if got >= VNET_HEADER else min(got, 0)
        if got == -EAGAIN:
            return 0
        if got < 0:
            raise failed("TAP read", got)
        return got

    def wake_on_receive(self) -> None:
        watch(self.fd)


class PlainTapNetif(TapNetif):
    """A TAP without offloads (`--net tap-plain:NAME`): every frame at most
    the MTU, every checksum computed and checked by the stack."""

    def __init__(self, name: str, mtu: int = 1500, mac: str = "") -> None:
        super().__init__(name, mtu, mac, offload=False)


class TapPorts:
    """Ports over existing TAP interfaces, named by one comma-separated
    value (`--device ports=taps:tap1,tap2`), each opened without offloads:
    a switch forwards frames as they are, and a segment of 64 KiB could not
    go out on a port of the usual MTU."""

    def __init__(self, names: str, mtu: int = 1500) -> None:
        self.names = [n for n in names.split(",") if n]
        if not self.names:
            raise ValueError("ports: no TAP named")
        self.taps = [PlainTapNetif(n, mtu) for n in self.names]
        self.size = mtu

    def count(self) -> int:
        return len(self.taps)

    def name(self, i: int) -> str:
        return self.names[i]

    def mac(self, i: int) -> bytes:
        return self.taps[i].mac()

    def mtu(self) -> int:
        return self.size

    def send(self, i: int, frame: Buffer) -> None:
        self.taps[i].send(frame)

    def receive(self, i: int, buf: Buffer) -> int:
        return self.taps[i].receive(buf)

    def wake_on_receive(self) -> None:
        for tap in self.taps:
            tap.wake_on_receive()
