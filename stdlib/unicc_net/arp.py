"""ARP (RFC 826) for IPv4 over Ethernet: the packet view and the cache.

The cache maps an IP address to a MAC address until the entry expires; a
packet for an address not yet resolved waits in a bounded queue while
requests go out at most once per REQUEST_INTERVAL_NS, and is dropped when
no answer came within PENDING_TIMEOUT_NS.  Time is an argument everywhere.
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_net.addr import IPAddr
from unicc_net.ethernet import IPV4

HEADER_LEN = 8
REQUEST = 1
REPLY = 2
HTYPE_ETHERNET = 1

ENTRY_TTL_NS = 60_000_000_000
REQUEST_INTERVAL_NS = 1_000_000_000
PENDING_TIMEOUT_NS = 3_000_000_000
PENDING_PER_ADDR = 4
PENDING_ADDRS = 16
ENTRIES_MAX = 256


class Packet:
    """An ARP packet of any hardware and protocol address sizes; only
    Ethernet/IPv4 is used above."""

    def __init__(self, buf: Buffer) -> None:
        self.buf = buf

    def check(self) -> bool:
        return len(self.buf) >= HEADER_LEN and len(self.buf) >= HEADER_LEN + 2 * (self.hlen() + self.plen())

    def htype(self) -> int:
        return self.buf.get_u16_be(0)

    def ptype(self) -> int:
        return self.buf.get_u16_be(2)

    def hlen(self) -> int:
        return self.buf.get_u8(4)

    def plen(self) -> int:
        return self.buf.get_u8(5)

    def oper(self) -> int:
        return self.buf.get_u16_be(6)

    def is_ethernet_ipv4(self) -> bool:
        return self.htype() == HTYPE_ETHERNET and self.ptype() == IPV4 and self.hlen() == 6 and self.plen() == 4

    def sha(self) -> bytes:
        return self.buf.slice(8, 8 + self.hlen()).tobytes()

    def spa(self) -> IPAddr:
        off = 8 + self.hlen()
        return IPAddr.read(self.buf, off, self.plen())

    def tha(self) -> bytes:
        off = 8 + self.hlen() + self.plen()
        return self.buf.slice(off, off + self.hlen()).tobytes()

    def tpa(self) -> IPAddr:
        off = 8 + 2 * self.hlen() + self.plen()
        return IPAddr.read(self.buf, off, self.plen())


def packet_len(sha: bytes, spa: IPAddr) -> int:
    return HEADER_LEN + 2 * (len(sha) + len(spa.packed))


def emit(buf: Buffer, oper: int, sha: bytes, spa: IPAddr, tha: bytes, tpa: IPAddr) -> None:
    """An Ethernet/IPv4 ARP packet (buf holds packet_len() bytes)."""
    buf.set_u16_be(0, HTYPE_ETHERNET)
    buf.set_u16_be(2, IPV4)
    buf.set_u8(4, len(sha))
    buf.set_u8(5, len(spa.packed))
    buf.set_u16_be(6, oper)
    buf.write(8, sha)
    spa.write(buf, 8 + len(sha))
    buf.write(8 + len(sha) + len(spa.packed), tha)
    tpa.write(buf, 8 + 2 * len(sha) + len(spa.packed))


class Entry:
    def __init__(self, mac: bytes, expires: int) -> None:
        self.mac = mac
        self.expires = expires


class Pending:
    """Frames waiting for an address, and when it was last asked for."""

    def __init__(self, since: int) -> None:
        self.since = since
        self.asked = -REQUEST_INTERVAL_NS
        self.frames: list[Buffer] = []


class Cache:
    def __init__(self) -> None:
        self.entries: dict[IPAddr, Entry] = {}
        self.pending: dict[IPAddr, Pending] = {}
        self.dropped = 0          # frames given up on (queue full, no answer)

    def lookup(self, ip: IPAddr, now: int) -> bytes | None:
        e = self.entries.get(ip)
        if e is None:
            return None
        if e.expires <= now:
            del self.entries[ip]
            return None
        return e.mac

    def learn(self, ip: IPAddr, mac: bytes, now: int, create: bool) -> list[Buffer]:
        """Record ip at mac (only refresh an entry unless `create`, as RFC
        826 merges); the frames that were waiting for it.  In a full cache
        an answer to our own request takes the place of the entry that
        expires first; an unasked-for entry is not made (a flood of
        requests from many addresses must not lock out the neighbours the
        stack needs)."""
        asked = ip in self.pending
        if ip in self.entries or create or asked:
            if ip not in self.entries and len(self.entries) >= ENTRIES_MAX:
                self.expire(now)
                if len(self.entries) >= ENTRIES_MAX:
                    if not asked:
                        return []
                    del self.entries[self.first_to_expire()]
            self.entries[ip] = Entry(mac, now + ENTRY_TTL_NS)
        p = self.pending.pop(ip, None)
        return p.frames if p is not None else []

    def first_to_expire(self) -> IPAddr:
        first: IPAddr | None = None
        when = 0
        for ip, e in self.entries.items():
            if first is None or e.expires < when:
                first, when = ip, e.expires
        assert first is not None
        return first

    def enqueue(self, ip: IPAddr, frame: Buffer, now: int) -> bool:
        """Hold frame until ip is resolved; True if a request should go out now."""
        p = self.pending.get(ip)
        if p is None:
            if len(self.pending) >= PENDING_ADDRS:
                self.dropped += 1
                return False
            p = Pending(now)
            self.pending[ip] = p
        if len(p.frames) < PENDING_PER_ADDR:
            p.frames.append(frame)
        else:
            self.dropped += 1
        return self.should_ask(ip, now)

    def should_ask(self, ip: IPAddr, now: int) -> bool:
        p = self.pending.get(ip)
        if p is None or now - p.asked < REQUEST_INTERVAL_NS:
            return False
        p.asked = now
        return True

    def expire(self, now: int) -> list[IPAddr]:
        """Drop expired entries and give up on unanswered addresses; the
        addresses still pending (to ask again when the interval allows)."""
        for ip in [ip for ip, e in self.entries.items() if e.expires <= now]:
            del self.entries[ip]
        for ip in [ip for ip, p in self.pending.items() if now - p.since >= PENDING_TIMEOUT_NS]:
            self.dropped += len(self.pending.pop(ip).frames)
        return list(self.pending)
