"""`librt.strings` (mypyc's runtime library) for compiled programs; under
CPython the real librt runs.  BytesWriter and StringWriter build bytes and
str; write_*/read_* put and get fixed-width numbers in bytes; the code point
helpers are str's methods on one character.  mypy_extensions' native ints
are unicc's int, so each checks its range where librt's conversion would,
with librt's messages (i8, u16, u32 and u64, which mypy's mypy_extensions
stub lacks, are written int)."""

from __future__ import annotations

from typing import final

from mypy_extensions import i16, i32, i64, u8

import unicc_sys
from struct import _from_small, _to_small

U8_EXPECTED = "u8 object expected; got int"


def as_u8(x: int) -> int:
    if x < 0 or x > 255:
        raise TypeError(U8_EXPECTED)
    return x


@final
class BytesWriter:
    def __init__(self) -> None:
        self.buf = bytearray()

    def append(self, x: int, /) -> None:
        if x < 0 or x > 255:
            raise TypeError(U8_EXPECTED)
        self.buf.append(x)

    def write(self, b: bytes | bytearray, /) -> None:
        self.buf += b

    def getvalue(self) -> bytes:
        return bytes(self.buf)

    def truncate(self, size: i64, /) -> None:
        if size < 0:
            raise ValueError("size must be non-negative")
        if size > len(self.buf):
            raise ValueError("size cannot be larger than current buffer size")
        self.buf = self.buf[:size]

    def __len__(self) -> i64:
        return len(self.buf)

    def index(self, i: i64) -> i64:
        n = len(self.buf)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("BytesWriter index out of range")
        return i

    def __getitem__(self, i: i64, /) -> u8:
        return self.buf[self.index(i)]

    def __setitem__(self, i: i64, x: u8, /) -> None:
        j = self.index(i)
        self.buf[j] = as_u8(x)

    def __repr__(self) -> str:
        return f"BytesWriter({bytes(self.buf)!r})"


@final
class StringWriter:
    """ASCII text is kept as bytes (`ascii`) until a wider code point comes;
    from then on the text is str parts joined when asked for."""

    def __init__(self) -> None:
        self.ascii = bytearray()
        self.wide = False
        self.parts: list[str] = []
        self.n: i64 = 0

    def widen(self) -> None:
        self.wide = True
        self.n = len(self.ascii)
        self.parts.append(self.ascii.decode())

    def append(self, x: int, /) -> None:
        if 0 <= x < 128 and not self.wide:
            self.ascii.append(x)
            return
        if x < -(1 << 31) or x >= 1 << 31:
            raise TypeError("i32 object expected; got int")
        if x < 0 or x > 0x10FFFF:
            raise ValueError(f"code point {x} is outside valid Unicode range (0-1114111)")
        if not self.wide:
            self.widen()
        self.parts.append(chr(x))
        self.n += 1

    def write(self, s: str, /) -> None:
        if not self.wide and s.isascii():
            self.ascii += s.encode("ascii")
            return
        if not self.wide:
            self.widen()
        self.parts.append(s)
        self.n += len(s)

    def getvalue(self) -> str:
        if not self.wide:
            return self.ascii.decode()
        if len(self.parts) == 1:
            return self.parts[0]
        s = "".join(self.parts)
        self.parts = [s]
        return s

    def __len__(self) -> i64:
        return self.n if self.wide else len(self.ascii)

    def __getitem__(self, i: i64, /) -> i32:
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("StringWriter index out of range")
        return ord(self.getvalue()[i]) if self.wide else self.ascii[i]

    def __repr__(self) -> str:
        return f"StringWriter({self.getvalue()!r})"


# ---- fixed-width numbers --------------------------------------------------------------------

def signed(n: int, bits: int) -> int:
    if n < -(1 << (bits - 1)) or n >= 1 << (bits - 1):
        raise ValueError(f"int too large to convert to i{bits}")
    return n


def unsigned(n: int, bits: int) -> int:
    if n < 0 or (bits < 64 and n >= 1 << bits):
        raise ValueError(f"int too large or small to convert to u{bits}")
    return n


def put(b: BytesWriter, n: int, width: int, big: bool) -> None:
    """n's low `width` bytes, in the order asked."""
    buf = b.buf
    if big:
        for j in range(width - 1, -1, -1):
            buf.append((n >> (8 * j)) & 255)
    else:
        for j in range(width):
            buf.append((n >> (8 * j)) & 255)


def get(b: bytes, index: i64, width: int, big: bool) -> int:
    """The unsigned number in b[index:index + width] (8 bytes: as an i64,
    since unicc's int is one: a u64 above 2**63 - 1 reads negative)."""
    if index < 0:
        raise ValueError("index must be non-negative")
    if index > len(b) - width:
        raise IndexError(f"index {index} out of range for bytes of length {len(b)}")
    if width == 8:   # two halves, so the shifts stay within unicc's i64 int
        hi = get(b, index + (0 if big else 4), 4, big)
        lo = get(b, index + (4 if big else 0), 4, big)
        return sign(hi, 32) << 32 | lo
    n = 0
    if big:
        for j in range(width):
            n = (n << 8) | b[index + j]
    else:
        for j in range(width - 1, -1, -1):
            n = (n << 8) | b[index + j]
    return n


def sign(n: int, bits: int) -> int:
    return n - (1 << bits) if bits < 64 and n >= 1 << (bits - 1) else n


def write_i8(b: BytesWriter, n: int, /) -> None:
    b.buf.append(signed(n, 8) & 255)


def read_i8(b: bytes, index: i64, /) -> int:
    return sign(get(b, index, 1, False), 8)


def write_i16_le(b: BytesWriter, n: i16, /) -> None:
    put(b, signed(n, 16), 2, False)


def write_i16_be(b: BytesWriter, n: i16, /) -> None:
    put(b, signed(n, 16), 2, True)


def read_i16_le(b: bytes, index: i64, /) -> i16:
    return sign(get(b, index, 2, False), 16)


def read_i16_be(b: bytes, index: i64, /) -> i16:
    return sign(get(b, index, 2, True), 16)


def write_i32_le(b: BytesWriter, n: i32, /) -> None:
    put(b, signed(n, 32), 4, False)


def write_i32_be(b: BytesWriter, n: i32, /) -> None:
    put(b, signed(n, 32), 4, True)


def read_i32_le(b: bytes, index: i64, /) -> i32:
    return sign(get(b, index, 4, False), 32)


def read_i32_be(b: bytes, index: i64, /) -> i32:
    return sign(get(b, index, 4, True), 32)


def write_i64_le(b: BytesWriter, n: i64, /) -> None:
    put(b, n, 8, False)


def write_i64_be(b: BytesWriter, n: i64, /) -> None:
    put(b, n, 8, True)


def read_i64_le(b: bytes, index: i64, /) -> i64:
    return get(b, index, 8, False)


def read_i64_be(b: bytes, index: i64, /) -> i64:
    return get(b, index, 8, True)


def write_u16_le(b: BytesWriter, n: int, /) -> None:
    put(b, unsigned(n, 16), 2, False)


def write_u16_be(b: BytesWriter, n: int, /) -> None:
    put(b, unsigned(n, 16), 2, True)


def read_u16_le(b: bytes, index: i64, /) -> int:
    return get(b, index, 2, False)


def read_u16_be(b: bytes, index: i64, /) -> int:
    return get(b, index, 2, True)


def write_u32_le(b: BytesWriter, n: int, /) -> None:
    put(b, unsigned(n, 32), 4, False)


def write_u32_be(b: BytesWriter, n: int, /) -> None:
    put(b, unsigned(n, 32), 4, True)


def read_u32_le(b: bytes, index: i64, /) -> int:
    return get(b, index, 4, False)


def read_u32_be(b: bytes, index: i64, /) -> int:
    return get(b, index, 4, True)


def write_u64_le(b: BytesWriter, n: int, /) -> None:
    put(b, unsigned(n, 64), 8, False)


def write_u64_be(b: BytesWriter, n: int, /) -> None:
    put(b, unsigned(n, 64), 8, True)


def read_u64_le(b: bytes, index: i64, /) -> int:
    return get(b, index, 8, False)


def read_u64_be(b: bytes, index: i64, /) -> int:
    return get(b, index, 8, True)


def write_f32_le(b: BytesWriter, n: float, /) -> None:
    put(b, _to_small(n, 8, 23, ""), 4, False)   # C's cast: too large is inf


def write_f32_be(b: BytesWriter, n: float, /) -> None:
    put(b, _to_small(n, 8, 23, ""), 4, True)


def read_f32_le(b: bytes, index: i64, /) -> float:
    return _from_small(get(b, index, 4, False), 8, 23)


def read_f32_be(b: bytes, index: i64, /) -> float:
    return _from_small(get(b, index, 4, True), 8, 23)


def write_f64_le(b: BytesWriter, n: float, /) -> None:
    put(b, unicc_sys.float_bits(n), 8, False)


def write_f64_be(b: BytesWriter, n: float, /) -> None:
    put(b, unicc_sys.float_bits(n), 8, True)


def read_f64_le(b: bytes, index: i64, /) -> float:
    return unicc_sys.float_from_bits(get(b, index, 8, False))


def read_f64_be(b: bytes, index: i64, /) -> float:
    return unicc_sys.float_from_bits(get(b, index, 8, True))


# ---- code points ----------------------------------------------------------------------------

# The code points whose str.isidentifier() differs from isalpha() (XID_Start
# against the letters: letter numbers, Other_ID_Start, and the few letters
# NFKC takes out), as (first, last, identifier) ranges; Unicode 14.0, as
# CPython 3.11's database.
XID_OTHER = (
    (0x37A, 0x37A, False), (0xE33, 0xE33, False), (0xEB3, 0xEB3, False), (0x16EE, 0x16F0, True),
    (0x1885, 0x1886, True), (0x2118, 0x2118, True), (0x212E, 0x212E, True), (0x2160, 0x2182, True),
    (0x2185, 0x2188, True), (0x2E2F, 0x2E2F, False), (0x3007, 0x3007, True), (0x3021, 0x3029, True),
    (0x3038, 0x303A, True), (0xA6E6, 0xA6EF, True), (0xFC5E, 0xFC63, False), (0xFDFA, 0xFDFB, False),
    (0xFE70, 0xFE70, False), (0xFE72, 0xFE72, False), (0xFE74, 0xFE74, False), (0xFE76, 0xFE76, False),
    (0xFE78, 0xFE78, False), (0xFE7A, 0xFE7A, False), (0xFE7C, 0xFE7C, False), (0xFE7E, 0xFE7E, False),
    (0xFF9E, 0xFF9F, False), (0x10140, 0x10174, True), (0x10341, 0x10341, True), (0x1034A, 0x1034A, True),
    (0x103D1, 0x103D5, True), (0x12400, 0x1246E, True),
)


def code_point(c: i32) -> bool:
    """Whether c is a code point (an i32 that is not: librt's OverflowError)."""
    if c < -(1 << 31) or c >= 1 << 31:
        raise OverflowError("codepoint out of i32 range")
    return 0 <= c <= 0x10FFFF


def isspace(c: i32, /) -> bool:
    return code_point(c) and chr(c).isspace()


def isdigit(c: i32, /) -> bool:
    return code_point(c) and chr(c).isdigit()


def isalnum(c: i32, /) -> bool:
    return code_point(c) and chr(c).isalnum()


def isalpha(c: i32, /) -> bool:
    return code_point(c) and chr(c).isalpha()


def isidentifier(c: i32, /) -> bool:
    if not code_point(c):
        return False
    if c < 0x80:
        return c == 0x5F or 0x41 <= c <= 0x5A or 0x61 <= c <= 0x7A
    if 0x37A <= c <= 0x1246E:
        for lo, hi, ident in XID_OTHER:
            if lo <= c <= hi:
                return ident
    return chr(c).isalpha()


def toupper(c: i32, /) -> i32:
    if not code_point(c):
        return c
    u = chr(c).upper()
    return ord(u) if len(u) == 1 else c


def tolower(c: i32, /) -> i32:
    if not code_point(c):
        return c
    u = chr(c).lower()
    return ord(u) if len(u) == 1 else c
