"""`zlib` for compiled programs (under CPython its own runs): crc32,
adler32, and one-shot compress/decompress of deflate streams (RFC 1951)
raw, in the zlib wrapper (RFC 1950) or in gzip's (RFC 1952), chosen by
wbits as CPython's zlib chooses; zlib.error with zlib's messages.

compress finds matches by hash chains (longer chains at higher levels),
and writes each block stored, with the fixed codes or with its own
dynamic codes, whichever is smallest: valid deflate, not byte for byte
what zlib writes.  decompress decodes with one table lookup per symbol.
compressobj and decompressobj (streaming) are not here: mypy reports
them as missing attributes.
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


# ---- decompression -----------------------------------------------------------------------------

class _Inflater:
    """A deflate decoder over data from pos: LSB-first bits, a table lookup
    per Huffman symbol, output in a bytearray grown by doubling."""

    def __init__(self, data: bytes, pos: int) -> None:
        self.data = data
        self.pos = pos
        self.bits = 0
        self.nbits = 0
        self.out = bytearray(max(1024, 4 * len(data)))
        self.n = 0

    def need(self, k: int) -> None:
        """At least k (<= 32) bits in the buffer, or a truncated stream."""
        while self.nbits < k:
            if self.pos >= len(self.data):
                raise _fail(-5, "incomplete or truncated stream")
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

    def run(self) -> bytes:
        while True:
            final = self.take(1)
            kind = self.take(2)
            if kind == 0:
                self.stored()
            elif kind == 1:
                self.codes(_FIXED_LIT, _FIXED_DIST)
            elif kind == 2:
                self.dynamic()
            else:
                raise _fail(-3, "invalid block type")
            if final:
                self.align()
                return bytes(self.out[:self.n])

    def stored(self) -> None:
        self.align()
        d = self.data
        if self.pos + 4 > len(d):
            raise _fail(-5, "incomplete or truncated stream")
        ln = d[self.pos] | d[self.pos + 1] << 8
        nln = d[self.pos + 2] | d[self.pos + 3] << 8
        if ln != nln ^ 0xFFFF:
            raise _fail(-3, "invalid stored block lengths")
        self.pos += 4
        if self.pos + ln > len(d):
            raise _fail(-5, "incomplete or truncated stream")
        self.grow(ln)
        out = self.out
        n = self.n
        p = self.pos
        for j in range(ln):
            out[n + j] = d[p + j]
        self.n += ln
        self.pos += ln

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
        lit = _build_table(lengths[:nlen], "literal/lengths")
        dist = _build_table(lengths[nlen:], "distances")
        self.codes(lit, dist)

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
            if k == 0:
                raise _fail(-3, f"invalid {what} code")
            raise _fail(-5, "incomplete or truncated stream")
        self.bits >>= k
        self.nbits -= k
        return e >> 4

    def codes(self, lit: list[int], dist: list[int]) -> None:
        """One block's symbols.  The state lives in locals; with 48 bits in
        hand a length and a distance with their extra bits need no refill,
        and near the end of the input step() reads one symbol the careful way."""
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
        while True:
            if nbits < 48:
                if pos + 8 > nd:
                    self.bits, self.nbits, self.pos, self.n = bits, nbits, pos, n
                    self.out = out
                    end = self.step(lit, dist)
                    bits, nbits, pos, n = self.bits, self.nbits, self.pos, self.n
                    out = self.out
                    ob = Buffer(out)
                    if end:
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
    if wbits < 0:
        if wbits < -15 or wbits > -8:
            raise error("Error -2 while preparing to decompress data: inconsistent stream state")
        return _Inflater(d, 0).run()
    wrap = (wbits >> 4) + 5
    window = wbits & 15 if wbits < 48 else wbits
    if window and (window < 8 or window > 15) or wrap > 7:
        raise error("Error -2 while preparing to decompress data: inconsistent stream state")
    gzip = wrap == 6 or wrap == 7 and len(d) >= 2 and d[0] == 0x1F and d[1] == 0x8B
    if gzip:
        return _gunzip(d)
    if len(d) < 2:
        raise _fail(-5, "incomplete or truncated stream")
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
    inf = _Inflater(d, 2)
    out = inf.run()
    p = inf.pos
    if p + 4 > len(d):
        raise _fail(-5, "incomplete or truncated stream")
    if (d[p] << 24 | d[p + 1] << 16 | d[p + 2] << 8 | d[p + 3]) != adler32(out):
        raise _fail(-3, "incorrect data check")
    return out


def _gunzip(d: bytes) -> bytes:
    n = len(d)
    if n < 2:
        raise _fail(-5, "incomplete or truncated stream")
    if d[0] != 0x1F or d[1] != 0x8B:
        raise _fail(-3, "incorrect header check")
    if n < 3:
        raise _fail(-5, "incomplete or truncated stream")
    if d[2] != 8:
        raise _fail(-3, "unknown compression method")
    if n < 4:
        raise _fail(-5, "incomplete or truncated stream")
    flags = d[3]
    if flags & 0xE0:
        raise _fail(-3, "unknown header flags set")
    p = 10
    if flags & 4:   # FEXTRA
        if p + 2 > n:
            raise _fail(-5, "incomplete or truncated stream")
        p += 2 + (d[p] | d[p + 1] << 8)
    for flag in (8, 16):   # FNAME, FCOMMENT: zero-terminated
        if flags & flag:
            while p < n and d[p] != 0:
                p += 1
            p += 1
    if flags & 2:   # FHCRC
        if p + 2 > n:
            raise _fail(-5, "incomplete or truncated stream")
        if d[p] | d[p + 1] << 8 != binascii.crc32(d[:p]) & 0xFFFF:
            raise _fail(-3, "header crc mismatch")
        p += 2
    if p > n:
        raise _fail(-5, "incomplete or truncated stream")
    inf = _Inflater(d, p)
    out = inf.run()
    p = inf.pos
    if p + 4 > n:
        raise _fail(-5, "incomplete or truncated stream")
    if (d[p] | d[p + 1] << 8 | d[p + 2] << 16 | d[p + 3] << 24) != binascii.crc32(out):
        raise _fail(-3, "incorrect data check")
    if p + 8 > n:
        raise _fail(-5, "incomplete or truncated stream")
    if (d[p + 4] | d[p + 5] << 8 | d[p + 6] << 16 | d[p + 7] << 24) != len(out) & 0xFFFFFFFF:
        raise _fail(-3, "incorrect length check")
    return out


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
    def __init__(self, data: bytes, level: int, window: int) -> None:
        self.data = data
        self.level = level
        self.max_dist = (1 << window) - 262
        self.bits = _Bits()

    def run(self) -> bytes:
        d = self.data
        n = len(d)
        if self.level == 0:
            start = 0
            while True:
                end = min(start + 65535, n)
                self.stored(start, end, end == n)
                if end == n:
                    break
                start = end
            self.bits.align()
            return bytes(self.bits.out)
        good, nice, chain = _CHAINS[self.level]
        db = Buffer(d)
        head = [-1] * 32768
        prev = [-1] * 32768
        tokens: list[int] = []
        block_start = 0
        max_dist = self.max_dist
        i = 0
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
        self.block(tokens, block_start, n, True)
        self.bits.align()
        return bytes(self.bits.out)

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
    if level < 0 or level > 9:
        raise error("Bad compression level")
    wrap = 1
    window = wbits
    if wbits < 0:
        wrap = 0
        window = -wbits
    elif wbits > 15:
        wrap = 2
        window = wbits - 16
    if window < 8 or window > 15 or window == 8 and wrap != 1:
        raise error("Bad compression level")
    if window == 8:
        window = 9
    body = _Deflater(d, level, window).run()
    if wrap == 0:
        return body
    if wrap == 2:
        xfl = 2 if level == 9 else 4 if level == 1 else 0
        head = bytes([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, xfl, 3])
        c = binascii.crc32(d)
        n = len(d) & 0xFFFFFFFF
        return head + body + c.to_bytes(4, "little") + n.to_bytes(4, "little")
    cmf = (window - 8) << 4 | 8
    flevel = 0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3
    flg = flevel << 6
    flg += 31 - (cmf << 8 | flg) % 31
    return bytes([cmf, flg]) + body + adler32(d).to_bytes(4, "big")
