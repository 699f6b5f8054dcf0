"""Real virtio-mmio devices of a guest: the Transport of unicc_devices.virtio
over device registers, and the catalogue's `virtio` network interface.

The @extern functions are runtime/arch/*/mmio.c (x86_64 and armv7); a
process has no device registers, so under CPython they raise and the unix
runtime does not define them (tests use a fake Transport instead).

Where the devices are (QEMU 7.2 `-M microvm,ioapic2=off`, checked with
`info qtree`): 8 virtio-mmio slots 512 bytes apart from 0xfeb00000, slot i
on I/O APIC input 5 + i; QEMU fills them from the last slot down, so the
first `-device virtio-net-device` is slot 7 (0xfeb00e00, GSI 12).  An empty
slot reads device id 0.  docs/devices.md has the details.
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices.virtio import DEVICE_BLOCK, DEVICE_NET, Region, VirtioBlock, VirtioError, VirtioNet
from unicc_rt import extern

MICROVM_MMIO, MICROVM_SLOT, MICROVM_SLOTS, MICROVM_GSI = 0xfeb00000, 0x200, 8, 16


def no_device() -> OSError:
    return OSError("device registers are only reachable from a guest")


@extern("rt_mmio_read8")
def read8(addr: int) -> int:
    raise no_device()


@extern("rt_mmio_read32")
def read32(addr: int) -> int:
    raise no_device()


@extern("rt_mmio_write32")
def write32(addr: int, v: int) -> None:
    raise no_device()


@extern("rt_mmio_barrier")
def barrier() -> None:
    raise no_device()


@extern("rt_mmio_addr")
def address_of(buf: bytearray) -> int:
    """The physical address of buf's first byte (stable: the heap never moves it)."""
    raise no_device()


@extern("rt_mmio_route_irq")
def route_irq(gsi: int) -> None:
    raise no_device()


class MmioTransport:
    """The device whose registers start at `base`, interrupting on `gsi`."""

    def __init__(self, base: int, gsi: int) -> None:
        self.base = base
        self.gsi = gsi

    def read32(self, off: int) -> int:
        return read32(self.base + off)

    def write32(self, off: int, v: int) -> None:
        write32(self.base + off, v)

    def read8(self, off: int) -> int:
        return read8(self.base + off)

    def dma(self, n: int) -> Region:
        raw = bytearray(n + 15)
        addr = address_of(raw)
        pad = -addr % 16
        return Region(Buffer(raw).slice(pad, pad + n), addr + pad)

    def barrier(self) -> None:
        barrier()

    def route_irq(self) -> None:
        route_irq(self.gsi)


def find(device_id: int) -> MmioTransport:
    """The first microvm slot (from the last down, QEMU's order) holding a
    device of this kind."""
    for slot in range(MICROVM_SLOTS - 1, -1, -1):
        t = MmioTransport(MICROVM_MMIO + slot * MICROVM_SLOT, MICROVM_GSI + slot)
        if t.read32(0) == 0x74726976 and t.read32(8) == device_id:
            return t
    raise VirtioError(f"no virtio-mmio device with id {device_id} in the microvm slots at {MICROVM_MMIO:#x}")


class VirtioNetif(VirtioNet):
    """`--net virtio:TAP`: the guest's first virtio-net device.  TAP names
    the host's TAP interface that `unicc run` attaches it to under QEMU; the
    guest does not use it."""

    def __init__(self, host_tap: str = "") -> None:
        super().__init__(find(DEVICE_NET))


class VirtioBlockDevice(VirtioBlock):
    """`--block virtio:PATH`: the guest's first virtio-blk device.  PATH
    names the host's disk image that `unicc run` attaches to it under QEMU
    (raw); the guest does not use it."""

    def __init__(self, host_image: str = "") -> None:
        super().__init__(find(DEVICE_BLOCK))
