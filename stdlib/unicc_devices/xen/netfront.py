"""Xen netfront as a Netif: the guest half of a vif, whose backend
(netback, in dom0) copies frames out of our transmit pages and into our
receive pages.

Layouts are those of Xen's public io/netif.h, on the shared rings of
ring.py, 256 slots each.  Transmit requests are {u32 gref; u16 offset,
flags, id, size} and responses {u16 id; s16 status}; receive requests
{u16 id, pad; u32 gref} and responses {u16 id, offset, flags; s16 status}
(status: the length, or < 0 on error).  One event channel serves both
rings.

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
from unicc_devices.xen.ring import Ring, copy_in, copy_out, read16, signed16
from unicc_devices.xen.xenstore import Xenstore, XenstoreError

TX_SLOT, RX_SLOT, RING_SIZE = 12, 8, 256     # both rings have 256 slots in a page
# Pages posted for receipt, pages to transmit from: the stack sends a whole
# 65507-byte UDP datagram (45 IPv4 fragments) at once, before the backend
# can answer for any (32 dropped its last 13 on the real rigs).
RX_BUFFERS, TX_BUFFERS = 64, 64
RXF_DATA_VALIDATED, RXF_CSUM_BLANK, RXF_MORE_DATA, RXF_EXTRA_INFO = 1, 2, 4, 8
RSP_DROPPED = -2
FRAME = 1514                                 # the largest Ethernet frame at MTU 1500


class NetfrontError(OSError):
    """The backend broke the protocol: the interface is unusable."""


class NetRing(Ring):
    def broken(self, message: str) -> OSError:
        return NetfrontError(message)


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
        self.tx = NetRing(hv, "tx", TX_SLOT, RING_SIZE)
        self.rx = NetRing(hv, "rx", RX_SLOT, RING_SIZE)
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
