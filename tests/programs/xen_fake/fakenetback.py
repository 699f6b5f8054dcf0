"""A fake netback (domain 0) for netfront, on the fake Xen of fakexen.py:
it sets up the vif's xenstore keys, answers the xenbus handshake, finds
the rings and buffers through the guest's grant table (checking each
entry grants the access it needs to domain 0), copies transmitted frames
out and delivers frames in.  It runs only when the test calls it.  `fault`
makes its next response malformed.
"""

from __future__ import annotations

from fakexen import FakeMemory, FakeXen
from unicc_devices.xen import xenbus

FRONT = "/local/domain/7/device/vif/0"
BACK = "/local/domain/0/backend/vif/7/0"
SLOTS, RING_SIZE = 64, 256


class FakeNetback:
    def __init__(self, xen: FakeXen, mac: str = "00:16:3e:12:34:56") -> None:
        self.xen = xen
        tree = xen.daemon.tree
        for key, value in [("backend", BACK), ("backend-id", "0"), ("mac", mac)]:
            tree[f"{FRONT}/{key}"] = value
        tree[BACK + "/state"] = str(xenbus.INITIALISING)
        # as Linux's netback: Initialised changes nothing, Connected connects
        xen.daemon.backend.update({FRONT + "/state=1": BACK + "/state=2", FRONT + "/state=4": BACK + "/state=4",
                                   FRONT + "/state=5": BACK + "/state=6"})
        self.fault = ""
        self.tx_cons = 0
        self.rx_cons = 0
        self.rsp_prod = {"tx": 0, "rx": 0}
        self.sent: list[bytes] = []

    def key(self, name: str) -> int:
        return int(self.xen.daemon.tree[f"{FRONT}/{name}"])

    def page(self, ref: int, write: bool) -> FakeMemory:
        return self.xen.granted(ref, write)

    def ring(self, name: str) -> FakeMemory:
        return self.page(self.key(name + "-ring-ref"), True)

    def respond(self, name: str, words: list[int]) -> None:
        ring = self.ring(name)
        prod = self.rsp_prod[name]
        at = SLOTS + prod % RING_SIZE * (12 if name == "tx" else 8)
        for i, w in enumerate(words):
            ring.mem.set_u32_le(at + 4 * i, w)
        prod = (prod + 1) & 0xffffffff
        self.rsp_prod[name] = prod
        ring.mem.set_u32_le(8, prod + 300 if self.fault == "index" else prod)
        self.xen.raise_event(self.key("event-channel"))

    def transmit(self) -> int:
        """Take every frame the guest has queued; how many."""
        ring = self.ring("tx").mem
        n = 0
        while self.tx_cons != ring.get_u32_le(0):
            at = SLOTS + self.tx_cons % RING_SIZE * 12
            ref, offset, req_id, size = (ring.get_u32_le(at), ring.get_u16_le(at + 4),
                                         ring.get_u16_le(at + 8), ring.get_u16_le(at + 10))
            data = self.page(ref, False).mem
            self.sent.append(data.slice(offset, offset + size).tobytes())
            self.tx_cons += 1
            status = {"tx_status": 0xffff, "tx_dropped": 0xfffe}.get(self.fault, 0)
            self.respond("tx", [(req_id + 100 if self.fault == "tx_id" else req_id) | status << 16])
            n += 1
        ring.set_u32_le(4, self.tx_cons + 1)       # req_event: tell me of the next one
        return n

    def deliver(self, frame: bytes, offset: int = 0, flags: int = 0) -> bool:
        """Copy frame into the next posted buffer; False if none is posted."""
        ring = self.ring("rx").mem
        if self.rx_cons == ring.get_u32_le(0):
            ring.set_u32_le(4, self.rx_cons + 1)
            return False
        at = SLOTS + self.rx_cons % RING_SIZE * 8
        req_id, ref = ring.get_u16_le(at), ring.get_u32_le(at + 4)
        self.page(ref, True).mem.write(offset, frame[:4096 - offset])
        self.rx_cons += 1
        status = len(frame)
        if self.fault == "rx_id":
            req_id = 200
        elif self.fault == "rx_status":
            status = 0xffff
        self.respond("rx", [req_id | offset << 16, flags | status << 16])
        return True
