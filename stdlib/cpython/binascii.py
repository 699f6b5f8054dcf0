"""`binascii` for compiled programs (under CPython its own runs): hex and
base64 to and from bytes, crc32 and crc_hqx, binascii.Error with CPython's
messages.

crc32 is slicing-by-8 (eight 256-entry tables, eight bytes a step) over a
zero-copy view of the data; zlib.crc32 is this function.  The uu, qp and
hqx codecs are not here (mypy reports them as missing attributes).
"""

from __future__ import annotations

from unicc_buf import Buffer


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_HEX = b"0123456789abcdef"
_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _ascii(data: str | bytes | bytearray) -> bytes:
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    return bytes(data) if isinstance(data, bytearray) else data


def _digit(c: int) -> int:
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def hexlify(data: bytes | bytearray, sep: str | bytes | None = None, bytes_per_sep: int = 1) -> bytes:
    d = Buffer(data)
    n = len(d)
    if sep is not None:
        if isinstance(sep, str):
            if len(sep) != 1:
                raise ValueError("sep must be length 1.")
            s = ord(sep)
        else:
            if len(sep) != 1:
                raise ValueError("sep must be length 1.")
            s = sep[0]
        if s > 255:
            raise ValueError("sep must be ASCII.")
        group = -bytes_per_sep if bytes_per_sep < 0 else bytes_per_sep
        if n and group and group < n:
            out = bytearray()
            # positive counts groups from the right, negative from the left
            first = n % group if bytes_per_sep > 0 and n % group else group
            i = 0
            while i < n:
                end = i + first if i == 0 else i + group
                if i:
                    out.append(s)
                while i < end and i < n:
                    c = d[i]
                    out.append(_HEX[c >> 4])
                    out.append(_HEX[c & 15])
                    i += 1
            return bytes(out)
    out = bytearray(2 * n)
    for i in range(n):
        c = d[i]
        out[2 * i] = _HEX[c >> 4]
        out[2 * i + 1] = _HEX[c & 15]
    return bytes(out)


def b2a_hex(data: bytes | bytearray, sep: str | bytes | None = None, bytes_per_sep: int = 1) -> bytes:
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr: str | bytes | bytearray, /) -> bytes:
    d = _ascii(hexstr)
    n = len(d)
    if n % 2:
        raise Error("Odd-length string")
    out = bytearray(n // 2)
    for i in range(0, n, 2):
        hi = _digit(d[i])
        lo = _digit(d[i + 1])
        if hi < 0 or lo < 0:
            raise Error("Non-hexadecimal digit found")
        out[i // 2] = hi << 4 | lo
    return bytes(out)


def a2b_hex(hexstr: str | bytes | bytearray, /) -> bytes:
    return unhexlify(hexstr)


def b2a_base64(data: bytes | bytearray, /, *, newline: bool = True) -> bytes:
    d = Buffer(data)
    n = len(d)
    out = bytearray()
    i = 0
    while i + 3 <= n:
        v = d[i] << 16 | d[i + 1] << 8 | d[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
        i += 3
    if n - i == 1:
        v = d[i] << 16
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out += b"=="
    elif n - i == 2:
        v = d[i] << 16 | d[i + 1] << 8
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out += b"="
    if newline:
        out.append(10)
    return bytes(out)


def _b64_value(c: int) -> int:
    if 65 <= c <= 90:
        return c - 65
    if 97 <= c <= 122:
        return c - 71
    if 48 <= c <= 57:
        return c + 4
    if c == 43:
        return 62
    if c == 47:
        return 63
    return -1


def a2b_base64(data: str | bytes | bytearray, /, *, strict_mode: bool = False) -> bytes:
    d = _ascii(data)
    n = len(d)
    out = bytearray()
    if strict_mode and n > 0 and d[0] == 61:
        raise Error("Leading padding not allowed")
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    for i in range(n):
        c = d[i]
        if c == 61:   # '='
            padding_started = True
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = _b64_value(c)
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            quad = 1
            left = v
        elif quad == 1:
            quad = 2
            out.append((left << 2 | v >> 4) & 255)
            left = v & 15
        elif quad == 2:
            quad = 3
            out.append((left << 4 | v >> 2) & 255)
            left = v & 3
        else:
            quad = 0
            out.append((left << 6 | v) & 255)
            left = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    f"({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4")
    if quad != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def _crc32_tables() -> list[int]:
    t = [0] * (8 * 256)
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t[i] = c
    for i in range(256):
        c = t[i]
        for k in range(1, 8):
            c = t[c & 255] ^ (c >> 8)
            t[k * 256 + i] = c
    return t


_CRC32 = _crc32_tables()


def crc32(data: bytes | bytearray, crc: int = 0, /) -> int:
    d = Buffer(data)
    t = _CRC32
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    n = len(d)
    i = 0
    while i + 8 <= n:
        lo = c ^ d.get_u32_le(i)
        hi = d.get_u32_le(i + 4)
        c = (t[1792 + (lo & 255)] ^ t[1536 + ((lo >> 8) & 255)] ^ t[1280 + ((lo >> 16) & 255)]
             ^ t[1024 + ((lo >> 24) & 255)] ^ t[768 + (hi & 255)] ^ t[512 + ((hi >> 8) & 255)]
             ^ t[256 + ((hi >> 16) & 255)] ^ t[(hi >> 24) & 255])
        i += 8
    while i < n:
        c = t[(c ^ d[i]) & 255] ^ (c >> 8)
        i += 1
    return c ^ 0xFFFFFFFF


def _crc_hqx_table() -> list[int]:
    t = [0] * 256
    for i in range(256):
        c = i << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021 if c & 0x8000 else c << 1) & 0xFFFF
        t[i] = c
    return t


_CRC_HQX = _crc_hqx_table()


def crc_hqx(data: bytes | bytearray, crc: int, /) -> int:
    d = Buffer(data)
    t = _CRC_HQX
    c = crc & 0xFFFF
    for i in range(len(d)):
        c = ((c << 8) & 0xFF00) ^ t[(c >> 8) ^ d[i]]
    return c
