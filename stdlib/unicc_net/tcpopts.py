"""TCP options (RFC 9293 3.1): reading those a segment carries and writing
ours.  MSS (kind 2), window scale (3, RFC 7323 2), SACK-permitted (4) and
SACK blocks (5, RFC 2018), timestamps (8, RFC 7323 3).

Everything read here came from the wire: an option whose length is wrong
for its kind is ignored, one whose length is below 2 or runs past the
header ends the scan (what came before it counts), a window scale above 14
is taken as 14 (RFC 7323 2.3), and at most 4 SACK blocks are read.
"""

from __future__ import annotations

from unicc_buf import Buffer

END, NOP, MSS, WSCALE, SACK_OK, SACK, TIMESTAMPS = 0, 1, 2, 3, 4, 5, 8
MAX_WSCALE = 14
MAX_SACK_BLOCKS = 4


class Options:
    """The options of one segment (absent: mss 0, wscale -1, has_ts False)."""

    def __init__(self) -> None:
        self.mss = 0
        self.wscale = -1
        self.sack_ok = False
        self.has_ts = False
        self.tsval = 0
        self.tsecr = 0
        self.sacks: list[tuple[int, int]] = []   # (left edge, right edge) pairs, as sent


def parse(buf: Buffer, start: int, end: int) -> Options:
    """The options in buf[start:end] (the header after its fixed 20 bytes)."""
    o = Options()
    i = start
    while i < end:
        kind = buf.get_u8(i)
        if kind == END:
            break
        if kind == NOP:
            i += 1
            continue
        if i + 1 >= end:
            break
        size = buf.get_u8(i + 1)
        if size < 2 or i + size > end:
            break
        take(o, buf, kind, i + 2, size - 2)
        i += size
    return o


def take(o: Options, buf: Buffer, kind: int, at: int, n: int) -> None:
    """One option's n bytes of data at buf[at:], if n is right for its kind."""
    if kind == MSS and n == 2:
        o.mss = buf.get_u16_be(at)
    elif kind == WSCALE and n == 1:
        o.wscale = min(buf.get_u8(at), MAX_WSCALE)
    elif kind == SACK_OK and n == 0:
        o.sack_ok = True
    elif kind == TIMESTAMPS and n == 8:
        o.has_ts = True
        o.tsval = buf.get_u32_be(at)
        o.tsecr = buf.get_u32_be(at + 4)
    elif kind == SACK and n > 0 and n % 8 == 0:
        for k in range(min(n // 8, MAX_SACK_BLOCKS)):
            o.sacks.append((buf.get_u32_be(at + 8 * k), buf.get_u32_be(at + 8 * k + 4)))


class Outgoing:
    """The options of a segment to send, laid out as Linux does (NOPs to
    align the 32-bit fields): MSS, SACK-permitted with the timestamps,
    window scale; on other segments the timestamps then SACK blocks."""

    def __init__(self, mss: int = 0, wscale: int = -1, sack_ok: bool = False, ts: bool = False,
                 tsval: int = 0, tsecr: int = 0, sacks: list[tuple[int, int]] | None = None) -> None:
        self.mss = mss
        self.wscale = wscale
        self.sack_ok = sack_ok
        self.ts = ts
        self.tsval = tsval
        self.tsecr = tsecr
        self.sacks: list[tuple[int, int]] = sacks if sacks is not None else []

    def size(self) -> int:
        """Bytes taken, a multiple of 4 (at most 40)."""
        n = 4 if self.mss else 0
        if self.ts or self.sack_ok:
            n += 12 if self.ts else 4
        if self.wscale >= 0:
            n += 4
        if self.sacks:
            n += 4 + 8 * len(self.sacks)
        return n

    def write(self, buf: Buffer, at: int) -> None:
        if self.mss:
            at = put(buf, at, [MSS, 4, self.mss >> 8, self.mss & 255])
        if self.ts:
            at = put(buf, at, [SACK_OK, 2, TIMESTAMPS, 10] if self.sack_ok else [NOP, NOP, TIMESTAMPS, 10])
            buf.set_u32_be(at, self.tsval)
            buf.set_u32_be(at + 4, self.tsecr)
            at += 8
        elif self.sack_ok:
            at = put(buf, at, [NOP, NOP, SACK_OK, 2])
        if self.wscale >= 0:
            at = put(buf, at, [NOP, WSCALE, 3, self.wscale])
        if self.sacks:
            at = put(buf, at, [NOP, NOP, SACK, 2 + 8 * len(self.sacks)])
            for left, right in self.sacks:
                buf.set_u32_be(at, left)
                buf.set_u32_be(at + 4, right)
                at += 8


def put(buf: Buffer, at: int, data: list[int]) -> int:
    for k, b in enumerate(data):
        buf.set_u8(at + k, b)
    return at + len(data)


NONE = Outgoing()
