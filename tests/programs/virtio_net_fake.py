# unicc_devices.virtio's driver against a fake virtio-mmio network device
# written here: set-up (magic, version 2, feature negotiation with
# VIRTIO_F_VERSION_1, queue size clamped to the device's maximum, 64-bit
# ring addresses), the MAC from config space, frames both ways through the
# split rings (12-byte header), transmit buffers reclaimed, the interrupt
# acknowledged only once the receive ring is drained, and a device
# that misbehaves (used index too far ahead, a descriptor never posted, a
# used length beyond the buffer, a frame shorter than the header, a legacy
# or absent device, refused features): each is a VirtioError naming the
# fault, the device is reset, and nothing outside the driver's buffers is
# written.  A frame longer than the caller's buffer is dropped and counted,
# its receive buffer posted again; a switch port's driver sends a frame
# with a VLAN tag (1518 bytes).
from unicc_buf import Buffer
from unicc_devices import virtio
from unicc_devices.virtio import Region, VirtioError, VirtioNet

MAC = bytes([0x52, 0x54, 0x00, 0x12, 0x34, 0x56])


class FakeNet:
    """Registers and behaviour of a virtio-mmio net device; guest memory
    is what dma() handed out, at made-up bus addresses above 4 GiB."""

    def __init__(self, version: int = 2, features: int = 1 << 32 | 1 << 5) -> None:
        self.version = version
        self.offered = features
        self.regs: dict[int, int] = {}
        self.regions: list[Region] = []
        self.next_addr = 0x1_0000_0000
        self.sent: list[bytes] = []
        self.status_log: list[int] = []
        self.isr = 0
        self.accept_features = True
        self.queues: dict[int, list[int]] = {}   # index -> [size, desc, avail, used, next avail, used idx]
        self.bogus = ""
        self.held: list[int] = []
        self.quiet = False

    # -- the Transport --
    def read32(self, off: int) -> int:
        if off == virtio.R_MAGIC:
            return virtio.MAGIC
        if off == virtio.R_VERSION:
            return self.version
        if off == virtio.R_DEVICE_ID:
            return virtio.DEVICE_NET
        if off == virtio.R_DEVICE_FEATURES:
            return self.offered >> (32 * self.regs.get(virtio.R_DEVICE_FEATURES_SEL, 0)) & 0xffffffff
        if off == virtio.R_QUEUE_NUM_MAX:
            return 32 if self.regs.get(virtio.R_QUEUE_SEL, 0) < 2 else 0
        if off == virtio.R_QUEUE_READY:
            return 1 if self.regs.get(virtio.R_QUEUE_SEL, 0) in self.queues else 0
        if off == virtio.R_INTERRUPT_STATUS:
            return self.isr
        if off == virtio.R_STATUS:
            status = self.regs.get(virtio.R_STATUS, 0)
            return status if self.accept_features else status & ~virtio.FEATURES_OK
        return self.regs.get(off, 0)

    def write32(self, off: int, v: int) -> None:
        self.regs[off] = v
        if off == virtio.R_STATUS:
            self.status_log.append(v)
            if v == 0:
                self.queues = {}
        elif off == virtio.R_DRIVER_FEATURES:
            if not self.quiet:
                print(f"  driver features word {self.regs.get(virtio.R_DRIVER_FEATURES_SEL, 0)}: {v:#x}")
        elif off == virtio.R_QUEUE_READY and v == 1:
            q = self.regs[virtio.R_QUEUE_SEL]
            desc = self.reg64(virtio.R_QUEUE_DESC)
            avail = self.reg64(virtio.R_QUEUE_DRIVER)
            used = self.reg64(virtio.R_QUEUE_DEVICE)
            self.queues[q] = [self.regs[virtio.R_QUEUE_NUM], desc, avail, used, 0, 0]
            if not self.quiet:
                print(f"  queue {q}: size {self.regs[virtio.R_QUEUE_NUM]}, avail at desc+{avail - desc}, "
                  f"used at desc+{used - desc}, above 4 GiB: {desc >> 32 == 1}")
        elif off == virtio.R_INTERRUPT_ACK:
            self.isr &= ~v
        elif off == virtio.R_QUEUE_NOTIFY and v == 1:
            self.transmit()

    def reg64(self, low: int) -> int:
        return self.regs[low + 4] << 32 | self.regs[low]

    def read8(self, off: int) -> int:
        return MAC[off - virtio.R_CONFIG] if 0 <= off - virtio.R_CONFIG < 6 else 0

    def dma(self, n: int) -> Region:
        r = Region(Buffer(bytearray(n)), self.next_addr)
        self.regions.append(r)
        self.next_addr += (n + 4095) // 4096 * 4096
        return r

    def barrier(self) -> None:
        pass

    def route_irq(self) -> None:
        print("  interrupt routed")

    # -- the device side --
    def memory(self, addr: int, n: int) -> Buffer:
        for r in self.regions:
            if r.addr <= addr and addr + n <= r.addr + len(r.buf):
                return r.buf.slice(addr - r.addr, addr - r.addr + n)
        raise AssertionError(f"the driver posted {addr:#x}+{n}, which it never allocated")

    def next_posted(self, q: int) -> int:
        """The descriptor the driver posted next on queue q, or -1."""
        size, _, avail, _, seen, _ = self.queues[q]
        if self.memory(avail + 2, 2).get_u16_le(0) == seen:
            return -1
        self.queues[q][4] = (seen + 1) & 0xffff
        return self.memory(avail + 4 + 2 * (seen % size), 2).get_u16_le(0)

    def complete(self, q: int, i: int, length: int) -> None:
        size, _, _, used, _, idx = self.queues[q]
        if self.bogus == "descriptor":
            i = size + 3
        if self.bogus == "length":
            length = 4096
        elem = self.memory(used + 4 + 8 * (idx % size), 8)
        elem.set_u32_le(0, i)
        elem.set_u32_le(4, length)
        idx = (idx + (40 if self.bogus == "index" else 1)) & 0xffff
        self.queues[q][5] = idx
        self.memory(used + 2, 2).set_u16_le(0, idx)
        self.isr |= 1

    def descriptor(self, q: int, i: int) -> Buffer:
        d = self.memory(self.queues[q][1] + 16 * i, 16)
        return self.memory(int(d.get_u64_le(0)), d.get_u32_le(8))

    def transmit(self) -> None:
        i = self.next_posted(1)
        while i >= 0:
            frame = self.descriptor(1, i)
            if not self.quiet:
                print(f"  device sends {len(frame) - 12} bytes, header {frame.slice(0, 12).tobytes().hex()}")
            self.sent.append(frame.slice(12, len(frame)).tobytes())
            if self.bogus != "duplicate":
                self.complete(1, i, 0)
            elif len(self.held) == 1:        # the first buffer completed twice, the second never
                self.complete(1, self.held[0], 0)
                self.complete(1, self.held[0], 0)
            else:
                self.held.append(i)
            i = self.next_posted(1)

    def deliver(self, frame: bytes) -> bool:
        i = self.next_posted(0)
        if i < 0:
            return False
        buf = self.descriptor(0, i)
        buf.write(0, bytes(12))
        buf.write(12, frame)
        self.complete(0, i, 12 + len(frame) if self.bogus != "short" else 8)
        return True


def frame(n: int, seed: int) -> bytes:
    return bytes([(seed + 7 * k) & 0xff for k in range(n)])


def normal() -> None:
    print("set-up:")
    dev = FakeNet()
    net = VirtioNet(dev)
    print(f"mac {net.mac().hex()}, mtu {net.mtu()}, status {dev.status_log}")
    net.wake_on_receive()
    out = Buffer(bytearray(1514))
    print("receive with nothing there:", net.receive(out))
    for n in (60, 1514):
        print(f"deliver {n}: {dev.deliver(frame(n, n))}")
        got = net.receive(out)
        print(f"  received {got} bytes, intact: {out.slice(0, got).tobytes() == frame(n, n)}, isr {dev.isr}")
        print(f"  then {net.receive(out)}: the interrupt is acknowledged once drained, isr {dev.isr}")
    for n in (42, 1514):
        net.send(Buffer(frame(n, 3)))
    print("sent intact:", dev.sent == [frame(42, 3), frame(1514, 3)])
    try:
        net.send(Buffer(bytes(1515)))
    except ValueError as e:
        print("ValueError:", e)
    print("posted receive buffers refill: ", sum(1 for _ in range(40) if dev.deliver(frame(100, 1))))
    print("received:", sum(1 for _ in range(40) if net.receive(out) == 100))
    dev.quiet = True
    for k in range(100):                     # many more sends than transmit buffers: all reclaimed
        net.send(Buffer(frame(64, k)))
    print("sends reclaimed:", len(dev.sent), dev.sent[-1] == frame(64, 99), len(net.free))


def misbehaving(bogus: str) -> None:
    dev = FakeNet()
    dev.quiet = True
    net = VirtioNet(dev)
    dev.bogus = bogus
    if bogus != "duplicate":
        dev.deliver(frame(100, 5))
    out = Buffer(bytearray(1514))
    guard = out.tobytes()
    try:
        print("  received", net.receive(out))
        for k in range(3):
            net.send(Buffer(frame(60, k)))
        print("  sent 3")
    except VirtioError as e:
        print(f"{bogus}: VirtioError: {e}")
    print(f"  status after: {dev.status_log[-1]}, queues left: {len(dev.queues)}, "
          f"buffer untouched: {out.tobytes() == guard}")


def refused(dev: FakeNet, what: str) -> None:
    try:
        VirtioNet(dev)
        print(what, "accepted?")
    except VirtioError as e:
        print(f"{what}: VirtioError: {e}")


normal()
for bogus in ("index", "descriptor", "duplicate", "length", "short"):
    misbehaving(bogus)
refused(FakeNet(version=1), "legacy device")
refused(FakeNet(features=1 << 5), "no VERSION_1")
no_features = FakeNet()
no_features.accept_features = False
refused(no_features, "features refused")
plain = VirtioNet(FakeNet(features=1 << 32))
print("no MAC feature:", plain.mac().hex())


def too_long() -> None:
    dev = FakeNet()
    dev.quiet = True
    port = VirtioNet(dev, largest=1518)
    small = Buffer(bytearray(100))
    dev.deliver(frame(101, 4))
    dev.deliver(frame(100, 5))
    got = port.receive(small)
    print(f"too long for the buffer: got {got}, intact {small.tobytes() == frame(100, 5)}, dropped {port.dropped}")
    print("then:", port.receive(small), "posted again:", sum(1 for _ in range(70) if dev.deliver(frame(60, 1))))
    port.send(Buffer(frame(1518, 6)))
    print("tagged frame sent:", dev.sent == [frame(1518, 6)])
    try:
        port.send(Buffer(bytes(1519)))
    except ValueError as e:
        print("ValueError:", e)


too_long()
