"""The front end of a shared ring (Xen's public io/ring.h), which netfront
and blkfront use alike, and word-wise copies in and out of shared pages.

A shared ring is one page: {u32 req_prod, req_event, rsp_prod, rsp_event}
and 48 bytes of padding, then a power-of-two number of slots, each holding
a request or, once answered, its response.  The indexes run free modulo
2**32.  A backend whose producer index runs ahead of the requests
outstanding is a broken one: `broken` makes the driver's own error.
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices.xen.hypervisor import Hypervisor, Shared

REQ_PROD, REQ_EVENT, RSP_PROD, RSP_EVENT, SLOTS = 0, 4, 8, 12, 64
MASK = 0xffffffff


class Ring:
    """Our (front) end of a shared ring: requests produced, responses consumed."""

    def __init__(self, hv: Hypervisor, name: str, slot: int, size: int) -> None:
        self.hv = hv
        self.page, self.frame = hv.own_page()
        self.name = name
        self.slot = slot
        self.size = size
        self.req_prod = 0        # requests written, not necessarily pushed
        self.pushed = 0
        self.rsp_cons = 0
        self.page.write32(REQ_EVENT, 1)
        self.page.write32(RSP_EVENT, 1)

    def broken(self, message: str) -> OSError:
        """The error a backend that broke the ring protocol raises."""
        return OSError(message)

    def request_at(self) -> int:
        """The offset of the next request's slot (the caller fills it, then produce())."""
        return SLOTS + self.req_prod % self.size * self.slot

    def produce(self) -> None:
        self.req_prod = (self.req_prod + 1) & MASK

    def push(self) -> bool:
        """Publish the requests written; whether the backend asked to be told."""
        old, new = self.pushed, self.req_prod
        self.hv.barrier()                     # the requests before the index
        self.page.write32(REQ_PROD, new)
        self.hv.barrier()                     # the index before reading req_event
        self.pushed = new
        return (new - self.page.read32(REQ_EVENT)) & MASK < (new - old) & MASK

    def response_at(self, outstanding: int) -> int:
        """The offset of the next response's slot, or -1 if there is none
        yet (then the next one will raise the event)."""
        ahead = self.ahead(outstanding)
        if ahead == 0:
            self.page.write32(RSP_EVENT, (self.rsp_cons + 1) & MASK)
            self.hv.barrier()                 # rsp_event before the second look
            ahead = self.ahead(outstanding)
            if ahead == 0:
                return -1
        self.hv.barrier()                     # the index before the response
        at = SLOTS + self.rsp_cons % self.size * self.slot
        self.rsp_cons = (self.rsp_cons + 1) & MASK
        return at

    def ahead(self, outstanding: int) -> int:
        ahead = (self.page.read32(RSP_PROD) - self.rsp_cons) & MASK
        if ahead > outstanding:
            raise self.broken(f"{self.name} ring: the backend produced {ahead} responses, "
                              f"{outstanding} requests are outstanding")
        return ahead


def read16(mem: Shared, off: int) -> int:
    """The u16 at an even offset (the rings' words are 4-byte aligned)."""
    return mem.read32(off - off % 4) >> (off % 4 * 8) & 0xffff


def signed16(v: int) -> int:
    return v - 0x10000 if v & 0x8000 else v


def copy_in(mem: Shared, frame: Buffer) -> None:
    """frame to the start of a page, a word at a time."""
    n = len(frame)
    whole = n - n % 4
    for off in range(0, whole, 4):
        mem.write32(off, frame.get_u32_le(off))
    for off in range(whole, n):
        mem.write8(off, frame.get_u8(off))


def copy_out(mem: Shared, off: int, n: int, buf: Buffer) -> None:
    """n bytes at off of a page to the start of buf."""
    i = 0
    while i < n and (off + i) % 4:
        buf.set_u8(i, mem.read8(off + i))
        i += 1
    while i + 4 <= n:
        buf.set_u32_le(i, mem.read32(off + i))
        i += 4
    while i < n:
        buf.set_u8(i, mem.read8(off + i))
        i += 1
