"""virtio 1.x (modern) over the MMIO transport: device set-up, split
virtqueues and virtio-net, written against a Transport so that the same
driver runs on a real device (unicc_devices.mmio, compiled for a guest) and
on a fake one written in Python (tests/programs/virtio_*.py).

Nothing the device writes is trusted: a used-ring index that runs ahead of
what was posted, a descriptor id never posted and a length larger than its
buffer raise VirtioError after resetting the device, so a broken or hostile
device cannot make the driver write outside its buffers.

Register offsets and bits are from the virtio 1.2 specification, sections
2.1 (status), 2.7 (split virtqueues), 4.2.2 (MMIO registers) and 5.1
(network device).
"""

from __future__ import annotations

from typing import Protocol

from unicc_buf import Buffer
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
DESC_F_WRITE = 2            # the device writes this buffer (receive)
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
    """A split virtqueue whose descriptor i always points at buffer i (of
    buf_size bytes, written by the device when `writable`): a buffer is
    posted and comes back whole, so a used element names a buffer directly."""

    def __init__(self, dev: Device, index: int, size: int, buf_size: int, writable: bool) -> None:
        t = dev.t
        self.dev, self.index, self.buf_size = dev, index, buf_size
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
        self.bufs = t.dma(size * buf_size)
        desc = self.rings.buf
        for i in range(size):
            desc.set_u64_le(16 * i, u64(self.bufs.addr + i * buf_size))
            desc.set_u32_le(16 * i + 8, buf_size)
            desc.set_u16_le(16 * i + 12, DESC_F_WRITE if writable else 0)
        self.posted = [False] * size
        self.outstanding = 0
        self.avail_idx = 0
        self.used_idx = 0
        self.last_len = 0
        t.write32(R_QUEUE_NUM, size)
        put_addr(t, R_QUEUE_DESC, self.rings.addr)
        put_addr(t, R_QUEUE_DRIVER, self.rings.addr + self.avail_at)
        put_addr(t, R_QUEUE_DEVICE, self.rings.addr + self.used_at)
        t.write32(R_QUEUE_READY, 1)

    def buffer(self, i: int) -> Buffer:
        return self.bufs.buf.slice(i * self.buf_size, (i + 1) * self.buf_size)

    def post(self, i: int, length: int) -> None:
        """Offer buffer i (its first `length` bytes) to the device; kick() tells it."""
        self.rings.buf.set_u32_le(16 * i + 8, length)
        self.rings.buf.set_u16_le(self.avail_at + 4 + 2 * (self.avail_idx % self.size), i)
        self.avail_idx = (self.avail_idx + 1) & 0xffff
        self.posted[i] = True
        self.outstanding += 1

    def kick(self) -> None:
        self.dev.t.barrier()                                # the ring entries before the index
        self.rings.buf.set_u16_le(self.avail_at + 2, self.avail_idx)
        self.dev.t.barrier()                                # the index before the notification
        if not self.rings.buf.get_u16_le(self.used_at) & 1:  # VIRTQ_USED_F_NO_NOTIFY
            self.dev.t.write32(R_QUEUE_NOTIFY, self.index)

    def take(self) -> int:
        """The next buffer the device has finished with (its length written
        in last_len), or -1; VirtioError if the used ring makes no sense."""
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
        if i >= self.size or not self.posted[i]:
            raise self.dev.fail(f"queue {self.index}: used descriptor {i} was never posted")
        if length > self.buf_size:
            raise self.dev.fail(f"queue {self.index}: used length {length} exceeds "
                                f"the buffer's {self.buf_size} bytes")
        self.posted[i] = False
        self.outstanding -= 1
        self.used_idx = (self.used_idx + 1) & 0xffff
        self.last_len = length
        return i


FRAME = 1514                # the largest Ethernet frame without its FCS at MTU 1500
NET_BUFFER = 2048           # header and frame; more than the 1526 bytes required without MRG_RXBUF
NET_QUEUE = 64


class VirtioNet:
    """virtio-net as a Netif: receive buffers always posted, transmit
    buffers reclaimed as the device finishes them, no offloads (the
    12-byte header is sent zeroed and ignored on receipt)."""

    def __init__(self, t: Transport) -> None:
        self.t = t
        self.dev = Device(t, DEVICE_NET, 1 << NET_F_MAC)
        self.rx = Queue(self.dev, 0, NET_QUEUE, NET_BUFFER, True)
        self.tx = Queue(self.dev, 1, NET_QUEUE, NET_BUFFER, False)
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
        if len(frame) > FRAME:
            raise ValueError(f"frame of {len(frame)} bytes exceeds the MTU {FRAME - 14}")
        self.reclaim()
        if not self.free:
            return                                          # the device is behind: drop
        i = self.free.pop()
        buf = self.tx.buffer(i)
        buf.write(0, bytes(NET_HEADER))
        buf.write(NET_HEADER, frame)
        self.tx.post(i, NET_HEADER + len(frame))
        self.tx.kick()

    def reclaim(self) -> None:
        i = self.tx.take()
        while i >= 0:
            self.free.append(i)
            i = self.tx.take()

    def receive(self, buf: Buffer) -> int:
        self.dev.acknowledge()
        i = self.rx.take()
        if i < 0:
            return 0
        n = self.rx.last_len - NET_HEADER
        if n < 0:
            raise self.dev.fail(f"received {self.rx.last_len} bytes: shorter than the virtio-net header")
        buf.write(0, self.rx.buffer(i).slice(NET_HEADER, NET_HEADER + n))
        self.rx.post(i, NET_BUFFER)
        self.rx.kick()
        return n

    def wake_on_receive(self) -> None:
        self.t.route_irq()
