"""Real virtio-mmio devices of a guest: the Transport of unicc_devices.virtio
over device registers, and the catalogue's `virtio` network interface,
disk and switch ports.

The @extern functions are runtime/arch/*/mmio.c (x86_64 and armv7); a
process has no device registers, so under CPython they raise and the unix
runtime does not define them (tests use a fake Transport instead).  The
runtime also says where the virtio-mmio slots are (QEMU microvm's fixed
slots on x86, the device tree's `virtio,mmio` nodes on ARM) and routes a
slot's interrupt; an empty slot reads device id 0.  QEMU fills the slots
from the last one down, so the last slot holding a device of the kind
asked for is the first such `-device` (docs/devices.md).
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices.virtio import (DEVICE_BLOCK, DEVICE_NET, FRAME, MAGIC, R_DEVICE_ID, R_MAGIC, Region,
                                  VirtioBlock, VirtioError, VirtioNet)
from unicc_rt import extern

def no_device() -> OSError:
    return OSError("device registers are only reachable from a guest")


@extern("rt_mmio_read8")
def read8(addr: int) -> int:
    raise no_device()


@extern("rt_mmio_read16")
def read16(addr: int) -> int:
    raise no_device()


@extern("rt_mmio_read32")
def read32(addr: int) -> int:
    raise no_device()


@extern("rt_mmio_write8")
def write8(addr: int, v: int) -> None:
    raise no_device()


@extern("rt_mmio_write16")
def write16(addr: int, v: int) -> None:
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


@extern("rt_virtio_mmio_base")
def slot_base(slot: int) -> int:
    """The registers of virtio-mmio slot `slot`, or 0 past the last slot."""
    raise no_device()


@extern("rt_virtio_mmio_route_irq")
def route_irq(slot: int) -> None:
    raise no_device()


class MmioTransport:
    """The device of virtio-mmio slot `slot`, whose registers start at `base`."""

    def __init__(self, slot: int, base: int) -> None:
        self.slot = slot
        self.base = base

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
        route_irq(self.slot)


def transports(device_id: int) -> list[MmioTransport]:
    """Every slot holding a device of this kind, last slot first: in the
    order of QEMU's `-device` options."""
    found: list[MmioTransport] = []
    slot = 0
    base = slot_base(0)
    while base:
        t = MmioTransport(slot, base)
        if t.read32(R_MAGIC) == MAGIC and t.read32(R_DEVICE_ID) == device_id:
            found.insert(0, t)
        slot += 1
        base = slot_base(slot)
    if not found:
        raise VirtioError(f"no virtio-mmio device with id {device_id} among the machine's {slot} virtio-mmio slots")
    return found


def find(device_id: int) -> MmioTransport:
    """The last slot holding a device of this kind (QEMU's first)."""
    return transports(device_id)[0]


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


class VirtioPorts:
    """`--device ports=virtio:TAP,TAP,...`: a switch's ports, one virtio-net
    device each, named by the host's TAP interfaces that `unicc run`
    attaches them to (after `--net virtio:TAP`'s device, if any).  They are
    the guest's last virtio-net devices, in that order; a `--net virtio`
    interface is the first.  Each port takes frames of its MTU with a VLAN
    tag; a longer frame received is dropped."""

    def __init__(self, host_taps: str) -> None:
        self.names = [n for n in host_taps.split(",") if n]
        if not self.names:
            raise ValueError("ports: no TAP named")
        nics = transports(DEVICE_NET)
        if len(nics) < len(self.names):
            raise VirtioError(f"ports: {len(self.names)} named, but the machine has {len(nics)} virtio-net devices")
        self.nics = [VirtioNet(t, FRAME + 4) for t in nics[len(nics) - len(self.names):]]

    def count(self) -> int:
        return len(self.nics)

    def name(self, i: int) -> str:
        return self.names[i]

    def mac(self, i: int) -> bytes:
        return self.nics[i].mac()

    def mtu(self) -> int:
        return FRAME - 14

    def send(self, i: int, frame: Buffer) -> None:
        self.nics[i].send(frame)

    def receive(self, i: int, buf: Buffer) -> int:
        return self.nics[i].receive(buf)

    def wake_on_receive(self) -> None:
        for nic in self.nics:
            nic.wake_on_receive()
