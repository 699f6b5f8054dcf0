"""`zlib` for compiled programs (under CPython its own runs): crc32,
adler32, and one-shot compress/decompress of deflate streams (RFC 1951)
raw, in the zlib wrapper (RFC 1950) or in gzip's (RFC 1952), chosen by
wbits as CPython's zlib chooses; zlib.error with zlib's messages.

compress finds matches by hash chains (longer chains at higher levels),
and writes each block stored, with the fixed codes or with its own
dynamic codes, whichever is smallest: valid deflate, not byte for byte
what zlib writes.  decompress decodes with one table lookup per symbol.
compressobj and decompressobj stream the same deflate and inflate
(flush modes, max_length, unconsumed_tail, unused_data, eof); their zdict
is not here (mypy reports the unexpected keyword argument).
"""

from __future__ import annotations

import binascii
from unicc_buf import Buffer
from unicc_types import u64

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


def crc32(data: bytes | bytearray, value: int = 0, /) -> int:
    return binascii.crc32(data, value)


def adler32(data: bytes | bytearray, value: int = 1, /) -> int:
    d = Buffer(data)
    v = value & 0xFFFFFFFF
    a = u64(v & 0xFFFF)
    b = u64(v >> 16)
    n = len(d)
    base = u64(65521)
    for start in range(0, n, 5552):   # 5552 bytes at most before b could pass 2**32
        for i in range(start, min(start + 5552, n)):
            a += u64(d[i])
            b += a
        a %= base
        b %= base
    return int(b) << 16 | int(a)


# ---- tables of RFC 1951 ---------------------------------------------------------------------

_LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
             131, 163, 195, 227, 258]
_LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
_DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
              2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
_DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
               13, 13]
_CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]


def _fixed_lengths() -> list[int]:
    return [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8


def _len_symbols() -> list[int]:
    """length (3..258) -> index into _LEN_BASE."""
    t = [0] * 259
    for k in range(29):
        top = _LEN_BASE[k + 1] if k < 28 else 259
        for n in range(_LEN_BASE[k], top):
            t[n] = k
    t[258] = 28
    return t


def _dist_symbols() -> list[int]:
    """distance - 1 (0..32767) -> index into _DIST_BASE."""
    t = [0] * 32768
    for k in range(30):
        top = _DIST_BASE[k + 1] if k < 29 else 32769
        for dist in range(_DIST_BASE[k], top):
            t[dist - 1] = k
    return t


_LSYM = _len_symbols()
_DSYM = _dist_symbols()


def _fail(code: int, msg: str) -> error:
    return error(f"Error {code} while decompressing data: {msg}")


class _Truncated(error):
    """The input ends inside the stream: zlib's error -5 for one-shot
    decompress, more input to wait for in a decompressobj."""


def _truncated() -> _Truncated:
    return _Truncated("Error -5 while decompressing data: incomplete or truncated stream")


_HEADER = 0   # what an _Inflater reads next: a block header,
_CODES = 1    # a Huffman-coded block's symbols,
_STORED = 2   # a stored block's bytes


# ---- decompression -----------------------------------------------------------------------------

class _Inflater:
    """A deflate decoder over data from pos: LSB-first bits, a table lookup
    per Huffman symbol, output in a bytearray grown by doubling.  It can
    stop and go on (decompressobj): where the input ends inside a block
    header or a symbol, it is back at the start of that header or symbol
    when _Truncated is raised, and more data (self.data replaced) continues
    from there; it stops at a symbol boundary once n reaches limit."""

    def __init__(self, data: bytes, pos: int) -> None:
        self.data = data
        self.pos = pos
        self.bits = 0
        self.nbits = 0
        self.out = bytearray(max(1024, 4 * len(data)))
        self.n = 0
        self.block = _HEADER
        self.final = False      # the block being read is the last one
        self.lit = _FIXED_LIT
        self.dist = _FIXED_DIST
        self.left = 0           # bytes of a stored block still to copy
        self.limit = -1         # stop once n reaches it (-1: never)

    def need(self, k: int) -> None:
        """At least k (<= 32) bits in the buffer, or a truncated stream."""
        while self.nbits < k:
            if self.pos >= len(self.data):
                raise _truncated()
            self.bits |= self.data[self.pos] << self.nbits
            self.pos += 1
            self.nbits += 8

    def take(self, k: int) -> int:
        self.need(k)
        v = self.bits & ((1 << k) - 1)
        self.bits >>= k
        self.nbits -= k
        return v

    def align(self) -> None:
        """Drop the bits up to a byte boundary; give back whole bytes read ahead."""
        drop = self.nbits & 7
        self.bits >>= drop
        self.nbits -= drop
        self.pos -= self.nbits >> 3
        self.bits = 0
        self.nbits = 0

    def grow(self, k: int) -> None:
        if self.n + k > len(self.out):
            self.out = self.out + bytearray(len(self.out) + k)

    def resume(self) -> bool:
        """Decodes on: True at the end of the last block (the bits up to
        the next byte dropped), False when n has reached limit.  As zlib
        does with a full output, it reads on what makes no output: the
        headers and ends of blocks that come next."""
        while True:
            if self.block == _HEADER:
                if self.final:
                    self.align()
                    return True
                self.header()
            elif self.block == _STORED:
                if 0 <= self.limit <= self.n:
                    return False
                self.stored()
            else:
                self.codes(self.lit, self.dist)
                if self.block == _CODES:
                    return False

    def header(self) -> None:
        """A block's header (a dynamic block's code tables with it)."""
        pos, bits, nbits = self.pos, self.bits, self.nbits
        try:
            final = self.take(1)
            kind = self.take(2)
            if kind == 0:
                self.stored_header()
            elif kind == 1:
                self.lit, self.dist, self.block = _FIXED_LIT, _FIXED_DIST, _CODES
            elif kind == 2:
                self.dynamic()
            else:
                raise _fail(-3, "invalid block type")
        except _Truncated:
            self.pos, self.bits, self.nbits = pos, bits, nbits
            raise
        self.final = final == 1

    def stored_header(self) -> None:
        self.align()
        d = self.data
        if self.pos + 4 > len(d):
            raise _truncated()
        ln = d[self.pos] | d[self.pos + 1] << 8
        nln = d[self.pos + 2] | d[self.pos + 3] << 8
        if ln != nln ^ 0xFFFF:
            raise _fail(-3, "invalid stored block lengths")
        self.pos += 4
        self.left = ln
        self.block = _STORED if ln else _HEADER

    def stored(self) -> None:
        """What there is of a stored block's bytes, up to limit."""
        d = self.data
        k = min(self.left, len(d) - self.pos)
        if self.limit >= 0:
            k = min(k, self.limit - self.n)
        self.grow(k)
        out = self.out
        n = self.n
        p = self.pos
        for j in range(k):
            out[n + j] = d[p + j]
        self.n += k
        self.pos += k
        self.left -= k
        if self.left == 0:
            self.block = _HEADER
        elif self.pos >= len(d):
            raise _truncated()

    def copy(self) -> _Inflater:
        c = _Inflater(self.data, self.pos)
        c.bits, c.nbits, c.out, c.n = self.bits, self.nbits, bytearray(self.out), self.n
        c.block, c.final, c.lit, c.dist, c.left, c.limit = \
            self.block, self.final, self.lit, self.dist, self.left, self.limit
        return c

    def give_back(self) -> None:
        """Whole bytes read ahead into the bit buffer go back to the input."""
        k = self.nbits >> 3
        self.pos -= k
        self.nbits -= 8 * k
        self.bits &= (1 << self.nbits) - 1

    def dynamic(self) -> None:
        nlen = self.take(5) + 257
        ndist = self.take(5) + 1
        ncode = self.take(4) + 4
        if nlen > 286 or ndist > 30:
            raise _fail(-3, "too many length or distance symbols")
        cl = [0] * 19
        for k in range(ncode):
            cl[_CL_ORDER[k]] = self.take(3)
        cl_table = _build_table(cl, "code lengths")
        lengths: list[int] = []
        while len(lengths) < nlen + ndist:
            sym = self.symbol(cl_table, "code lengths")
            if sym < 16:
                lengths.append(sym)
                continue
            if sym == 16:
                if not lengths:
                    raise _fail(-3, "invalid bit length repeat")
                prev = lengths[len(lengths) - 1]
                rep = 3 + self.take(2)
            elif sym == 17:
                prev = 0
                rep = 3 + self.take(3)
            else:
                prev = 0
                rep = 11 + self.take(7)
            if len(lengths) + rep > nlen + ndist:
                raise _fail(-3, "invalid bit length repeat")
            for _ in range(rep):
                lengths.append(prev)
        if lengths[256] == 0:
            raise _fail(-3, "invalid code -- missing end-of-block")
        self.lit = _build_table(lengths[:nlen], "literal/lengths")
        self.dist = _build_table(lengths[nlen:], "distances")
        self.block = _CODES

    def symbol(self, table: list[int], what: str) -> int:
        """The next symbol: table[0] is the table's bit width, entries are
        symbol << 4 | code length (0: no code)."""
        width = table[0]
        if self.nbits < width:
            # read what there is: a short code at the very end still decodes
            while self.nbits < width and self.pos < len(self.data):
                self.bits |= self.data[self.pos] << self.nbits
                self.pos += 1
                self.nbits += 8
        e = table[1 + (self.bits & ((1 << width) - 1))]
        k = e & 15
        if k == 0 or k > self.nbits:
            if k == 0 and self.nbits >= width:
                raise _fail(-3, f"invalid {what} code")
            raise _truncated()
        self.bits >>= k
        self.nbits -= k
        return e >> 4

    def codes(self, lit: list[int], dist: list[int]) -> None:
        """One block's symbols, up to limit.  The state lives in locals; with
        48 bits in hand a length and a distance with their extra bits need no
        refill, and near the end of the input step() reads one symbol the
        careful way (from the symbol's start again when the input ends in it)."""
        d = self.data
        nd = len(d)
        lmask = (1 << lit[0]) - 1
        dmask = (1 << dist[0]) - 1
        bits = self.bits
        nbits = self.nbits
        pos = self.pos
        out = self.out
        ob = Buffer(out)   # a view of out for unchecked-value stores; renewed when out grows
        n = self.n
        stop = self.limit if self.limit >= 0 else 1 << 62
        while True:
            if n >= stop:
                break
            if nbits < 48:
                if pos + 8 > nd:
                    self.bits, self.nbits, self.pos, self.n = bits, nbits, pos, n
                    self.out = out
                    end = self.careful_step(lit, dist)
                    bits, nbits, pos, n = self.bits, self.nbits, self.pos, self.n
                    out = self.out
                    ob = Buffer(out)
                    if end:
                        self.block = _HEADER
                        return
                    continue
                while nbits <= 48:
                    bits |= d[pos] << nbits
                    pos += 1
                    nbits += 8
            e = lit[1 + (bits & lmask)]
            k = e & 15
            if k == 0:
                raise _fail(-3, "invalid literal/length code")
            bits >>= k
            nbits -= k
            sym = e >> 4
            if sym < 256:
                if n >= len(ob):
                    out = out + bytearray(len(out))   # a new array: a view pins the old one's size
                    ob = Buffer(out)
                ob[n] = sym
                n += 1
                continue
            if sym == 256:
                self.block = _HEADER
                break
            sym -= 257
            if sym >= 29:
                raise _fail(-3, "invalid literal/length code")
            eb = _LEN_EXTRA[sym]
            length = _LEN_BASE[sym] + (bits & ((1 << eb) - 1))
            bits >>= eb
            nbits -= eb
            e = dist[1 + (bits & dmask)]
            k = e & 15
            if k == 0:
                raise _fail(-3, "invalid distance code")
            bits >>= k
            nbits -= k
            dsym = e >> 4
            if dsym >= 30:
                raise _fail(-3, "invalid distance code")
            eb = _DIST_EXTRA[dsym]
            distance = _DIST_BASE[dsym] + (bits & ((1 << eb) - 1))
            bits >>= eb
            nbits -= eb
            if distance > n:
                raise _fail(-3, "invalid distance too far back")
            if n + length + 8 > len(ob):
                out = out + bytearray(len(out) + length + 8)
                ob = Buffer(out)
            src = n - distance
            if distance >= 8:   # eight bytes a step; the last may write past n + length, into spare room
                for j in range(0, length, 8):
                    ob.set_u64_le(n + j, ob.get_u64_le(src + j))
            else:
                for j in range(length):
                    ob[n + j] = ob[src + j]
            n += length
        self.bits, self.nbits, self.pos, self.n = bits, nbits, pos, n
        self.out = out
        if self.block == _CODES:
            self.end_of_block(lit)

    def end_of_block(self, lit: list[int]) -> None:
        """At limit: the end of the block if it comes next (zlib reads it
        with a full output)."""
        while self.nbits < 15 and self.pos < len(self.data):
            self.bits |= self.data[self.pos] << self.nbits
            self.pos += 1
            self.nbits += 8
        e = lit[1 + (self.bits & ((1 << lit[0]) - 1))]
        k = e & 15
        if k != 0 and k <= self.nbits and e >> 4 == 256:
            self.bits >>= k
            self.nbits -= k
            self.block = _HEADER

    def careful_step(self, lit: list[int], dist: list[int]) -> bool:
        """step(), back at the symbol's start when the input ends inside it."""
        bits, nbits, pos, n = self.bits, self.nbits, self.pos, self.n
        try:
            return self.step(lit, dist)
        except _Truncated:
            self.bits, self.nbits, self.pos, self.n = bits, nbits, pos, n
            raise

    def step(self, lit: list[int], dist: list[int]) -> bool:
        """One literal or match, reading bits one byte at a time (the end of
        the input); True at the end of the block."""
        sym = self.symbol(lit, "literal/length")
        if sym < 256:
            self.grow(1)
            self.out[self.n] = sym
            self.n += 1
            return False
        if sym == 256:
            return True
        sym -= 257
        if sym >= 29:
            raise _fail(-3, "invalid literal/length code")
        length = _LEN_BASE[sym] + self.take(_LEN_EXTRA[sym])
        dsym = self.symbol(dist, "distance")
        if dsym >= 30:
            raise _fail(-3, "invalid distance code")
        distance = _DIST_BASE[dsym] + self.take(_DIST_EXTRA[dsym])
        if distance > self.n:
            raise _fail(-3, "invalid distance too far back")
        self.grow(length)
        for j in range(length):
            self.out[self.n + j] = self.out[self.n - distance + j]
        self.n += length
        return False


def _build_table(lengths: list[int], what: str) -> list[int]:
    """A decoding table for canonical codes of these lengths: entry 0 is
    the width w, then 2**w entries indexed by the next w bits (LSB first)."""
    count = [0] * 16
    for ln in lengths:
        count[ln] += 1
    count[0] = 0
    width = 0
    for ln in range(1, 16):
        if count[ln]:
            width = ln
    left = 1
    for ln in range(1, 16):
        left = (left << 1) - count[ln]
        if left < 0:
            raise _fail(-3, f"invalid {what} set")
    if width == 0:   # no codes at all: any symbol read is an error
        return [1, 0, 0]
    if left > 0 and (what == "code lengths" or width != 1):
        raise _fail(-3, f"invalid {what} set")   # incomplete, other than one 1-bit code
    table = [0] * ((1 << width) + 1)
    table[0] = width
    next_code = [0] * 16
    code = 0
    for ln in range(1, 16):
        next_code[ln] = code
        code = (code + count[ln]) << 1
    for sym in range(len(lengths)):
        ln = lengths[sym]
        if ln == 0:
            continue
        c = next_code[ln]
        next_code[ln] += 1
        rev = 0
        for _ in range(ln):
            rev = rev << 1 | c & 1
            c >>= 1
        entry = sym << 4 | ln
        for j in range(rev, 1 << width, 1 << ln):
            table[1 + j] = entry
    return table


_FIXED_LIT = _build_table(_fixed_lengths(), "literal/lengths")
_FIXED_DIST = _build_table([5] * 32, "distances")   # 30 and 31 decode, then are invalid


def decompress(data: bytes | bytearray, /, wbits: int = 15, bufsize: int = 16384) -> bytes:
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    d = bytes(data) if isinstance(data, bytearray) else data
    wrap, window = _wrapper(wbits, d)
    if wrap < 0:
        raise error("Error -2 while preparing to decompress data: inconsistent stream state")
    try:
        return _decompress(d, wrap, window)
    except _Truncated:
        pass
    raise _fail(-5, "incomplete or truncated stream")


_RAW = 0    # the wrappers of a deflate stream
_ZLIB = 1
_GZIP = 2


def _wrapper(wbits: int, d: bytes) -> tuple[int, int]:
    """The wrapper wbits asks for (-1: an invalid wbits) and the window
    size it allows (0: what the zlib header says); with automatic header
    detection (wbits 32 + window), gzip's magic at the start of d says gzip."""
    if wbits < 0:
        return (_RAW, -wbits) if -15 <= wbits <= -8 else (-1, 0)
    wrap = (wbits >> 4) + 5
    window = wbits & 15 if wbits < 48 else wbits
    if window and (window < 8 or window > 15) or wrap > 7:
        return -1, 0
    gzip = wrap == 6 or wrap == 7 and len(d) >= 2 and d[0] == 0x1F and d[1] == 0x8B
    return (_GZIP if gzip else _ZLIB), window


def _decompress(d: bytes, wrap: int, window: int) -> bytes:
    start = 0 if wrap == _RAW else _gzip_header(d) if wrap == _GZIP else _zlib_header(d, window)
    inf = _Inflater(d, start)
    inf.resume()
    out = bytes(inf.out[:inf.n])
    if wrap == _GZIP:
        _trailer(d, inf.pos, binascii.crc32(out), len(out), True)
    elif wrap == _ZLIB:
        _trailer(d, inf.pos, adler32(out), len(out), False)
    return out


def _zlib_header(d: bytes, window: int) -> int:
    """Checks the zlib header at the start of d (window: the largest window
    allowed, 0: any); where the deflate stream starts."""
    if len(d) < 2:
        raise _truncated()
    cmf = d[0]
    flg = d[1]
    if (cmf << 8 | flg) % 31:
        raise _fail(-3, "incorrect header check")
    if cmf & 15 != 8:
        raise _fail(-3, "unknown compression method")
    size = (cmf >> 4) + 8
    if window == 0:
        window = size
    if size > 15 or size > window:
        raise _fail(-3, "invalid window size")
    if flg & 0x20:
        raise _fail(2, "need dictionary")
    return 2


def _gzip_header(d: bytes) -> int:
    """Checks the gzip header at the start of d; where the deflate stream starts."""
    n = len(d)
    if n < 2:
        raise _truncated()
    if d[0] != 0x1F or d[1] != 0x8B:
        raise _fail(-3, "incorrect header check")
    if n < 3:
        raise _truncated()
    if d[2] != 8:
        raise _fail(-3, "unknown compression method")
    if n < 4:
        raise _truncated()
    flags = d[3]
    if flags & 0xE0:
        raise _fail(-3, "unknown header flags set")
    p = 10
    if flags & 4:   # FEXTRA
        if p + 2 > n:
            raise _truncated()
        p += 2 + (d[p] | d[p + 1] << 8)
    for flag in (8, 16):   # FNAME, FCOMMENT: zero-terminated
        if flags & flag:
            while p < n and d[p] != 0:
                p += 1
            p += 1
    if flags & 2:   # FHCRC
        if p + 2 > n:
            raise _truncated()
        if d[p] | d[p + 1] << 8 != binascii.crc32(d[:p]) & 0xFFFF:
            raise _fail(-3, "header crc mismatch")
        p += 2
    if p > n:
        raise _truncated()
    return p


def _trailer(d: bytes, p: int, check: int, size: int, gzip: bool) -> int:
    """Checks the trailer at p of d against the check value (crc32 for gzip,
    adler32 for zlib) and the size of the whole output; its length."""
    if p + 4 > len(d):
        raise _truncated()
    if gzip:
        if (d[p] | d[p + 1] << 8 | d[p + 2] << 16 | d[p + 3] << 24) != check:
            raise _fail(-3, "incorrect data check")
        if p + 8 > len(d):
            raise _truncated()
        if (d[p + 4] | d[p + 5] << 8 | d[p + 6] << 16 | d[p + 7] << 24) != size & 0xFFFFFFFF:
            raise _fail(-3, "incorrect length check")
        return 8
    if (d[p] << 24 | d[p + 1] << 16 | d[p + 2] << 8 | d[p + 3]) != check:
        raise _fail(-3, "incorrect data check")
    return 4


# ---- compression -------------------------------------------------------------------------------

# level -> (match length after which fewer candidates are tried, length that ends the
# search, most candidates tried): zlib's table without its lazy matching
_CHAINS = [(0, 0, 0), (4, 8, 4), (4, 16, 8), (4, 32, 32), (4, 16, 16), (8, 32, 32), (8, 128, 128),
           (8, 256, 256), (32, 258, 1024), (32, 258, 4096)]


class _Bits:
    """An LSB-first bit writer."""

    def __init__(self) -> None:
        self.out = bytearray()
        self.acc = 0
        self.n = 0

    def put(self, v: int, k: int) -> None:
        self.acc |= v << self.n
        self.n += k
        while self.n >= 8:
            self.out.append(self.acc & 255)
            self.acc >>= 8
            self.n -= 8

    def align(self) -> None:
        if self.n:
            self.out.append(self.acc & 255)
        self.acc = 0
        self.n = 0


def _huffman_lengths(freqs: list[int], limit: int) -> list[int]:
    """Code lengths of at most `limit` bits for these frequencies (at least
    two codes, so that every code set is complete)."""
    n = len(freqs)
    f = list(freqs)
    used = [i for i in range(n) if f[i] > 0]
    for extra in (0, 1):
        if len(used) < 2 and extra not in used:
            f[extra] = 1
            used.append(extra)
    while True:
        lengths = _tree_depths(f, n)
        if max(lengths) <= limit:
            return lengths
        for i in range(n):   # flatten the distribution and try again
            if f[i]:
                f[i] = (f[i] >> 1) | 1


def _tree_depths(f: list[int], n: int) -> list[int]:
    """Depth of each leaf of a Huffman tree (two queues: sorted leaves and
    the internal nodes, which are made in order of weight)."""
    leaves = sorted([i for i in range(n) if f[i] > 0], key=lambda i: f[i] * 1024 + i)
    weight = [f[i] for i in leaves]
    parent = [-1] * (2 * len(leaves))
    nodes: list[int] = []   # internal node ids (len(leaves) + k), weights in weight
    li = 0
    ni = 0
    total = len(leaves)
    while (len(leaves) - li) + (len(nodes) - ni) > 1:
        pick = [0, 0]
        for slot in range(2):
            if li < len(leaves) and (ni >= len(nodes) or weight[li] <= weight[nodes[ni]]):
                pick[slot] = li
                li += 1
            else:
                pick[slot] = nodes[ni]
                ni += 1
        node = total
        total += 1
        weight.append(weight[pick[0]] + weight[pick[1]])
        parent[pick[0]] = node
        parent[pick[1]] = node
        nodes.append(node)
    depth = [0] * total
    for k in range(total - 2, -1, -1):
        depth[k] = depth[parent[k]] + 1
    lengths = [0] * n
    for k in range(len(leaves)):
        lengths[leaves[k]] = depth[k]
    return lengths


def _codes(lengths: list[int]) -> list[int]:
    """Canonical codes for these lengths, bit-reversed for an LSB-first writer."""
    count = [0] * 16
    for ln in lengths:
        count[ln] += 1
    count[0] = 0
    next_code = [0] * 16
    code = 0
    for ln in range(1, 16):
        next_code[ln] = code
        code = (code + count[ln]) << 1
    codes = [0] * len(lengths)
    for sym in range(len(lengths)):
        ln = lengths[sym]
        if ln:
            c = next_code[ln]
            next_code[ln] += 1
            rev = 0
            for _ in range(ln):
                rev = rev << 1 | c & 1
                c >>= 1
            codes[sym] = rev
    return codes


def _rle_lengths(lengths: list[int]) -> list[int]:
    """The code-length alphabet's symbols for lengths: sym | extra << 8."""
    out: list[int] = []
    i = 0
    n = len(lengths)
    while i < n:
        ln = lengths[i]
        run = 1
        while i + run < n and lengths[i + run] == ln:
            run += 1
        if ln == 0 and run >= 3:
            run = min(run, 138)
            out.append(17 | (run - 3) << 8 if run <= 10 else 18 | (run - 11) << 8)
        elif ln != 0 and run >= 4:
            out.append(ln)
            run = min(run - 1, 6)
            out.append(16 | (run - 3) << 8)
            run += 1
        else:
            out.append(ln)
            run = 1
        i += run
    return out


class _Deflater:
    def __init__(self, data: bytes, level: int, window: int, bits: _Bits | None = None) -> None:
        self.data = data
        self.level = level
        self.window = window
        self.max_dist = (1 << window) - 262
        self.bits = bits if bits is not None else _Bits()

    def run(self) -> bytes:
        """The whole deflate stream of data (one-shot compress)."""
        self.blocks(0, True)
        self.bits.align()
        return bytes(self.bits.out)

    def blocks(self, start: int, final: bool) -> None:
        """The blocks of data[start:], the last one final if final (none
        when there is nothing to write and final is not asked for); data
        before start came before in the stream: matches may reach into it."""
        d = self.data
        n = len(d)
        if self.level == 0:
            while start < n or final:
                end = min(start + 65535, n)
                self.stored(start, end, final and end == n)
                if end == n:
                    break
                start = end
            return
        good, nice, chain = _CHAINS[self.level]
        db = Buffer(d)
        head = [-1] * 32768
        prev = [-1] * 32768
        for j in range(max(0, start - (1 << self.window)), min(start, n - 2)):
            h = ((d[j] << 10) ^ (d[j + 1] << 5) ^ d[j + 2]) & 32767
            prev[j & 32767] = head[h]
            head[h] = j
        tokens: list[int] = []
        block_start = start
        max_dist = self.max_dist
        i = start
        while i < n:
            best = 0
            best_dist = 0
            if i + 3 <= n:
                h = ((d[i] << 10) ^ (d[i + 1] << 5) ^ d[i + 2]) & 32767
                cand = head[h]
                prev[i & 32767] = cand
                head[h] = i
                limit = min(258, n - i)
                tries = chain
                while cand >= 0 and i - cand <= max_dist and tries > 0:
                    tries -= 1
                    if d[cand + best] == d[i + best] and d[cand] == d[i]:
                        k = 0
                        while k + 8 <= limit and db.get_u64_le(cand + k) == db.get_u64_le(i + k):
                            k += 8
                        while k < limit and d[cand + k] == d[i + k]:
                            k += 1
                        if k > best:
                            best = k
                            best_dist = i - cand
                            if k >= nice or k >= limit:
                                break
                            if k >= good:   # a good match already: look less far (zlib's good_length)
                                tries >>= 2
                    nxt = prev[cand & 32767]
                    if nxt >= cand:
                        break
                    cand = nxt
            if best >= 3:
                tokens.append(best << 16 | best_dist)
                for j in range(i + 1, min(i + best, n - 2)):
                    h = ((d[j] << 10) ^ (d[j + 1] << 5) ^ d[j + 2]) & 32767
                    prev[j & 32767] = head[h]
                    head[h] = j
                i += best
            else:
                tokens.append(d[i])
                i += 1
            if len(tokens) >= 16384:
                self.block(tokens, block_start, i, False)
                tokens = []
                block_start = i
        if tokens or final:
            self.block(tokens, block_start, n, final)

    def stored(self, start: int, end: int, final: bool) -> None:
        b = self.bits
        b.put(1 if final else 0, 3)
        b.align()
        ln = end - start
        b.out += bytes([ln & 255, ln >> 8, ~ln & 255, (~ln >> 8) & 255])
        b.out += self.data[start:end]

    def block(self, tokens: list[int], start: int, end: int, final: bool) -> None:
        lf = [0] * 286
        df = [0] * 30
        for t in tokens:
            if t < 256:
                lf[t] += 1
            else:
                lf[257 + _LSYM[t >> 16]] += 1
                df[_DSYM[(t & 65535) - 1]] += 1
        lf[256] = 1
        ll = _huffman_lengths(lf, 15)
        dl = _huffman_lengths(df, 15)
        nlit = 286
        while nlit > 257 and ll[nlit - 1] == 0:
            nlit -= 1
        ndist = 30
        while ndist > 1 and dl[ndist - 1] == 0:
            ndist -= 1
        rle = _rle_lengths(ll[:nlit] + dl[:ndist])
        cf = [0] * 19
        for r in rle:
            cf[r & 255] += 1
        cl = _huffman_lengths(cf, 7)
        ncl = 19
        while ncl > 4 and cl[_CL_ORDER[ncl - 1]] == 0:
            ncl -= 1
        # the size of each kind of block, in bits
        extra_bits = 0
        for t in tokens:
            if t >= 256:
                extra_bits += _LEN_EXTRA[_LSYM[t >> 16]] + _DIST_EXTRA[_DSYM[(t & 65535) - 1]]
        fixed_l = _fixed_lengths()
        dyn = 17 + 3 * ncl + extra_bits
        fix = 3 + extra_bits
        for s in range(286):
            dyn += lf[s] * ll[s]
            fix += lf[s] * fixed_l[s]
        for s in range(30):
            dyn += df[s] * dl[s]
            fix += df[s] * 5
        for r in rle:
            sym = r & 255
            dyn += cl[sym] + (2 if sym == 16 else 3 if sym == 17 else 7 if sym == 18 else 0)
        stored = (end - start + 4 + 5 * ((end - start) // 65535)) * 8 + 10
        if stored < dyn and stored < fix:
            while end - start > 65535:
                self.stored(start, start + 65535, False)
                start += 65535
            self.stored(start, end, final)
            return
        b = self.bits
        if fix <= dyn:
            b.put(1 if final else 0, 1)
            b.put(1, 2)
            self.emit(tokens, fixed_l, _codes(fixed_l), [5] * 30, _codes([5] * 30))
            return
        b.put(1 if final else 0, 1)
        b.put(2, 2)
        b.put(nlit - 257, 5)
        b.put(ndist - 1, 5)
        b.put(ncl - 4, 4)
        for k in range(ncl):
            b.put(cl[_CL_ORDER[k]], 3)
        cc = _codes(cl)
        for r in rle:
            sym = r & 255
            b.put(cc[sym], cl[sym])
            if sym == 16:
                b.put(r >> 8, 2)
            elif sym == 17:
                b.put(r >> 8, 3)
            elif sym == 18:
                b.put(r >> 8, 7)
        self.emit(tokens, ll, _codes(ll), dl, _codes(dl))

    def emit(self, tokens: list[int], ll: list[int], lc: list[int], dl: list[int], dc: list[int]) -> None:
        b = self.bits
        out = b.out
        acc = b.acc
        n = b.n
        for t in tokens:
            if t < 256:
                acc |= lc[t] << n
                n += ll[t]
            else:
                length = t >> 16
                dist = t & 65535
                ls = _LSYM[length]
                acc |= lc[257 + ls] << n
                n += ll[257 + ls]
                acc |= (length - _LEN_BASE[ls]) << n
                n += _LEN_EXTRA[ls]
                ds = _DSYM[dist - 1]
                acc |= dc[ds] << n
                n += dl[ds]
                acc |= (dist - _DIST_BASE[ds]) << n
                n += _DIST_EXTRA[ds]
            while n >= 8:
                out.append(acc & 255)
                acc >>= 8
                n -= 8
        acc |= lc[256] << n
        n += ll[256]
        b.acc = acc
        b.n = n
        b.put(0, 0)


def compress(data: bytes | bytearray, /, level: int = Z_DEFAULT_COMPRESSION, wbits: int = MAX_WBITS) -> bytes:
    d = bytes(data) if isinstance(data, bytearray) else data
    if level == -1:
        level = 6
    wrap, window = _compress_wrapper(wbits)
    if level < 0 or level > 9 or wrap < 0:
        raise error("Bad compression level")
    body = _Deflater(d, level, window).run()
    if wrap == _RAW:
        return body
    if wrap == _GZIP:
        return _compress_header(wrap, level, window) + body + _compress_trailer(wrap, binascii.crc32(d), len(d))
    return _compress_header(wrap, level, window) + body + _compress_trailer(wrap, adler32(d), len(d))


def _compress_wrapper(wbits: int) -> tuple[int, int]:
    """The wrapper and window size of compress's wbits (-1: invalid)."""
    wrap = _ZLIB
    window = wbits
    if wbits < 0:
        wrap = _RAW
        window = -wbits
    elif wbits > 15:
        wrap = _GZIP
        window = wbits - 16
    if window < 8 or window > 15 or window == 8 and wrap != _ZLIB:
        return -1, 0
    return wrap, 9 if window == 8 else window


def _compress_header(wrap: int, level: int, window: int) -> bytes:
    if wrap == _RAW:
        return b""
    if wrap == _GZIP:
        xfl = 2 if level == 9 else 4 if level == 1 else 0
        return bytes([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, xfl, 3])
    cmf = (window - 8) << 4 | 8
    flevel = 0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3
    flg = flevel << 6
    flg += 31 - (cmf << 8 | flg) % 31
    return bytes([cmf, flg])


def _compress_trailer(wrap: int, check: int, size: int) -> bytes:
    """After the deflate stream: the check value (adler32 or crc32) of the
    input, and for gzip its size."""
    if wrap == _RAW:
        return b""
    if wrap == _GZIP:
        return check.to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little")
    return check.to_bytes(4, "big")


# ---- streaming ---------------------------------------------------------------------------------

Z_PARTIAL_FLUSH = 1
Z_BLOCK = 5
_SEGMENT = 65536   # input kept by a compressobj before it is deflated


class _Compress:
    """compressobj's object.  Input is kept until 64 KiB have come or a
    flush asks for it, then deflated into blocks whose matches may reach
    back a window into the input before them (not after a Z_FULL_FLUSH)."""

    def __init__(self, level: int, wrap: int, window: int) -> None:
        self.level = level
        self.wrap = wrap
        self.window = window
        self.bits = _Bits()
        self.history = b""           # the last window of input deflated
        self.pending = bytearray()   # input not deflated yet
        self.check = 0 if wrap == _GZIP else 1
        self.size = 0
        self.begun = False           # the header is written
        self.finished = False        # flushed with Z_FINISH

    def compress(self, data: bytes | bytearray, /) -> bytes:
        if self.finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        d = bytes(data) if isinstance(data, bytearray) else data
        self.begin()
        self.pending += d
        self.check = binascii.crc32(d, self.check) if self.wrap == _GZIP else adler32(d, self.check)
        self.size += len(d)
        if len(self.pending) >= _SEGMENT:
            self.deflate(False)
        return self.output()

    def flush(self, mode: int = Z_FINISH, /) -> bytes:
        if mode == Z_NO_FLUSH:
            return b""
        if self.finished or mode < Z_PARTIAL_FLUSH or mode > Z_BLOCK:
            raise error("Error -2 while flushing: inconsistent stream state")
        self.begin()
        self.deflate(mode == Z_FINISH)
        b = self.bits
        if mode == Z_SYNC_FLUSH or mode == Z_FULL_FLUSH:   # an empty stored block: byte-aligned
            b.put(0, 3)
            b.align()
            b.out += b"\x00\x00\xff\xff"
        elif mode == Z_PARTIAL_FLUSH:   # an empty block with the fixed codes
            b.put(2, 10)
        elif mode == Z_FINISH:
            b.align()
            b.out += _compress_trailer(self.wrap, self.check, self.size)
            self.finished = True
        if mode == Z_FULL_FLUSH:   # what follows can be decoded without what came before
            self.history = b""
        return self.output()

    def copy(self) -> _Compress:
        if self.finished:
            raise ValueError("Inconsistent stream state")
        c = _Compress(self.level, self.wrap, self.window)
        c.bits.out = bytearray(self.bits.out)
        c.bits.acc = self.bits.acc
        c.bits.n = self.bits.n
        c.history = self.history
        c.pending = bytearray(self.pending)
        c.check, c.size, c.begun, c.finished = self.check, self.size, self.begun, self.finished
        return c

    def begin(self) -> None:
        if not self.begun:
            self.bits.out += _compress_header(self.wrap, self.level, self.window)
            self.begun = True

    def deflate(self, final: bool) -> None:
        if not self.pending and not final:
            return
        data = self.history + bytes(self.pending)
        _Deflater(data, self.level, self.window, self.bits).blocks(len(self.history), final)
        self.history = data[max(0, len(data) - (1 << self.window)):]
        self.pending = bytearray()

    def output(self) -> bytes:
        out = bytes(self.bits.out)
        self.bits.out = bytearray()
        return out


def compressobj(level: int = Z_DEFAULT_COMPRESSION, method: int = DEFLATED, wbits: int = MAX_WBITS,
                memLevel: int = DEF_MEM_LEVEL, strategy: int = Z_DEFAULT_STRATEGY) -> _Compress:
    """A streaming compressor; strategy and memLevel are checked, not used
    (the output is valid deflate, not zlib's bytes)."""
    if level == -1:
        level = 6
    wrap, window = _compress_wrapper(wbits)
    if level < 0 or level > 9 or wrap < 0 or method != DEFLATED or memLevel < 1 or memLevel > 9 or \
            strategy < 0 or strategy > Z_FIXED:
        raise ValueError("Invalid initialization option")
    return _Compress(level, wrap, window)


class _Decompress:
    """decompressobj's object.  Input is decoded as it comes, all of it
    (partial symbols and headers are kept for the next call), up to
    max_length bytes of output: then what the decoder has not read is
    unconsumed_tail (it may have read a few bytes more than zlib would
    have).  The output keeps the last window as history."""

    def __init__(self, wbits: int) -> None:
        self.wbits = wbits
        self.inf: _Inflater | None = None   # after the header
        self.wrap = _RAW
        self.input = b""        # read, not decoded yet (a header, symbol or trailer in pieces)
        self.given = 0          # inf.out[given:inf.n] is output not handed out yet
        self.checked = 0        # inf.out[:checked] is in check
        self.check = 0
        self.size = 0
        self.failure = ""       # after a data error, every call raises it again
        self.closed = False     # flushed at the end: zlib has let the stream go
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False

    def decompress(self, data: bytes | bytearray, /, max_length: int = 0) -> bytes:
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.failure:
            raise error(self.failure)
        if self.closed:
            raise error("Error -2 while decompressing data: inconsistent stream state")
        d = bytes(data) if isinstance(data, bytearray) else data
        if self.eof:
            self.unused_data += d
            return b""
        try:
            return self.decode(self.input + d, len(self.input), max_length)
        except error as e:
            self.failure = str(e)
            raise

    def flush(self, length: int = DEF_BUF_SIZE, /) -> bytes:
        """The output of what is left of the input (unconsumed_tail)."""
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.closed:
            return b""
        out = self.decompress(self.unconsumed_tail)
        self.closed = self.eof
        return out

    def copy(self) -> _Decompress:
        if self.closed:
            raise ValueError("Inconsistent stream state")
        c = _Decompress(self.wbits)
        if self.inf is not None:
            c.inf = self.inf.copy()
        c.wrap, c.input, c.given, c.checked, c.check, c.size = \
            self.wrap, self.input, self.given, self.checked, self.check, self.size
        c.failure, c.closed, c.unused_data, c.unconsumed_tail, c.eof = \
            self.failure, self.closed, self.unused_data, self.unconsumed_tail, self.eof
        return c

    def decode(self, buf: bytes, old: int, max_length: int) -> bytes:
        """Decodes buf, whose first `old` bytes came in an earlier call."""
        inf = self.inf
        if inf is None:
            if self.wbits >= 32 and len(buf) < 2:   # too short to tell gzip from zlib
                self.input = buf
                return b""
            wrap, window = _wrapper(self.wbits, buf)
            try:
                start = 0 if wrap == _RAW else _gzip_header(buf) if wrap == _GZIP else _zlib_header(buf, window)
            except _Truncated:
                self.input = buf
                return b""
            inf = _Inflater(buf, start)
            self.inf, self.wrap = inf, wrap
            self.check = 0 if wrap == _GZIP else 1
        else:
            inf.data = buf
            inf.pos = 0
        inf.limit = self.given + max_length if max_length else -1
        try:
            ended = inf.resume()
        except _Truncated:
            self.input = buf[inf.pos:]
            self.unconsumed_tail = b""
            return self.output(max_length)
        out = self.output(max_length)
        if not ended or self.given < inf.n:   # stopped at max_length: the rest waits
            inf.give_back()
            cut = max(inf.pos, old)
            self.input = buf[inf.pos:cut]
            self.unconsumed_tail = buf[cut:]
            return out
        end = inf.pos
        if self.wrap != _RAW:
            try:
                end += _trailer(buf, inf.pos, self.check, self.size, self.wrap == _GZIP)
            except _Truncated:
                self.input = buf[inf.pos:]
                self.unconsumed_tail = b""
                return out
        self.eof = True
        self.unused_data = buf[end:]
        self.input = b""
        self.unconsumed_tail = b""
        return out

    def output(self, max_length: int) -> bytes:
        """The output not handed out yet (at most max_length bytes, if not 0);
        the check value takes in all that is decoded, and the output keeps a
        window of what was handed out."""
        inf = self.inf
        assert inf is not None
        new = inf.out[self.checked:inf.n]
        self.check = binascii.crc32(new, self.check) if self.wrap == _GZIP else adler32(new, self.check)
        self.size += len(new)
        self.checked = inf.n
        end = min(inf.n, self.given + max_length) if max_length else inf.n
        out = bytes(inf.out[self.given:end])
        self.given = end
        if self.given > 2 * 32768:
            cut = self.given - 32768
            inf.out = inf.out[cut:]
            inf.n -= cut
            self.given -= cut
            self.checked -= cut
        return out


def decompressobj(wbits: int = MAX_WBITS) -> _Decompress:
    """A streaming decompressor (no zdict)."""
    if _wrapper(wbits, b"")[0] < 0:
        raise ValueError("Invalid initialization option")
    return _Decompress(wbits)
