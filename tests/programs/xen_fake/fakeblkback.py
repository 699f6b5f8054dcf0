"""A fake blkback (domain 0) for blkfront, on the fake Xen of fakexen.py:
it sets up the vbd's xenstore keys, answers the xenbus handshake
(connecting on Initialised, as Linux's blkback does) and, whenever the
guest notifies or idles, serves the requests on the ring against a disk
in memory, checking each segment's grant.  Its knobs: `fault` makes every
response malformed, `fail_sector` fails the requests that touch it with
BLKIF_RSP_ERROR, `no_flush` answers flushes with BLKIF_RSP_EOPNOTSUPP,
`lazy` ignores that many turns, and `connects=False` stays in InitWait.
"""

from __future__ import annotations

from fakexen import FakeMemory, FakeXen
from unicc_devices.xen import xenbus
from unicc_devices.xen.hypervisor import get_u64, set_u64

VDEV = 51712                        # xvda
FRONT = f"/local/domain/7/device/vbd/{VDEV}"
BACK = f"/local/domain/0/backend/vbd/7/{VDEV}"
SLOTS, SLOT, RING_SIZE, SECTOR = 64, 112, 32, 512
OP_NAMES = ["read", "write", "barrier", "flush"]


class FakeBlkback:
    def __init__(self, xen: FakeXen, sectors: int = 200, connects: bool = True,
                 features: str = "feature-flush-cache", info: int = 0, sector_size: int = 512) -> None:
        self.xen = xen
        self.disk = bytearray(sectors * SECTOR)
        tree = xen.daemon.tree
        for key, value in [("backend", BACK), ("backend-id", "0"), ("virtual-device", str(VDEV))]:
            tree[f"{FRONT}/{key}"] = value
        for key, value in [("state", str(xenbus.INITIALISING)), ("sectors", str(sectors)),
                           ("sector-size", str(sector_size)), ("info", str(info))]:
            tree[f"{BACK}/{key}"] = value
        for feature in features.split():
            tree[f"{BACK}/{feature}"] = "1"
        xen.daemon.backend.update({FRONT + "/state=1": BACK + "/state=2", FRONT + "/state=5": BACK + "/state=6"})
        if connects:
            xen.daemon.backend[FRONT + "/state=3"] = BACK + "/state=4"
        xen.backends.append(self)
        self.fault = ""
        self.fail_sector = -1
        self.no_flush = False
        self.lazy = 0
        self.cons = 0
        self.rsp_prod = 0
        self.log: list[str] = []

    def turn(self) -> None:
        tree = self.xen.daemon.tree
        if tree.get(BACK + "/state") != str(xenbus.CONNECTED):
            return
        if self.lazy > 0:
            self.lazy -= 1
            return
        ring = self.xen.granted(int(tree[FRONT + "/ring-ref"]), True)
        while self.cons != ring.mem.get_u32_le(0):
            self.serve(ring, (ring.mem.get_u32_le(0) - self.cons) & 0xffffffff,
                       SLOTS + self.cons % RING_SIZE * SLOT)
            self.cons = (self.cons + 1) & 0xffffffff
        ring.mem.set_u32_le(4, self.cons + 1)        # req_event: tell me of the next one

    def serve(self, ring: FakeMemory, queued: int, at: int) -> None:
        req = ring.mem
        op, segments, handle = req.get_u8(at), req.get_u8(at + 1), req.get_u16_le(at + 2)
        req_id, sector = get_u64(req, at + 8), get_u64(req, at + 16)
        if handle != VDEV or queued != 1:
            raise AssertionError(f"request for handle {handle} with {queued} queued")
        pages: list[tuple[FakeMemory, int, int]] = []
        for i in range(segments):
            ref, first, last = (req.get_u32_le(at + 24 + 8 * i), req.get_u8(at + 28 + 8 * i),
                                req.get_u8(at + 29 + 8 * i))
            if not first <= last < 8:
                raise AssertionError(f"segment {i}: sectors {first}..{last} of a page")
            pages.append((self.xen.granted(ref, op == 0), first * SECTOR, (last - first + 1) * SECTOR))
        end = sector * SECTOR + sum(n for _, _, n in pages)
        self.log.append(f"{OP_NAMES[op]} {sector} {segments}" if segments else OP_NAMES[op])
        status = 0
        if op > 1:
            status = -2 if self.no_flush else 0
        elif sector * SECTOR <= self.fail_sector * SECTOR < end or end > len(self.disk):
            status = -1
        else:
            pos = sector * SECTOR
            for page, off, n in pages:
                if op == 0:
                    page.mem.write(off, bytes(self.disk[pos:pos + n]))
                else:
                    self.disk[pos:pos + n] = page.mem.slice(off, off + n).tobytes()
                pos += n
        self.respond(ring, req_id, op, status)

    def respond(self, ring: FakeMemory, req_id: int, op: int, status: int) -> None:
        at = SLOTS + self.rsp_prod % RING_SIZE * SLOT
        set_u64(ring.mem, at, req_id + 1000 if self.fault == "id" else req_id)
        ring.mem.set_u8(at + 8, op ^ 1 if self.fault == "op" else op)
        ring.mem.set_u16_le(at + 10, (7 if self.fault == "status" else status) & 0xffff)
        self.rsp_prod = (self.rsp_prod + 1) & 0xffffffff
        ring.mem.set_u32_le(8, self.rsp_prod + 5 if self.fault == "index" else self.rsp_prod)
        self.xen.raise_event(int(self.xen.daemon.tree[FRONT + "/event-channel"]))
