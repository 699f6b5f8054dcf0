"""A DHCP client (RFC 2131), sans-I/O: the stack feeds it the datagrams of
UDP port 68 and the time, and sends what it returns (to `destination()`).

INIT -> SELECTING (DISCOVER, broadcast) -> REQUESTING (REQUEST for the
first OFFER) -> BOUND (ACK: the lease) -> RENEWING at T1 (REQUEST unicast to
the server) -> REBINDING at T2 (REQUEST broadcast) -> INIT when the lease
ends; a NAK also starts over.  A message is retransmitted after 1, 2, 4, 8,
16, 16, ... s while selecting or requesting (RFC 2131 4.1 says from 4 s: a
unikernel wants its address soon), and after half the time left to T2 (or to
the end of the lease) while renewing (rebinding), at least 1 s apart.
"""

from __future__ import annotations

from unicc_net.addr import IPAddr

SERVER_PORT, CLIENT_PORT = 67, 68
DISCOVER, OFFER, REQUEST, DECLINE, ACK, NAK, RELEASE = 1, 2, 3, 4, 5, 6, 7
MAGIC = bytes([99, 130, 83, 99])
INIT, SELECTING, REQUESTING, BOUND, RENEWING, REBINDING = 0, 1, 2, 3, 4, 5
STATE_NAMES = ["INIT", "SELECTING", "REQUESTING", "BOUND", "RENEWING", "REBINDING"]
SECOND = 1_000_000_000
BROADCAST = IPAddr(bytes([255, 255, 255, 255]))
REQUEST_TRIES = 4   # REQUESTs for an offer before discovering again


class Reply:
    """What a server's message says (the options a client uses)."""

    def __init__(self) -> None:
        self.kind = 0
        self.yiaddr = IPAddr(bytes(4))
        self.server: IPAddr | None = None
        self.lease = 0           # seconds
        self.prefix = 24
        self.router: IPAddr | None = None
        self.t1 = -1
        self.t2 = -1


def parse(data: bytes, xid: int, mac: bytes) -> Reply | None:
    """The reply to our transaction, None for anything else or malformed."""
    if len(data) < 240 or data[0] != 2 or int.from_bytes(data[4:8], "big") != xid \
            or data[28:34] != mac or data[236:240] != MAGIC:
        return None
    r = Reply()
    r.yiaddr = IPAddr(data[16:20])
    i = 240
    while i < len(data):
        code = data[i]
        if code == 255:
            break
        if code == 0:
            i += 1
            continue
        if i + 1 >= len(data) or i + 2 + data[i + 1] > len(data):
            return None
        value = data[i + 2:i + 2 + data[i + 1]]
        i += 2 + len(value)
        if code == 53 and len(value) == 1:
            r.kind = value[0]
        elif code == 54 and len(value) == 4:
            r.server = IPAddr(value)
        elif code == 51 and len(value) == 4:
            r.lease = int.from_bytes(value, "big")
        elif code == 1 and len(value) == 4:
            r.prefix = bin(int.from_bytes(value, "big")).count("1")
        elif code == 3 and len(value) >= 4:
            r.router = IPAddr(value[:4])
        elif code == 58 and len(value) == 4:
            r.t1 = int.from_bytes(value, "big")
        elif code == 59 and len(value) == 4:
            r.t2 = int.from_bytes(value, "big")
    return r if r.kind else None


class Client:
    def __init__(self, mac: bytes, xid: int) -> None:
        self.mac = mac
        self.xid = xid & 0xFFFFFFFF
        self.state = INIT
        self.addr = IPAddr(bytes(4))
        self.prefix = 0
        self.router: IPAddr | None = None
        self.server = BROADCAST
        self.offered = IPAddr(bytes(4))
        self.tries = 0
        self.retry_at = 0
        self.t1_at = 0
        self.t2_at = 0
        self.end_at = 0
        self.leases = 0          # ACKs taken (the first and every renewal)
        self.changed = False     # the address was bound or lost since the stack looked

    def bound(self) -> bool:
        return self.state in (BOUND, RENEWING, REBINDING)

    def destination(self) -> IPAddr:
        return self.server if self.state == RENEWING else BROADCAST

    def deadline(self) -> int:
        """When tick() has something to do."""
        if self.state == BOUND:
            return self.t1_at
        return self.retry_at

    def start(self, now: int) -> bytes:
        self.state = SELECTING
        self.tries = 0
        self.xid = (self.xid * 1103515245 + 12345) & 0xFFFFFFFF
        return self.send(DISCOVER, now)

    def backoff(self, now: int) -> None:
        if self.state in (RENEWING, REBINDING):
            until = self.t2_at if self.state == RENEWING else self.end_at
            self.retry_at = now + max(SECOND, (until - now) // 2)
            if self.retry_at > until:
                self.retry_at = until
        else:
            self.retry_at = now + min(16, 1 << self.tries) * SECOND
        self.tries += 1

    def send(self, kind: int, now: int) -> bytes:
        self.backoff(now)
        b = bytearray(300)
        b[0], b[1], b[2] = 1, 1, 6
        b[4:8] = self.xid.to_bytes(4, "big")
        if self.state in (RENEWING, REBINDING):
            b[12:16] = self.addr.packed          # ciaddr: the address being extended
        else:
            b[10] = 0x80                          # answer by broadcast: we have no address yet
        b[28:34] = self.mac
        b[236:240] = MAGIC
        opts = bytearray([53, 1, kind])
        if kind == REQUEST and self.state == REQUESTING:
            opts += bytes([50, 4]) + self.offered.packed + bytes([54, 4]) + self.server.packed
        opts += bytes([55, 4, 1, 3, 51, 54, 255])
        b[240:240 + len(opts)] = opts
        return bytes(b)

    def receive(self, data: bytes, now: int) -> bytes | None:
        """A datagram from port 67; the message to send in answer, if any."""
        r = parse(data, self.xid, self.mac)
        if r is None:
            return None
        if self.state == SELECTING and r.kind == OFFER and r.server is not None:
            self.state = REQUESTING
            self.tries = 0
            self.offered = r.yiaddr
            self.server = r.server
            return self.send(REQUEST, now)
        if self.state in (REQUESTING, RENEWING, REBINDING) and r.kind == ACK:
            self.take(r, now)
            return None
        if self.state in (REQUESTING, RENEWING, REBINDING) and r.kind == NAK:
            self.lose()
            return self.start(now)
        return None

    def take(self, r: Reply, now: int) -> None:
        lease = max(r.lease, 2)
        if not self.bound() or r.yiaddr != self.addr or r.prefix != self.prefix:
            self.changed = True
        self.state = BOUND
        self.addr = r.yiaddr
        self.prefix = r.prefix
        self.router = r.router
        if r.server is not None:
            self.server = r.server
        self.leases += 1
        t1 = r.t1 if 0 < r.t1 < lease else lease // 2
        t2 = r.t2 if t1 < r.t2 < lease else lease * 7 // 8
        self.t1_at = now + t1 * SECOND
        self.t2_at = now + max(t2, t1) * SECOND
        self.end_at = now + lease * SECOND

    def lose(self) -> None:
        if self.bound():
            self.changed = True
        self.state = INIT
        self.addr = IPAddr(bytes(4))
        self.prefix = 0
        self.router = None
        self.server = BROADCAST

    def tick(self, now: int) -> bytes | None:
        """The timers: retransmissions, T1, T2, the lease's end."""
        if self.state == INIT:
            return self.start(now)
        if self.state == BOUND:
            if now < self.t1_at:
                return None
            self.state = RENEWING
            self.tries = 0
        if self.state in (RENEWING, REBINDING) and now >= self.end_at:
            self.lose()
            return self.start(now)
        if self.state == RENEWING and now >= self.t2_at:
            self.state = REBINDING
        elif now < self.retry_at:
            return None
        if self.state == REQUESTING and self.tries >= REQUEST_TRIES:
            return self.start(now)
        return self.send(DISCOVER if self.state == SELECTING else REQUEST, now)
