"""IPv4 (RFC 791): the header view, its checksum, and fragment reassembly.

A packet is accepted only with version 4, a header length of at least 20
bytes within the total length, a total length within the frame (Ethernet's
padding after it is ignored) and a correct header checksum; options are
skipped.  Reassembly holds at most MAX_PACKETS packets of at most
MAX_SIZE bytes each, for REASSEMBLY_TIMEOUT_NS at most.
"""

from __future__ import annotations

from unicc_buf import Buffer
from unicc_net.addr import IPAddr
from unicc_net.wire import checksum

HEADER_LEN = 20
ICMP = 1
TCP = 6
UDP = 17
DEFAULT_TTL = 64
DF = 0x4000
MF = 0x2000

REASSEMBLY_TIMEOUT_NS = 30_000_000_000
MAX_PACKETS = 8
MAX_SIZE = 65535


class Packet:
    def __init__(self, buf: Buffer) -> None:
        self.buf = buf

    def check(self) -> bool:
        """Well formed, with a correct header checksum."""
        b = self.buf
        if len(b) < HEADER_LEN or b.get_u8(0) >> 4 != 4:
            return False
        hl = self.header_len()
        total = self.total_len()
        return HEADER_LEN <= hl <= total <= len(b) and checksum(b.slice(0, hl)) == 0

    def header_len(self) -> int:
        return (self.buf.get_u8(0) & 15) * 4

    def total_len(self) -> int:
        return self.buf.get_u16_be(2)

    def ident(self) -> int:
        return self.buf.get_u16_be(4)

    def dont_fragment(self) -> bool:
        return self.buf.get_u16_be(6) & DF != 0

    def more_fragments(self) -> bool:
        return self.buf.get_u16_be(6) & MF != 0

    def frag_offset(self) -> int:
        """In bytes."""
        return (self.buf.get_u16_be(6) & 0x1FFF) * 8

    def ttl(self) -> int:
        return self.buf.get_u8(8)

    def protocol(self) -> int:
        return self.buf.get_u8(9)

    def src(self) -> IPAddr:
        return IPAddr.read(self.buf, 12, 4)

    def dst(self) -> IPAddr:
        return IPAddr.read(self.buf, 16, 4)

    def header(self) -> Buffer:
        return self.buf.slice(0, self.header_len())

    def payload(self) -> Buffer:
        return self.buf.slice(self.header_len(), self.total_len())


def emit(buf: Buffer, payload_len: int, ident: int, protocol: int, src: IPAddr, dst: IPAddr,
         ttl: int = DEFAULT_TTL, flags: int = DF) -> None:
    """A 20-byte header (no options) with its checksum, for payload_len bytes after it."""
    buf.set_u8(0, 0x45)
    buf.set_u8(1, 0)
    buf.set_u16_be(2, HEADER_LEN + payload_len)
    buf.set_u16_be(4, ident)
    buf.set_u16_be(6, flags)
    buf.set_u8(8, ttl)
    buf.set_u8(9, protocol)
    buf.set_u16_be(10, 0)
    src.write(buf, 12)
    dst.write(buf, 16)
    buf.set_u16_be(10, checksum(buf.slice(0, HEADER_LEN)))


class Partial:
    """A packet being reassembled: its bytes so far and the ranges that have arrived."""

    def __init__(self, header: bytes, started: int) -> None:
        self.header = header         # the first fragment's header (offset 0), once seen
        self.started = started
        self.data = bytearray()
        self.ranges: list[tuple[int, int]] = []   # [start, end) received, sorted, merged
        self.total = -1              # payload length, once the last fragment is seen


class Reassembler:
    def __init__(self) -> None:
        self.partials: dict[tuple[bytes, bytes, int, int], Partial] = {}
        self.dropped = 0

    def add(self, p: Packet, now: int) -> Buffer | None:
        """Take a fragment; the whole packet (header and payload, the
        fragment fields cleared) once every piece has arrived."""
        self.expire(now)
        key = (p.src().packed, p.dst().packed, p.protocol(), p.ident())
        part = self.partials.get(key)
        if part is None:
            if len(self.partials) >= MAX_PACKETS:
                self.dropped += 1
                return None
            part = Partial(b"", now)
            self.partials[key] = part
        start = p.frag_offset()
        data = p.payload()
        end = start + len(data)
        last = not p.more_fragments()
        if end > MAX_SIZE - HEADER_LEN or (not last and len(data) % 8) or \
                (last and part.total >= 0 and end != part.total) or (part.total >= 0 and end > part.total):
            self.dropped += 1
            del self.partials[key]
            return None
        if last:
            part.total = end
        if start == 0:
            part.header = p.header().tobytes()
        if len(part.data) < end:
            part.data.extend(bytes(end - len(part.data)))
        Buffer(part.data).write(start, data)
        part.ranges = merge(part.ranges, start, end)
        if part.total < 0 or not part.header or part.ranges != [(0, part.total)]:
            return None
        del self.partials[key]
        hl = len(part.header)
        whole = bytearray(hl + part.total)
        out = Buffer(whole)
        out.write(0, part.header)
        out.write(hl, Buffer(part.data).slice(0, part.total))
        out.set_u16_be(2, hl + part.total)
        out.set_u16_be(6, 0)
        out.set_u16_be(10, 0)
        out.set_u16_be(10, checksum(out.slice(0, hl)))
        return out

    def expire(self, now: int) -> None:
        for key in [k for k, part in self.partials.items() if now - part.started >= REASSEMBLY_TIMEOUT_NS]:
            del self.partials[key]
            self.dropped += 1


def merge(ranges: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ranges with [start, end) added."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges + [(start, end)]):
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
