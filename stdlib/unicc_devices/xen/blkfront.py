"""Xen blkfront as a Block: the guest half of a vbd, whose backend
(blkback, in dom0) reads and writes our data pages through grants.

Layouts are those of Xen's public io/blkif.h, on a shared ring of ring.py.
A request is {u8 operation, nr_segments; u16 handle; u64 id, sector_number;
11 x {u32 gref; u8 first_sect, last_sect; 2 bytes padding}} (112 bytes),
a response {u64 id; u8 operation; s16 status} (16 bytes): the same on
x86-64 and 32-bit ARM (the `x86_64-abi` and `arm-abi` protocols), whose
64-bit fields are 8-byte aligned both.  32 slots fit in the page.
Sector quantities are in 512-byte units (the frontend does not offer
`feature-large-sector-size`).

One request at a time, of up to 11 pages (88 sectors); the data pages are
granted once, for good.  Writes are write-through, as VirtioBlock's: each
write() ends with a flush (BLKIF_OP_FLUSH_DISKCACHE, else a write barrier,
if the backend offers either).  Nothing the backend writes is trusted: a
response to another request or operation, a status that is none of
blkif's, a producer index running ahead, or a disk of no sectors is a
BlkfrontError before a byte is copied out; an I/O error (BLKIF_RSP_ERROR)
is an OSError naming the operation and sector.
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices.memory import check_range, whole_sectors
from unicc_devices.xen import xenbus
from unicc_devices.xen.evtchn import EventChannels
from unicc_devices.xen.grant import GrantTable
from unicc_devices.xen.hypervisor import PAGE, XEN_VERSION, Hypervisor, Shared, call
from unicc_devices.xen.ring import Ring, copy_in, copy_out, read16, signed16
from unicc_devices.xen.xenstore import Xenstore, XenstoreError

OP_READ, OP_WRITE, OP_WRITE_BARRIER, OP_FLUSH_DISKCACHE = 0, 1, 2, 3
RSP_OKAY, RSP_ERROR, RSP_EOPNOTSUPP = 0, -1, -2
VDISK_READONLY = 4
SLOT, RING_SIZE = 112, 32
SEGMENTS = 11                         # BLKIF_MAX_SEGMENTS_PER_REQUEST
SECTOR = 512
PER_PAGE = PAGE // SECTOR
PATIENCE = 600                        # idle waits for one response before giving up
XENVER_CAPABILITIES = 3
OP_NAMES = ["read", "write", "barrier", "flush"]


class BlkfrontError(OSError):
    """The backend broke the protocol (or never connected): the disk is unusable."""


class BlkRing(Ring):
    def broken(self, message: str) -> OSError:
        return BlkfrontError(message)


def abi_protocol(hv: Hypervisor) -> str:
    """The `protocol` key for this guest's ABI, from what Xen says it runs
    (XENVER_capabilities: "xen-3.0-x86_64 ..." or "xen-3.0-armv7l ...")."""
    caps = Buffer(bytearray(1024))
    call(hv, XEN_VERSION, XENVER_CAPABILITIES, caps, "XENVER_capabilities")
    text = caps.tobytes().split(b"\0")[0].decode()
    if "x86_64" in text:
        return "x86_64-abi"
    if "arm" in text:
        return "arm-abi"
    raise BlkfrontError(f"no blkif protocol for a hypervisor of capabilities {text!r}")


def first_vbd(xs: Xenstore) -> str:
    try:
        names = xs.directory("device/vbd")
    except XenstoreError as e:
        raise BlkfrontError(f"this domain has no vbd: {e}") from None
    if not names or not all(n.isdigit() for n in names):
        raise BlkfrontError(f"this domain has no vbd (device/vbd holds {names})")
    return "device/vbd/" + str(min(int(n) for n in names))


class Blkfront:
    """The vbd `node` (default: the domain's first, e.g. "device/vbd/51712",
    xvda) as a Block of 512-byte sectors."""

    def __init__(self, hv: Hypervisor, xs: Xenstore, grants: GrantTable, node: str = "") -> None:
        self.hv = hv
        node = node or first_vbd(xs)
        self.device = xenbus.Frontend(xs, node)
        self.handle = int(node.rsplit("/", 1)[1])
        domid = self.device.backend_id
        self.events = EventChannels(hv)
        self.port = self.events.alloc_unbound(domid)
        self.events.unmask(self.port)      # an answer must end the idle wait (evtchn.py)
        self.ring = BlkRing(hv, "blkif", SLOT, RING_SIZE)
        self.pages: list[Shared] = []
        self.grefs: list[int] = []
        for _ in range(SEGMENTS):
            page, frame = hv.own_page()
            self.pages.append(page)
            self.grefs.append(grants.grant(domid, frame))
        self.next_id = 1
        self.device.connect({"ring-ref": str(grants.grant(domid, self.ring.frame)),
                             "event-channel": str(self.port), "protocol": abi_protocol(hv)})
        back = self.device.backend
        size = self.number(back + "/sector-size")
        self.count = self.number(back + "/sectors")
        self.info = self.number(back + "/info")
        if size != SECTOR:
            raise BlkfrontError(f"the backend's sector size is {size}: only {SECTOR} is supported")
        if self.count == 0:
            raise BlkfrontError(f"the backend {back} has a disk of 0 sectors")
        self.flush_op = OP_FLUSH_DISKCACHE if self.flag(back + "/feature-flush-cache") \
            else OP_WRITE_BARRIER if self.flag(back + "/feature-barrier") else -1

    def number(self, key: str) -> int:
        try:
            value = self.device.xs.read(key)
        except XenstoreError as e:
            raise BlkfrontError(f"the backend wrote no {key}: {e}") from None
        if not value.isdigit():
            raise BlkfrontError(f"the backend's {key} is {value!r}, not a number")
        return int(value)

    def flag(self, key: str) -> bool:
        try:
            return self.device.xs.read(key) == "1"
        except XenstoreError as e:
            if e.error == "ENOENT":
                return False
            raise

    def sector_size(self) -> int:
        return SECTOR

    def sectors(self) -> int:
        return self.count

    def read_only(self) -> bool:
        return self.info & VDISK_READONLY != 0

    def read(self, sector: int, count: int) -> bytes:
        check_range(sector, count, self.count)
        out = bytearray()
        at = sector
        while at < sector + count:
            n = min(SEGMENTS * PER_PAGE, sector + count - at)
            self.request(OP_READ, at, n)
            for i in range((n + PER_PAGE - 1) // PER_PAGE):
                size = min(PER_PAGE, n - i * PER_PAGE) * SECTOR
                buf = Buffer(bytearray(size))
                copy_out(self.pages[i], 0, size, buf)
                out += buf.tobytes()
            at += n
        return bytes(out)

    def write(self, sector: int, data: bytes) -> None:
        count = whole_sectors(data, SECTOR)
        check_range(sector, count, self.count)
        if self.read_only():
            raise OSError(f"blkfront write at sector {sector}: the disk is read-only")
        chunk = SEGMENTS * PAGE
        for off in range(0, len(data), chunk):
            piece = data[off:off + chunk]
            for i in range(0, len(piece), PAGE):
                copy_in(self.pages[i // PAGE], Buffer(bytearray(piece[i:i + PAGE])))
            self.request(OP_WRITE, sector + off // SECTOR, len(piece) // SECTOR)
        self.flush()

    def flush(self) -> None:
        """Make what was written durable, if the backend can (else nothing)."""
        if self.flush_op >= 0:
            self.request(self.flush_op, 0, 0)

    def request(self, op: int, sector: int, n: int) -> None:
        """One request of n sectors at sector, its data in our first pages, waited for."""
        page, at = self.ring.page, self.ring.request_at()
        req_id = self.next_id
        self.next_id += 1
        segments = (n + PER_PAGE - 1) // PER_PAGE
        page.write32(at, op | segments << 8 | self.handle << 16)
        page.write32(at + 4, 0)
        for off, v in ((8, req_id), (16, sector)):
            page.write32(at + off, v & 0xffffffff)
            page.write32(at + off + 4, v >> 32)
        for i in range(segments):
            last = min(PER_PAGE, n - i * PER_PAGE) - 1
            page.write32(at + 24 + 8 * i, self.grefs[i])
            page.write32(at + 28 + 8 * i, last << 8)      # first_sect 0, last_sect
        self.ring.produce()
        if self.ring.push():
            self.events.notify(self.port)
        self.check(self.response(), req_id, op, sector)

    def response(self) -> int:
        """The offset of the one outstanding request's response, waited for."""
        idles = 0
        while True:
            self.events.take(self.port)    # before looking: a later answer wakes us again
            at = self.ring.response_at(1)
            if at >= 0:
                return at
            if idles >= PATIENCE:
                raise BlkfrontError(f"the backend {self.device.backend} did not answer "
                                    f"request {self.next_id - 1} in {PATIENCE} idle waits")
            self.hv.idle()
            idles += 1

    def check(self, at: int, req_id: int, op: int, sector: int) -> None:
        page = self.ring.page
        got_id = page.read32(at) | page.read32(at + 4) << 32
        got_op, status = page.read8(at + 8), signed16(read16(page, at + 10))
        what = f"{OP_NAMES[op]} at sector {sector}"
        if got_id != req_id or got_op != op:
            raise BlkfrontError(f"response to request {got_id} (operation {got_op}); request "
                                f"{req_id} ({what}) is the one outstanding")
        if status == RSP_EOPNOTSUPP and op in (OP_FLUSH_DISKCACHE, OP_WRITE_BARRIER):
            self.flush_op = -1             # blkif.h: the backend may withdraw it any time
        elif status == RSP_ERROR:
            raise OSError(f"blkfront {what}: I/O error")
        elif status == RSP_EOPNOTSUPP:
            raise OSError(f"blkfront {what}: not supported by the backend")
        elif status != RSP_OKAY:
            raise BlkfrontError(f"response to request {req_id} ({what}): status {status}")
