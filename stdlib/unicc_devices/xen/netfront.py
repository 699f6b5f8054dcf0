"""Xen netfront as a Netif: the guest half of a vif, whose backend
(netback, in dom0) copies frames out of our transmit pages and into our
receive pages.

Layouts are those of Xen's public io/ring.h and io/netif.h.  A shared ring
is one page: {u32 req_prod, req_event, rsp_prod, rsp_event} and 48 bytes of
padding, then a power-of-two number of slots, each holding a request or its
response.  Transmit requests are {u32 gref; u16 offset, flags, id, size}
and responses {u16 id; s16 status}; receive requests {u16 id, pad; u32 gref}
and responses {u16 id, offset, flags; s16 status} (status: the length, or
< 0 on error).  One event channel serves both rings.

Each buffer is a page of ours granted to the backend once, for good (the
backend copies, and answers a transmit request only after it let go of the
page).  Nothing the backend writes is trusted: a response to a request
never made, a length beyond the page, a negative status or a producer
index running ahead of what was asked is a NetfrontError, and the driver
touches no memory but its rings and pages.
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_devices.xen import xenbus
from unicc_devices.xen.evtchn import EventChannels
from unicc_devices.xen.grant import GrantTable
from unicc_devices.xen.hypervisor import PAGE, Hypervisor, Shared
from unicc_devices.xen.xenstore import Xenstore, XenstoreError

REQ_PROD, REQ_EVENT, RSP_PROD, RSP_EVENT, SLOTS = 0, 4, 8, 12, 64
TX_SLOT, RX_SLOT, RING_SIZE = 12, 8, 256     # both rings have 256 slots in a page
RX_BUFFERS, TX_BUFFERS = 64, 32              # pages posted for receipt, pages to transmit from
RXF_DATA_VALIDATED, RXF_CSUM_BLANK, RXF_MORE_DATA, RXF_EXTRA_INFO = 1, 2, 4, 8
RSP_DROPPED = -2
FRAME = 1514                                 # the largest Ethernet frame at MTU 1500
MASK = 0xffffffff


class NetfrontError(OSError):
    """The backend broke the protocol: the interface is unusable."""


class Ring:
    """Our (front) end of a shared ring: requests produced, responses consumed."""

    def __init__(self, hv: Hypervisor, name: str, slot: int) -> None:
        self.hv = hv
        self.page, self.frame = hv.own_page()
        self.name = name
        self.slot = slot
        self.req_prod = 0        # requests written, not necessarily pushed
        self.pushed = 0
        self.rsp_cons = 0
        self.page.write32(REQ_EVENT, 1)
        self.page.write32(RSP_EVENT, 1)

    def request_at(self) -> int:
        """The offset of the next request's slot (the caller fills it, then produce())."""
        return SLOTS + self.req_prod % RING_SIZE * self.slot

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
        at = SLOTS + self.rsp_cons % RING_SIZE * self.slot
        self.rsp_cons = (self.rsp_cons + 1) & MASK
        return at

    def ahead(self, outstanding: int) -> int:
        ahead = (self.page.read32(RSP_PROD) - self.rsp_cons) & MASK
        if ahead > outstanding:
            raise NetfrontError(f"{self.name} ring: the backend produced {ahead} responses, "
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


def parse_mac(text: str) -> bytes:
    parts = text.split(":")
    if len(parts) != 6 or not all(len(p) == 2 and all(c in "0123456789abcdefABCDEF" for c in p)
                                  for p in parts):
        raise NetfrontError(f"the vif's mac {text!r} is not six hex bytes")
    return bytes(int(p, 16) for p in parts)


class Netfront:
    """The vif `node` (e.g. "device/vif/0") as a Netif: every receive
    buffer posted, transmit pages reclaimed as the backend answers, no
    offloads (feature-no-csum-offload: the backend completes checksums)."""

    def __init__(self, hv: Hypervisor, xs: Xenstore, grants: GrantTable, node: str = "device/vif/0") -> None:
        self.hv = hv
        self.device = xenbus.Frontend(xs, node)
        try:
            self.address = parse_mac(xs.read(node + "/mac"))
        except XenstoreError as e:
            raise NetfrontError(f"the vif {node} has no mac: {e}") from None
        domid = self.device.backend_id
        self.events = EventChannels(hv)
        self.port = self.events.alloc_unbound(domid)
        self.tx = Ring(hv, "tx", TX_SLOT)
        self.rx = Ring(hv, "rx", RX_SLOT)
        self.tx_pages: list[Shared] = []
        self.tx_grefs: list[int] = []
        self.rx_pages: list[Shared] = []
        self.rx_grefs: list[int] = []
        for pages, grefs, count, readonly in [(self.tx_pages, self.tx_grefs, TX_BUFFERS, True),
                                              (self.rx_pages, self.rx_grefs, RX_BUFFERS, False)]:
            for _ in range(count):
                page, frame = hv.own_page()
                pages.append(page)
                grefs.append(grants.grant(domid, frame, readonly))
        self.tx_free = list(range(TX_BUFFERS - 1, -1, -1))
        self.tx_sent = [False] * TX_BUFFERS
        self.rx_posted = [False] * RX_BUFFERS
        self.dropped = 0                      # frames the backend answered RSP_DROPPED
        self.validated = False
        for i in range(RX_BUFFERS):
            self.post(i)
        self.rx.push()
        self.device.connect({"tx-ring-ref": str(grants.grant(domid, self.tx.frame)),
                             "rx-ring-ref": str(grants.grant(domid, self.rx.frame)),
                             "event-channel": str(self.port), "request-rx-copy": "1",
                             "feature-rx-notify": "1", "feature-no-csum-offload": "1"},
                            xenbus.CONNECTED)
        self.device.watch()
        self.gone = ""                        # why the vif is gone, once the backend left

    def mac(self) -> bytes:
        return self.address

    def mtu(self) -> int:
        return FRAME - 14

    def offloads(self) -> bool:
        return False

    def checked(self) -> bool:
        return self.validated

    def wake_on_receive(self) -> None:
        # Any pending port ends the idle wait (evtchn.py); ours must not be masked.
        self.events.unmask(self.port)

    def send(self, frame: Buffer) -> None:
        if len(frame) > FRAME:
            raise ValueError(f"frame of {len(frame)} bytes exceeds the MTU {FRAME - 14}")
        if self.gone:
            return                            # no backend: the frame is lost, as on a cut cable
        self.reclaim()
        if not self.tx_free:
            return                            # the backend is behind: drop
        i = self.tx_free.pop()
        copy_in(self.tx_pages[i], frame)
        at = self.tx.request_at()
        page = self.tx.page
        page.write32(at, self.tx_grefs[i])
        page.write32(at + 4, 0)               # offset 0, no flags
        page.write32(at + 8, i | len(frame) << 16)
        self.tx.produce()
        self.tx_sent[i] = True
        if self.tx.push():
            self.events.notify(self.port)

    def reclaim(self) -> None:
        """Take back the transmit pages the backend has answered for."""
        at = self.tx.response_at(TX_BUFFERS - len(self.tx_free))
        while at >= 0:
            word = self.tx.page.read32(at)
            i, status = word & 0xffff, signed16(word >> 16)
            if i >= TX_BUFFERS or not self.tx_sent[i]:
                raise NetfrontError(f"tx response for request {i}, which is not outstanding")
            if status == RSP_DROPPED:
                self.dropped += 1
            elif status != 0:
                raise NetfrontError(f"tx response {i}: status {status}")
            self.tx_sent[i] = False
            self.tx_free.append(i)
            at = self.tx.response_at(TX_BUFFERS - len(self.tx_free))

    def receive(self, buf: Buffer) -> int:
        if self.gone:
            return 0
        state = self.device.lost()
        if state:
            self.detach(state)
            return 0
        self.events.take(self.port)           # before looking: a later event wakes the loop again
        while True:
            at = self.rx.response_at(self.rx_posted.count(True))
            if at < 0:
                return 0
            page = self.rx.page
            i, offset = read16(page, at), read16(page, at + 2)
            flags, status = read16(page, at + 4), signed16(read16(page, at + 6))
            if i >= RX_BUFFERS or not self.rx_posted[i]:
                raise NetfrontError(f"rx response for buffer {i}, which is not posted")
            if status < 0:
                raise NetfrontError(f"rx response {i}: status {status}")
            if flags & (RXF_MORE_DATA | RXF_EXTRA_INFO | RXF_CSUM_BLANK):
                raise NetfrontError(f"rx response {i}: flags {flags:#x} that were not negotiated")
            if offset + status > PAGE or status > len(buf):
                raise NetfrontError(f"rx response {i}: {status} bytes at offset {offset} "
                                    f"(a page holds {PAGE}, the buffer {len(buf)})")
            self.rx_posted[i] = False
            copy_out(self.rx_pages[i], offset, status, buf)
            self.validated = flags & RXF_DATA_VALIDATED != 0
            self.post(i)
            if self.rx.push():
                self.events.notify(self.port)
            if status > 0:
                return status

    def detach(self, state: int) -> None:
        """The backend left (`xl network-detach`): say so once, close our
        end so that the toolstack can finish, and run on without frames."""
        self.gone = f"the backend {self.device.backend} is {xenbus.state_name(state)}"
        print(f"netfront: {self.gone}: the vif is gone, frames are dropped")
        self.device.set_state(xenbus.CLOSING)
        self.device.set_state(xenbus.CLOSED)

    def post(self, i: int) -> None:
        at = self.rx.request_at()
        self.rx.page.write32(at, i)
        self.rx.page.write32(at + 4, self.rx_grefs[i])
        self.rx.produce()
        self.rx_posted[i] = True
