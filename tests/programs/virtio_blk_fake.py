# unicc_devices.virtio's block driver against a fake virtio-mmio block
# device written here: the capacity from config space, requests as chains
# of header, data and status (reads and writes larger than one request,
# a flush after each write when VIRTIO_BLK_F_FLUSH is offered, none
# otherwise), sectors outside the disk refused before any request, an
# error status as OSError, and a device that reports more bytes written
# than the chain holds as VirtioError (the device reset).
from unicc_buf import Buffer
from unicc_devices import virtio
from unicc_devices.virtio import Region, VirtioBlock, VirtioError


class FakeDisk:
    def __init__(self, sectors: int, features: int = 1 << 32 | 1 << 9) -> None:
        self.data = bytearray(sectors * 512)
        self.offered = features
        self.regs: dict[int, int] = {}
        self.regions: list[Region] = []
        self.next_addr = 0x8000_0000
        self.log: list[str] = []
        self.queue = [0, 0, 0, 0, 0, 0]     # size, desc, avail, used, next avail, used idx
        self.fail_with = 0
        self.overreport = False

    def read32(self, off: int) -> int:
        if off == virtio.R_MAGIC:
            return virtio.MAGIC
        if off == virtio.R_VERSION:
            return 2
        if off == virtio.R_DEVICE_ID:
            return virtio.DEVICE_BLOCK
        if off == virtio.R_DEVICE_FEATURES:
            return self.offered >> (32 * self.regs.get(virtio.R_DEVICE_FEATURES_SEL, 0)) & 0xffffffff
        if off == virtio.R_QUEUE_NUM_MAX:
            return 8 if self.regs.get(virtio.R_QUEUE_SEL, 0) == 0 else 0
        if off == virtio.R_QUEUE_READY:
            return 0
        return self.regs.get(off, 0)

    def write32(self, off: int, v: int) -> None:
        self.regs[off] = v
        if off == virtio.R_QUEUE_READY:
            self.queue = [self.regs[virtio.R_QUEUE_NUM], self.reg64(virtio.R_QUEUE_DESC),
                          self.reg64(virtio.R_QUEUE_DRIVER), self.reg64(virtio.R_QUEUE_DEVICE), 0, 0]
        elif off == virtio.R_QUEUE_NOTIFY:
            self.serve()
        elif off == virtio.R_STATUS and v == 0:
            self.log.append("reset")

    def reg64(self, low: int) -> int:
        return self.regs[low + 4] << 32 | self.regs[low]

    def read8(self, off: int) -> int:
        i = off - virtio.R_CONFIG
        return (len(self.data) // 512) >> (8 * i) & 255 if 0 <= i < 8 else 0

    def dma(self, n: int) -> Region:
        r = Region(Buffer(bytearray(n)), self.next_addr)
        self.regions.append(r)
        self.next_addr += (n + 4095) // 4096 * 4096
        return r

    def barrier(self) -> None:
        pass

    def route_irq(self) -> None:
        pass

    def memory(self, addr: int, n: int) -> Buffer:
        for r in self.regions:
            if r.addr <= addr and addr + n <= r.addr + len(r.buf):
                return r.buf.slice(addr - r.addr, addr - r.addr + n)
        raise AssertionError(f"the driver posted {addr:#x}+{n}, which it never allocated")

    def chain(self, head: int) -> list[Buffer]:
        out: list[Buffer] = []
        i = head
        while True:
            d = self.memory(self.queue[1] + 16 * i, 16)
            out.append(self.memory(int(d.get_u64_le(0)), d.get_u32_le(8)))
            if not d.get_u16_le(12) & 1:
                return out
            i = d.get_u16_le(14)

    def serve(self) -> None:
        size, _, avail, used, seen, idx = self.queue
        while self.memory(avail + 2, 2).get_u16_le(0) != seen:
            head = self.memory(avail + 4 + 2 * (seen % size), 2).get_u16_le(0)
            seen = (seen + 1) & 0xffff
            parts = self.chain(head)
            kind, sector = parts[0].get_u32_le(0), int(parts[0].get_u64_le(8))
            written = 1
            if kind == virtio.BLK_IN:
                parts[1].write(0, self.data[sector * 512:sector * 512 + len(parts[1])])
                written += len(parts[1])
            elif kind == virtio.BLK_OUT:
                self.data[sector * 512:sector * 512 + len(parts[1])] = parts[1].tobytes()
            n = len(parts[1]) if len(parts) == 3 else 0
            self.log.append(f"{['in', 'out', '?', '?', 'flush'][kind]} {sector} {n}")
            parts[-1][0] = self.fail_with
            elem = self.memory(used + 4 + 8 * (idx % size), 8)
            elem.set_u32_le(0, head)
            elem.set_u32_le(4, written + (100 if self.overreport else 0))
            idx = (idx + 1) & 0xffff
            self.memory(used + 2, 2).set_u16_le(0, idx)
        self.queue[4], self.queue[5] = seen, idx


def block(n: int, seed: int) -> bytes:
    return bytes([(seed + 3 * i + (i >> 9)) & 255 for i in range(n)])


disk = FakeDisk(1000)
blk = VirtioBlock(disk)
print("sectors", blk.sectors(), "of", blk.sector_size())
data = block(300 * 512, 1)                    # 150 KiB: three requests
blk.write(10, data)
print(disk.log)
disk.log = []
print("on the disk:", bytes(disk.data[10 * 512:310 * 512]) == data, bytes(disk.data[:10 * 512]) == bytes(5120))
print("read back:", blk.read(10, 300) == data, disk.log)
print("one sector:", blk.read(309, 1) == data[-512:])
for sector, count in ((999, 2), (-1, 1), (1000, 0)):
    try:
        print(len(blk.read(sector, count)), "bytes at", sector)
    except ValueError as e:
        print("ValueError:", e)
try:
    blk.write(0, bytes(513))
except ValueError as e:
    print("ValueError:", e)
disk.fail_with = virtio.BLK_IOERR
try:
    blk.read(0, 1)
except OSError as e:
    print("OSError:", e)
disk.fail_with = virtio.BLK_UNSUPP
try:
    blk.write(0, bytes(512))
except OSError as e:
    print("OSError:", e)
disk.fail_with = 0
disk.overreport = True
try:
    blk.read(0, 1)
except VirtioError as e:
    print("VirtioError:", e, disk.log[-1])

plain = FakeDisk(8, 1 << 32)
VirtioBlock(plain).write(0, bytes(1024))
print("without VIRTIO_BLK_F_FLUSH:", plain.log)
