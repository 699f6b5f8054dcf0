"""Grant tables, version 1 (Xen's grant_table.h): a table of our own pages
that Xen maps as the domain's grant frames, granting another domain access
to one of our frames, ending it, and reusing the freed references.

Entry layout: {u16 flags; u16 domid; u32 frame}.  Xen (for the other
domain) sets GTF_reading/GTF_writing in flags while it has the frame
mapped, so ending access is a compare-and-swap of the entry's first word
that fails while either is set.  References 0-7 are reserved (the console
and xenstore use 0 and 1); the free list hands out the most recently freed
reference first.
"""

from __future__ import annotations

from unicc_devices.xen.hypervisor import MAPSPACE_GRANT_TABLE, Hypervisor, Shared, add_to_physmap

GTF_PERMIT_ACCESS, GTF_READONLY, GTF_READING, GTF_WRITING = 1, 4, 8, 16
ENTRY = 8
PER_FRAME = 4096 // ENTRY
RESERVED = 8


class GrantError(OSError):
    """No free grant reference, or access that cannot end yet."""


class GrantTable:
    def __init__(self, hv: Hypervisor, frames: int = 1) -> None:
        self.hv = hv
        self.frames: list[Shared] = []
        for i in range(frames):
            page, pfn = hv.own_page()
            add_to_physmap(hv, MAPSPACE_GRANT_TABLE, i, pfn)
            self.frames.append(page)
        self.free = list(range(frames * PER_FRAME - 1, RESERVED - 1, -1))
        self.granted: set[int] = set()

    def grant(self, domid: int, frame: int, readonly: bool = False) -> int:
        """A reference through which domain domid may map our frame."""
        if not self.free:
            raise GrantError(f"all {len(self.frames) * PER_FRAME - RESERVED} grant references are in use")
        ref = self.free.pop()
        page, off = self._entry(ref)
        page.write32(off + 4, frame)
        flags = GTF_PERMIT_ACCESS | (GTF_READONLY if readonly else 0)
        self.hv.barrier()   # domid and frame before the flags that make them valid
        page.write32(off, flags | domid << 16)
        self.granted.add(ref)
        return ref

    def end(self, ref: int) -> None:
        """Revoke ref and free it; GrantError while the other domain still maps it."""
        if ref not in self.granted:
            raise GrantError(f"grant reference {ref} is not in use")
        page, off = self._entry(ref)
        word = page.read32(off)
        if word & (GTF_READING | GTF_WRITING) or page.cmpxchg32(off, word, 0) != word:
            raise GrantError(f"grant reference {ref} is still mapped by domain {word >> 16}")
        self.granted.discard(ref)
        self.free.append(ref)

    def in_use(self) -> int:
        return len(self.granted)

    def _entry(self, ref: int) -> tuple[Shared, int]:
        return self.frames[ref // PER_FRAME], ref % PER_FRAME * ENTRY
