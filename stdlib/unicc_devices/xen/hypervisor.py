"""What the Xen drivers need from a hypervisor: hypercalls, memory shared
with Xen or another domain, pages of our own to share, and a way to idle
until an event may have arrived.  guest.py is the real one; the tests'
fakes implement the same Protocols in Python.

Hypercall numbers and structure layouts are from Xen's public headers
(xen.h, memory.h, hvm/hvm_op.h, hvm/params.h); every structure used has the
same layout on x86-64 and 32-bit ARM (64-bit xen_ulong_t and xen_pfn_t).
"""

from __future__ import annotations

from typing import Protocol

from unicc_buf import Buffer

PAGE = 4096
# hypercall numbers
MEMORY_OP, XEN_VERSION, GRANT_TABLE_OP, SCHED_OP, EVENT_CHANNEL_OP, HVM_OP = 12, 17, 20, 29, 32, 34
XENMEM_ADD_TO_PHYSMAP = 7
MAPSPACE_SHARED_INFO, MAPSPACE_GRANT_TABLE = 0, 1
HVMOP_GET_PARAM = 1
PARAM_STORE_PFN, PARAM_STORE_EVTCHN = 1, 2
DOMID_SELF = 0x7ff0
ERRNO_NAMES = {1: "EPERM", 2: "ENOENT", 12: "ENOMEM", 14: "EFAULT", 16: "EBUSY", 22: "EINVAL",
               28: "ENOSPC", 38: "ENOSYS"}


class XenError(OSError):
    """A hypercall failed: `op` names it, `errno` is Xen's (positive) error."""

    def __init__(self, op: str, code: int) -> None:
        super().__init__(f"{op} failed: Xen returned {ERRNO_NAMES.get(code, 'error')} ({code})")
        self.op = op
        self.code = code


class Shared(Protocol):
    """Memory that Xen or another domain writes too, at byte offsets:
    loads and stores that really happen, in order, and a compare-and-swap."""

    def read8(self, off: int) -> int:
        ...

    def write8(self, off: int, v: int) -> None:
        ...

    def read32(self, off: int) -> int:
        ...

    def write32(self, off: int, v: int) -> None:
        ...

    def cmpxchg32(self, off: int, expected: int, value: int) -> int:
        """Atomically store value if the word holds expected; return what it held."""
        ...


class Hypervisor(Protocol):
    def hypercall(self, nr: int, cmd: int, arg: Buffer, count: int = 0) -> int:
        """Hypercall nr(cmd, &arg, count): 0 or Xen's negative errno.  Xen
        reads and writes arg in place."""
        ...

    def event_bits(self) -> Shared:
        """The event channels' pending bits (port n: bit n % 32 of word
        n // 32) and, 512 bytes on, their mask bits (shared info page)."""
        ...

    def frame(self, pfn: int) -> Shared:
        """Guest frame pfn that Xen set up for us (the xenstore ring)."""
        ...

    def own_page(self) -> tuple[Shared, int]:
        """A zeroed page of our memory and its frame number, kept for good."""
        ...

    def barrier(self) -> None:
        """Order the loads and stores before it before those after it."""
        ...

    def idle(self) -> None:
        """Wait until an event channel may have fired (or a while passed)."""
        ...


def call(hv: Hypervisor, nr: int, cmd: int, arg: Buffer, op: str, count: int = 0) -> None:
    """A hypercall that must succeed; XenError names `op` if not."""
    rc = hv.hypercall(nr, cmd, arg, count)
    if rc != 0:
        raise XenError(op, -rc)


def set_u64(b: Buffer, off: int, v: int) -> None:
    b.set_u32_le(off, v & 0xffffffff)
    b.set_u32_le(off + 4, v >> 32)


def get_u64(b: Buffer, off: int) -> int:
    return b.get_u32_le(off) | b.get_u32_le(off + 4) << 32


def hvm_param(hv: Hypervisor, index: int) -> int:
    """HVMOP_get_param: struct xen_hvm_param {u16 domid; u32 index; u64 value}."""
    arg = Buffer(bytearray(16))
    arg.set_u16_le(0, DOMID_SELF)
    arg.set_u32_le(4, index)
    call(hv, HVM_OP, HVMOP_GET_PARAM, arg, f"HVMOP_get_param({index})")
    return get_u64(arg, 8)


def add_to_physmap(hv: Hypervisor, space: int, idx: int, pfn: int) -> None:
    """XENMEM_add_to_physmap: {u16 domid, size; u32 space; u64 idx, gpfn}."""
    arg = Buffer(bytearray(24))
    arg.set_u16_le(0, DOMID_SELF)
    arg.set_u32_le(4, space)
    set_u64(arg, 8, idx)
    set_u64(arg, 16, pfn)
    call(hv, MEMORY_OP, XENMEM_ADD_TO_PHYSMAP, arg, f"XENMEM_add_to_physmap(space {space}, {idx})")
