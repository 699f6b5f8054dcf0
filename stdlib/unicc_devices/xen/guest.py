"""The real hypervisor of a Xen guest (x86-64 PVH or 32-bit ARM): the
Hypervisor of hypervisor.py over runtime/xen/guest.c and the device
registers' loads and stores of unicc_devices.mmio, and `xenstore()`, the
client on the ring Xen set up for this domain (HVM params 1 and 2), and
the catalogue's Xen devices, which share one Domain: a domain has one
xenstore ring and one grant table.

Under CPython and on unix the @extern functions raise: there is no
hypervisor to call (tests use a fake Hypervisor instead).
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices import mmio
from unicc_devices.xen.blkfront import Blkfront
from unicc_devices.xen.evtchn import EventChannels
from unicc_devices.xen.grant import GrantTable
from unicc_devices.xen.hypervisor import PAGE, PARAM_STORE_EVTCHN, PARAM_STORE_PFN, Shared, XenError, hvm_param
from unicc_devices.xen.netfront import Netfront
from unicc_devices.xen.xenstore import Xenstore
from unicc_rt import extern
from unicc_sys import block_until, monotonic_ns

IDLE_NS = 100_000_000   # an idle wait ends on any event channel, or after this


def no_xen() -> OSError:
    return OSError("hypercalls are only possible from a Xen guest")


@extern("rt_xen_hypercall")
def raw_hypercall(nr: int, a1: int, a2: int, a3: int) -> int:
    raise no_xen()


@extern("rt_mmio_addr")
def address_of(buf: Buffer) -> int:
    """The physical address of the first byte of buf's view."""
    raise no_xen()


@extern("rt_xen_event_bits")
def event_bits_address() -> int:
    raise no_xen()


@extern("rt_xen_cmpxchg32")
def cmpxchg32(addr: int, expected: int, value: int) -> int:
    raise no_xen()


class Memory:
    """Shared memory at a guest-physical address (identity-mapped)."""

    def __init__(self, base: int) -> None:
        self.base = base

    def read8(self, off: int) -> int:
        return mmio.read8(self.base + off)

    def write8(self, off: int, v: int) -> None:
        mmio.write8(self.base + off, v)

    def read32(self, off: int) -> int:
        return mmio.read32(self.base + off)

    def write32(self, off: int, v: int) -> None:
        mmio.write32(self.base + off, v)

    def cmpxchg32(self, off: int, expected: int, value: int) -> int:
        return cmpxchg32(self.base + off, expected, value)


class Xen:
    def __init__(self) -> None:
        self.pages: list[bytearray] = []   # own_page()'s memory, kept alive

    def hypercall(self, nr: int, cmd: int, arg: Buffer, count: int = 0) -> int:
        return raw_hypercall(nr, cmd, address_of(arg), count)

    def event_bits(self) -> Shared:
        addr = event_bits_address()
        if addr == 0:
            raise XenError("XENMEM_add_to_physmap(shared info)", 0)
        return Memory(addr)

    def frame(self, pfn: int) -> Shared:
        return Memory(pfn * PAGE)

    def own_page(self) -> tuple[Shared, int]:
        raw = bytearray(2 * PAGE - 1)
        self.pages.append(raw)
        addr = mmio.address_of(raw)
        addr += -addr % PAGE
        return Memory(addr), addr // PAGE

    def barrier(self) -> None:
        mmio.barrier()

    def idle(self) -> None:
        block_until(monotonic_ns() + IDLE_NS)


def xenstore(hv: Xen) -> Xenstore:
    """The client on this domain's xenstore ring."""
    pfn = hvm_param(hv, PARAM_STORE_PFN)
    port = hvm_param(hv, PARAM_STORE_EVTCHN)
    if pfn == 0 or port == 0:
        raise OSError("Xen gave this domain no xenstore ring (HVM params 1 and 2 are 0)")
    return Xenstore(hv, hv.frame(pfn), port, EventChannels(hv))


class Domain:
    """What every front of this guest shares: the hypervisor, the one
    xenstore client on the domain's ring, and the one grant table."""

    def __init__(self) -> None:
        self.hv = Xen()
        self.xs = xenstore(self.hv)
        self.grants = GrantTable(self.hv)


_domain: Domain | None = None


def domain() -> Domain:
    """The guest's Domain, set up by the first front that asks."""
    global _domain
    if _domain is None:
        _domain = Domain()
    return _domain


class XenNetif(Netfront):
    """`--net xen[:BRIDGE]`: the domain's first vif (netfront).  BRIDGE
    names dom0's bridge that the .xl puts the vif on; the guest does not
    use it."""

    def __init__(self, bridge: str = "") -> None:
        d = domain()
        super().__init__(d.hv, d.xs, d.grants)


class XenBlock(Blkfront):
    """`--block xen:PATH`: the domain's first vbd (blkfront).  PATH is the
    disk image in dom0 that the .xl names; the guest does not use it."""

    def __init__(self, path: str = "") -> None:
        d = domain()
        super().__init__(d.hv, d.xs, d.grants)
