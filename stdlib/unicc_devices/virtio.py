"""virtio 1.x (modern) over the MMIO transport: device set-up, split
virtqueues, virtio-net and virtio-blk, written against a Transport so that
the same drivers run on a real device (unicc_devices.mmio, compiled for a
guest) and on a fake one written in Python (tests/programs/virtio_*.py).

Nothing the device writes is trusted: a used-ring index that runs ahead of
what was posted, a descriptor id never posted and a length larger than its
buffer raise VirtioError after resetting the device, so a broken or hostile
device cannot make the driver write outside its buffers.

Register offsets and bits are from the virtio 1.2 specification, sections
2.1 (status), 2.7 (split virtqueues), 4.2.2 (MMIO registers), 5.1
(network device) and 5.2 (block device).
"""

from __future__ import annotations

from typing import Protocol

from unicc_buf import Buffer
from unicc_devices.memory import check_range, whole_sectors
from unicc_types import u64

MAGIC = 0x74726976          # "virt", little-endian
# MMIO registers (byte offsets)
R_MAGIC, R_VERSION, R_DEVICE_ID = 0x000, 0x004, 0x008
R_DEVICE_FEATURES, R_DEVICE_FEATURES_SEL = 0x010, 0x014
R_DRIVER_FEATURES, R_DRIVER_FEATURES_SEL = 0x020, 0x024
R_QUEUE_SEL, R_QUEUE_NUM_MAX, R_QUEUE_NUM, R_QUEUE_READY = 0x030, 0x034, 0x038, 0x044
R_QUEUE_NOTIFY, R_INTERRUPT_STATUS, R_INTERRUPT_ACK, R_STATUS = 0x050, 0x060, 0x064, 0x070
R_QUEUE_DESC, R_QUEUE_DRIVER, R_QUEUE_DEVICE = 0x080, 0x090, 0x0a0   # low word; high at +4
R_CONFIG = 0x100
# Device status bits
ACKNOWLEDGE, DRIVER, DRIVER_OK, FEATURES_OK, NEEDS_RESET, FAILED = 1, 2, 4, 8, 64, 128
# Feature bits
F_VERSION_1 = 32
NET_F_MAC = 5
DESC_F_NEXT, DESC_F_WRITE = 1, 2   # chained to `next`; written by the device (receive)
DEVICE_NET = 1
NET_HEADER = 12             # struct virtio_net_hdr with VERSION_1: num_buffers included


class VirtioError(OSError):
    """The device misbehaved or refused the driver; it has been reset."""


class Region:
    """Memory the device can reach: its bytes and their bus address."""

    def __init__(self, buf: Buffer, addr: int) -> None:
        self.buf = buf
        self.addr = addr


class Transport(Protocol):
    """One virtio-mmio device: its 32-bit registers and 8-bit config space
    at byte offsets, the memory it reads and writes, and its interrupt."""

    def read32(self, off: int) -> int:
        ...

    def write32(self, off: int, v: int) -> None:
        ...

    def read8(self, off: int) -> int:
        ...

    def dma(self, n: int) -> Region:
        """n zeroed bytes, 16-byte aligned, that the device can reach by their address."""
        ...

    def barrier(self) -> None:
        """Order the memory accesses before it before those after it, for the device too."""
        ...

    def route_irq(self) -> None:
        """Let the device's interrupt end the event loop's idle wait."""
        ...


class Device:
    """A virtio device found, reset and given the features both sides have;
    ready() once its queues are set up."""

    def __init__(self, t: Transport, device_id: int, wanted: int) -> None:
        self.t = t
        magic, version = t.read32(R_MAGIC), t.read32(R_VERSION)
        if magic != MAGIC:
            raise VirtioError(f"no virtio-mmio device here (magic {magic:#x})")
        if version != 2:
            raise VirtioError(f"virtio-mmio version {version}: only 2 (virtio 1.x, not legacy) is supported")
        found = t.read32(R_DEVICE_ID)
        if found != device_id:
            raise VirtioError(f"virtio device id {found}, expected {device_id}")
        t.write32(R_STATUS, 0)
        t.write32(R_STATUS, ACKNOWLEDGE)
        t.write32(R_STATUS, ACKNOWLEDGE | DRIVER)
        offered = self.device_features()
        if not offered >> F_VERSION_1 & 1:
            raise self.fail("the device does not offer VIRTIO_F_VERSION_1")
        self.features = offered & (wanted | 1 << F_VERSION_1)
        t.write32(R_DRIVER_FEATURES_SEL, 0)
        t.write32(R_DRIVER_FEATURES, self.features & 0xffffffff)
        t.write32(R_DRIVER_FEATURES_SEL, 1)
        t.write32(R_DRIVER_FEATURES, self.features >> 32)
        t.write32(R_STATUS, ACKNOWLEDGE | DRIVER | FEATURES_OK)
        if not t.read32(R_STATUS) & FEATURES_OK:
            raise self.fail(f"the device refused the features {self.features:#x}")

    def device_features(self) -> int:
        self.t.write32(R_DEVICE_FEATURES_SEL, 0)
        low = self.t.read32(R_DEVICE_FEATURES)
        self.t.write32(R_DEVICE_FEATURES_SEL, 1)
        return self.t.read32(R_DEVICE_FEATURES) << 32 | low

    def has(self, feature: int) -> bool:
        return bool(self.features >> feature & 1)

    def ready(self) -> None:
        self.t.write32(R_STATUS, ACKNOWLEDGE | DRIVER | FEATURES_OK | DRIVER_OK)

    def fail(self, why: str) -> VirtioError:
        """Reset the device (it stops touching our memory) and describe why."""
        self.t.write32(R_STATUS, 0)
        return VirtioError(f"virtio: {why}; device reset")

    def acknowledge(self) -> None:
        """Clear the interrupt, and give up if the device needs a reset."""
        isr = self.t.read32(R_INTERRUPT_STATUS)
        if isr:
            self.t.write32(R_INTERRUPT_ACK, isr)
            if self.t.read32(R_STATUS) & NEEDS_RESET:
                raise self.fail("the device reports an error (DEVICE_NEEDS_RESET)")


def put_addr(t: Transport, reg: int, addr: int) -> None:
    t.write32(reg, addr & 0xffffffff)
    t.write32(reg + 4, addr >> 32)


class Queue:
    """A split virtqueue.  The driver lays out its descriptors once
    (describe) and posts chains by their head: a used element must name a
    head that is posted, and report no more bytes written than the chain's
    device-writable buffers hold."""

    def __init__(self, dev: Device, index: int, size: int) -> None:
        t = dev.t
        self.dev, self.index = dev, index
        t.write32(R_QUEUE_SEL, index)
        if t.read32(R_QUEUE_READY):
            raise dev.fail(f"queue {index} is already in use")
        most = t.read32(R_QUEUE_NUM_MAX)
        if most == 0:
            raise dev.fail(f"the device has no queue {index}")
        while size > most:
            size //= 2
        self.size = size
        self.avail_at = 16 * size                           # after the descriptor table
        self.used_at = (self.avail_at + 6 + 2 * size + 3) // 4 * 4
        self.rings = t.dma(self.used_at + 6 + 8 * size)
        self.room = [-1] * size                             # per posted head: bytes the device may write
        self.outstanding = 0
        self.avail_idx = 0
        self.used_idx = 0
        self.last_len = 0
        t.write32(R_QUEUE_NUM, size)
        put_addr(t, R_QUEUE_DESC, self.rings.addr)
        put_addr(t, R_QUEUE_DRIVER, self.rings.addr + self.avail_at)
        put_addr(t, R_QUEUE_DEVICE, self.rings.addr + self.used_at)
        t.write32(R_QUEUE_READY, 1)

    def describe(self, i: int, addr: int, length: int, writable: bool, next: int = -1) -> None:
        """Descriptor i: `length` bytes at `addr`, chained to descriptor `next` (-1: none)."""
        desc = self.rings.buf
        desc.set_u64_le(16 * i, u64(addr))
        desc.set_u32_le(16 * i + 8, length)
        desc.set_u16_le(16 * i + 12, (DESC_F_WRITE if writable else 0) | (DESC_F_NEXT if next >= 0 else 0))
        desc.set_u16_le(16 * i + 14, max(next, 0))

    def post(self, head: int, room: int) -> None:
        """Offer the chain at `head`, whose device-writable buffers hold
        `room` bytes; kick() tells the device."""
        self.rings.buf.set_u16_le(self.avail_at + 4 + 2 * (self.avail_idx % self.size), head)
        self.avail_idx = (self.avail_idx + 1) & 0xffff
        self.room[head] = room
        self.outstanding += 1

    def kick(self) -> None:
        self.dev.t.barrier()                                # the ring entries before the index
        self.rings.buf.set_u16_le(self.avail_at + 2, self.avail_idx)
        self.dev.t.barrier()                                # the index before the notification
        if not self.rings.buf.get_u16_le(self.used_at) & 1:  # VIRTQ_USED_F_NO_NOTIFY
            self.dev.t.write32(R_QUEUE_NOTIFY, self.index)

    def take(self) -> int:
        """The head of the next chain the device has finished with (the
        bytes it wrote in last_len), or -1; VirtioError if the used ring
        makes no sense."""
        used = self.rings.buf
        ahead = (used.get_u16_le(self.used_at + 2) - self.used_idx) & 0xffff
        if ahead == 0:
            return -1
        if ahead > self.outstanding:
            raise self.dev.fail(f"queue {self.index}: used index {self.used_idx + ahead} runs "
                                f"{ahead} past {self.used_idx}, more than were posted")
        self.dev.t.barrier()                                # the index before the entry
        at = self.used_at + 4 + 8 * (self.used_idx % self.size)
        i, length = used.get_u32_le(at), used.get_u32_le(at + 4)
        if i >= self.size or self.room[i] < 0:
            raise self.dev.fail(f"queue {self.index}: used descriptor {i} was never posted")
        if length > self.room[i]:
            raise self.dev.fail(f"queue {self.index}: used length {length} exceeds "
                                f"the buffer's {self.room[i]} bytes")
        self.room[i] = -1
        self.outstanding -= 1
        self.used_idx = (self.used_idx + 1) & 0xffff
        self.last_len = length
        return i


FRAME = 1514                # the largest Ethernet frame without its FCS at MTU 1500
NET_BUFFER = 2048           # header and frame; more than the 1526 bytes required without MRG_RXBUF
NET_QUEUE = 64


def buffers(t: Transport, q: Queue, writable: bool) -> Region:
    """A NET_BUFFER for each descriptor of q, descriptor i pointing at buffer i."""
    r = t.dma(q.size * NET_BUFFER)
    for i in range(q.size):
        q.describe(i, r.addr + i * NET_BUFFER, NET_BUFFER, writable)
    return r


class VirtioNet:
    """virtio-net as a Netif: receive buffers always posted, transmit
    buffers reclaimed as the device finishes them, no offloads (the
    12-byte header is sent zeroed and ignored on receipt).  `largest` is
    the longest frame it sends (a switch port's take a VLAN tag more); a
    frame received that does not fit the caller's buffer is dropped and
    counted in `dropped`."""

    def __init__(self, t: Transport, largest: int = FRAME) -> None:
        self.t = t
        self.largest = largest
        self.dropped = 0
        self.dev = Device(t, DEVICE_NET, 1 << NET_F_MAC)
        self.rx = Queue(self.dev, 0, NET_QUEUE)
        self.tx = Queue(self.dev, 1, NET_QUEUE)
        self.rx_bufs = buffers(t, self.rx, True)
        self.tx_bufs = buffers(t, self.tx, False)
        self.free = list(range(self.tx.size))
        if self.dev.has(NET_F_MAC):
            self.address = bytes([t.read8(R_CONFIG + i) for i in range(6)])
        else:
            self.address = b"\x02\x00\x00\x00\x00\x02"        # locally administered
        self.dev.ready()
        for i in range(self.rx.size):
            self.rx.post(i, NET_BUFFER)
        self.rx.kick()

    def mac(self) -> bytes:
        return self.address

    def mtu(self) -> int:
        return FRAME - 14

    def offloads(self) -> bool:
        return False

    def checked(self) -> bool:
        return False

    def send(self, frame: Buffer) -> None:
        if len(frame) > self.largest:
            raise ValueError(f"frame of {len(frame)} bytes exceeds the {self.largest} bytes the device takes")
        self.reclaim()
        if not self.free:
            return                                          # the device is behind: drop
        i = self.free.pop()
        buf = self.tx_bufs.buf.slice(i * NET_BUFFER, (i + 1) * NET_BUFFER)
        buf.write(0, bytes(NET_HEADER))
        buf.write(NET_HEADER, frame)
        self.tx.describe(i, self.tx_bufs.addr + i * NET_BUFFER, NET_HEADER + len(frame), False)
        self.tx.post(i, 0)
        self.tx.kick()

    def reclaim(self) -> None:
        i = self.tx.take()
        while i >= 0:
            self.free.append(i)
            i = self.tx.take()

    def receive(self, buf: Buffer) -> int:
        while True:
            i = self.rx.take()
            if i < 0:
                # Drained: only now clear the interrupt, so that it stays raised
                # (level-triggered) while frames wait, however few the loop takes
                # per wake; then look again for one that came just before.
                self.dev.acknowledge()
                i = self.rx.take()
                if i < 0:
                    return 0
            n = self.rx.last_len - NET_HEADER
            if n < 0:
                raise self.dev.fail(f"received {self.rx.last_len} bytes: shorter than the virtio-net header")
            fits = n <= len(buf)
            if fits:
                buf.write(0, self.rx_bufs.buf.slice(i * NET_BUFFER + NET_HEADER, i * NET_BUFFER + NET_HEADER + n))
            else:
                self.dropped += 1
            self.rx.post(i, NET_BUFFER)
            self.rx.kick()
            if fits:
                return n

    def wake_on_receive(self) -> None:
        self.t.route_irq()


DEVICE_BLOCK = 2
BLK_F_FLUSH = 9
BLK_IN, BLK_OUT, BLK_FLUSH = 0, 1, 4        # request types
BLK_OK, BLK_IOERR, BLK_UNSUPP = 0, 1, 2     # request status
SECTOR = 512                                # virtio-blk counts in 512-byte sectors whatever the disk's
BLK_CHUNK = 64 * 1024                       # bytes per request


class VirtioBlock:
    """virtio-blk as a Block: one request at a time, each a chain of header
    (type, sector), data (up to BLK_CHUNK bytes) and status byte, waited for
    by polling the used ring.  Writes are write-through: each write() ends
    with a flush when the device has a cache to flush (VIRTIO_BLK_F_FLUSH),
    so data written is on the disk when write() returns.  An error status
    raises OSError; sectors outside the disk raise ValueError before any
    request."""

    def __init__(self, t: Transport) -> None:
        self.t = t
        self.dev = Device(t, DEVICE_BLOCK, 1 << BLK_F_FLUSH)
        self.count = sum(t.read8(R_CONFIG + i) << (8 * i) for i in range(8))   # capacity, le64
        self.q = Queue(self.dev, 0, 4)
        if self.q.size < 3:
            raise self.dev.fail(f"block queue of {self.q.size} descriptors: a request needs 3")
        self.mem = t.dma(16 + 16 + BLK_CHUNK)        # header, status (padded), data
        self.dev.ready()

    def sector_size(self) -> int:
        return SECTOR

    def sectors(self) -> int:
        return self.count

    def request(self, kind: int, sector: int, n: int) -> None:
        """One request of n data bytes (in mem at 32) at sector, waited for."""
        hdr = self.mem.buf
        hdr.set_u32_le(0, kind)
        hdr.set_u32_le(4, 0)
        hdr.set_u64_le(8, u64(sector))
        hdr.set_u8(16, 0xff)                         # status, until the device writes it
        reads = kind == BLK_IN
        if n:
            self.q.describe(0, self.mem.addr, 16, False, 1)
            self.q.describe(1, self.mem.addr + 32, n, reads, 2)
        else:
            self.q.describe(0, self.mem.addr, 16, False, 2)
        self.q.describe(2, self.mem.addr + 16, 1, True)
        self.q.post(0, 1 + (n if reads else 0))
        self.q.kick()
        while self.q.take() < 0:
            self.dev.acknowledge()
        status = hdr.get_u8(16)
        if status != BLK_OK:
            what = {BLK_IN: "read", BLK_OUT: "write", BLK_FLUSH: "flush"}.get(kind, "request")
            why = "I/O error" if status == BLK_IOERR else "unsupported" if status == BLK_UNSUPP \
                else f"status {status}"
            raise OSError(f"virtio-blk {what} at sector {sector}: {why}")

    def read(self, sector: int, count: int) -> bytes:
        check_range(sector, count, self.count)
        out = bytearray()
        end = (sector + count) * SECTOR
        at = sector * SECTOR
        while at < end:
            n = min(BLK_CHUNK, end - at)
            self.request(BLK_IN, at // SECTOR, n)
            out += self.mem.buf.slice(32, 32 + n).tobytes()
            at += n
        return bytes(out)

    def write(self, sector: int, data: bytes) -> None:
        check_range(sector, whole_sectors(data, SECTOR), self.count)
        for off in range(0, len(data), BLK_CHUNK):
            piece = data[off:off + BLK_CHUNK]
            self.mem.buf.write(32, piece)
            self.request(BLK_OUT, sector + off // SECTOR, len(piece))
        if self.dev.has(BLK_F_FLUSH):
            self.request(BLK_FLUSH, 0, 0)

