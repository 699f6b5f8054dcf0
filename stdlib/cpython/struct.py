"""`struct` for compiled programs (under CPython its own runs): values to and
from C-layout bytes, with CPython's formats, sizes, alignment and messages.

A format is parsed once into a `_Fmt` (one entry per value: kind, offset,
width) and kept in a cache keyed by the format string, so the work of
`unpack_from("!HHI", buf, off)` in a loop is a dict lookup and a few loads
per value.  Native mode ('@', the default) has x86-64's sizes and alignment
(l, L, n, N, P are 8 bytes) and little-endian order, as the reference run's
CPython has.

unpack and friends return `tuple[Any, ...]` as typeshed says: user code
stores the items in typed names (`x: int = struct.unpack("<I", d)[0]`,
`a, b = ...` then `int(a)`); see docs/conformance.md.  Q, L, N
and P values at or above 2**63 do not fit unicc's int: OverflowError.
"""

from __future__ import annotations

from typing import Any, Iterator

import unicc_sys
from unicc_buf import Buffer
from unicc_types import i64


class error(Exception):
    pass


# the kind of each value in a parsed format
_UINT, _SINT, _BOOL, _CHAR, _STR, _PSTR, _HALF, _FLOAT, _DOUBLE = 0, 1, 2, 3, 4, 5, 6, 7, 8

_KINDS = {"b": _SINT, "B": _UINT, "?": _BOOL, "c": _CHAR, "s": _STR, "p": _PSTR, "h": _SINT,
          "H": _UINT, "i": _SINT, "I": _UINT, "l": _SINT, "L": _UINT, "q": _SINT, "Q": _UINT,
          "n": _SINT, "N": _UINT, "P": _UINT, "e": _HALF, "f": _FLOAT, "d": _DOUBLE}
_STD_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "s": 1, "p": 1, "h": 2, "H": 2, "i": 4, "I": 4,
              "l": 4, "L": 4, "q": 8, "Q": 8, "e": 2, "f": 4, "d": 8}
_NATIVE_SIZES = {"x": 1, "c": 1, "b": 1, "B": 1, "?": 1, "s": 1, "p": 1, "h": 2, "H": 2, "i": 4, "I": 4,
                 "l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "P": 8, "e": 2, "f": 4, "d": 8}
_SSIZE_MAX = 9223372036854775807


class _Fmt:
    """A parsed format: per value its kind, format char, offset and width
    (for s and p the repeat count)."""

    def __init__(self, fmt: str) -> None:
        self.format = fmt
        self.kinds: list[int] = []
        self.codes: list[str] = []
        self.offs: list[int] = []
        self.widths: list[int] = []
        order = fmt[0] if fmt else "@"
        self.native = order not in "=<>!"
        self.big = order in ">!"
        self.table = "native" if self.native else "big" if self.big else "little"
        sizes = _NATIVE_SIZES if self.native else _STD_SIZES
        i = 0 if self.native and order != "@" else 1
        n = len(fmt)
        size = 0
        while i < n:
            c = fmt[i]
            if c in " \t\n\r\x0b\x0c":
                i += 1
                continue
            num = 1
            if "0" <= c <= "9":
                num = 0
                while i < n and "0" <= fmt[i] <= "9":
                    d = ord(fmt[i]) - 48
                    if num >= _SSIZE_MAX // 10 and (num > _SSIZE_MAX // 10 or d > _SSIZE_MAX % 10):
                        raise error("total struct size too long")
                    num = num * 10 + d
                    i += 1
                if i == n:
                    raise error("repeat count given without format specifier")
                c = fmt[i]
            i += 1
            width = sizes.get(c, 0)
            if width == 0:
                raise error("bad char in struct format")
            if self.native and width > 1 and c not in "sp":
                size = (size + width - 1) // width * width
            if num > (_SSIZE_MAX - size) // width:
                raise error("total struct size too long")
            if c in "sp":
                self.add(c, size, num)
            elif c != "x":
                for k in range(num):
                    self.add(c, size + k * width, width)
            size += num * width
        self.size = size
        self.count = len(self.kinds)

    def add(self, c: str, off: int, width: int) -> None:
        self.kinds.append(_KINDS[c])
        self.codes.append(c)
        self.offs.append(off)
        self.widths.append(width)

    def unpack_at(self, d: Buffer, base: int) -> tuple[int | float | bytes | bool, ...]:
        # up to four values the tuple is made directly (no list to grow and copy)
        n = self.count
        kinds = self.kinds
        offs = self.offs
        widths = self.widths
        big = self.big
        if n == 1:
            return (_item(d, kinds[0], base + offs[0], widths[0], big),)
        if n == 2:
            return (_item(d, kinds[0], base + offs[0], widths[0], big),
                    _item(d, kinds[1], base + offs[1], widths[1], big))
        if n == 3:
            return (_item(d, kinds[0], base + offs[0], widths[0], big),
                    _item(d, kinds[1], base + offs[1], widths[1], big),
                    _item(d, kinds[2], base + offs[2], widths[2], big))
        if n == 4:
            return (_item(d, kinds[0], base + offs[0], widths[0], big),
                    _item(d, kinds[1], base + offs[1], widths[1], big),
                    _item(d, kinds[2], base + offs[2], widths[2], big),
                    _item(d, kinds[3], base + offs[3], widths[3], big))
        out: list[int | float | bytes | bool] = []
        for k in range(n):
            out.append(_item(d, kinds[k], base + offs[k], widths[k], big))
        return tuple(out)

    def pack_at(self, out: bytearray, base: int, values: list[object]) -> None:
        if len(values) != self.count:
            raise error(f"pack expected {self.count} items for packing (got {len(values)})")
        big = self.big
        for k in range(self.count):
            kind = self.kinds[k]
            o = base + self.offs[k]
            w = self.widths[k]
            v = values[k]
            if kind <= _SINT:
                if not isinstance(v, int):
                    raise error("required argument is not an integer")
                self.check_range(self.codes[k], v)
                _put(out, o, w, big, v)
            elif kind == _BOOL:
                out[o] = 1 if v else 0
            elif kind == _CHAR:
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error("char format requires a bytes object of length 1")
                out[o] = v[0]
            elif kind == _STR or kind == _PSTR:
                if isinstance(v, bytearray):
                    v = bytes(v)
                if not isinstance(v, bytes):
                    raise error(f"argument for '{self.codes[k]}' must be a bytes object")
                if kind == _STR:
                    n = min(len(v), w)
                    out[o:o + n] = v[:n]
                elif w > 0:
                    n = min(len(v), w - 1)
                    out[o + 1:o + 1 + n] = v[:n]
                    out[o] = min(n, 255)
            else:
                if isinstance(v, bool):
                    x = 1.0 if v else 0.0
                elif isinstance(v, int):
                    x = float(v)
                elif isinstance(v, float):
                    x = v
                else:
                    raise error("required argument is not a float")
                if kind == _DOUBLE:
                    _put(out, o, 8, big, unicc_sys.float_bits(x))
                elif kind == _FLOAT:
                    _put(out, o, 4, big, _to_small(x, 8, 23, "f" if not self.native else ""))
                else:
                    _put(out, o, 2, big, _to_small(x, 5, 10, "e"))

    def check_range(self, c: str, v: int) -> None:
        """CPython's message for an integer out of the code's range (each
        table of _struct.c words it its own way)."""
        if c == "b" and not -128 <= v <= 127:
            raise error("byte format requires -128 <= number <= 127")
        if c == "B" and not 0 <= v <= 255:
            raise error("ubyte format requires 0 <= number <= 255")
        if c == "h" and not -32768 <= v <= 32767:
            raise error(("'h'" if self.big else "short") + " format requires -32768 <= number <= 32767")
        if c == "H" and not 0 <= v <= 65535:
            if not self.big:
                raise error("ushort format requires 0 <= number <= 65535")
            if v < 0:
                raise error("argument out of range")
            raise error("'H' format requires 0 <= number <= 65535")
        if c == "i" or c == "l" and not self.native:
            if not -2147483648 <= v <= 2147483647:
                raise error(f"'{c}' format requires -2147483648 <= number <= 2147483647")
        elif c == "I" or c == "L" and not self.native:
            if v < 0:
                raise error("argument out of range")
            if v > 4294967295:
                raise error(f"'{c}' format requires 0 <= number <= 4294967295")
        elif c in "LQN" and v < 0:
            raise error("int too large to convert" if self.big else "argument out of range")


def _item(d: Buffer, kind: int, o: int, w: int, big: bool) -> int | float | bytes | bool:
    """The value of one format item at offset o."""
    if kind <= _SINT:
        if w == 1:
            v = d[o]
        elif w == 2:
            v = d.get_u16_be(o) if big else d.get_u16_le(o)
        elif w == 4:
            v = d.get_u32_be(o) if big else d.get_u32_le(o)
        else:
            u = d.get_u64_be(o) if big else d.get_u64_le(o)
            return int(i64(u)) if kind == _SINT else int(u)
        if kind == _SINT and v >= 1 << (8 * w - 1):
            v -= 1 << (8 * w)
        return v
    if kind == _BOOL:
        return d[o] != 0
    if kind == _CHAR or kind == _STR:
        return d.slice(o, o + w).tobytes()
    if kind == _PSTR:
        if w == 0:
            return b""
        return d.slice(o + 1, o + 1 + min(d[o], w - 1)).tobytes()
    if kind == _DOUBLE:
        u = d.get_u64_be(o) if big else d.get_u64_le(o)
        return unicc_sys.float_from_bits(int(i64(u)))
    if kind == _FLOAT:
        return _from_small(d.get_u32_be(o) if big else d.get_u32_le(o), 8, 23)
    return _from_small(d.get_u16_be(o) if big else d.get_u16_le(o), 5, 10)


def _put(out: bytearray, o: int, w: int, big: bool, v: int) -> None:
    for j in range(w):
        out[o + (w - 1 - j if big else j)] = (v >> (8 * j)) & 255


def _from_small(u: int, ebits: int, mbits: int) -> float:
    """The value of an IEEE 754 binary16/binary32 bit pattern."""
    top = (1 << ebits) - 1
    e = (u >> mbits) & top
    m = u & ((1 << mbits) - 1)
    if e == top:
        x = float("nan") if m else float("inf")
    elif e == 0:
        x = m * 2.0 ** (2 - (top >> 1) - mbits - 1)
    else:
        x = (m | 1 << mbits) * 2.0 ** (e - (top >> 1) - mbits)
    return -x if u >> (ebits + mbits) else x


def _round_shift(v: int, s: int) -> int:
    """v / 2**s rounded half to even (v >= 0)."""
    if s <= 0:
        return v << -s
    if s > 60:
        return 0
    q = v >> s
    rem = v - (q << s)
    half = 1 << (s - 1)
    if rem > half or rem == half and q & 1:
        q += 1
    return q


def _to_small(x: float, ebits: int, mbits: int, code: str) -> int:
    """x rounded to binary16 (e) or binary32 (f) bits, as C's cast rounds."""
    bits = unicc_sys.float_bits(x)
    sbit = (1 << (ebits + mbits)) if bits < 0 else 0
    e = (bits >> 52) & 0x7FF
    m = bits & ((1 << 52) - 1)
    top = (1 << ebits) - 1
    bias = top >> 1
    if e == 0x7FF:
        if m == 0:
            return sbit | top << mbits
        payload = m >> (52 - mbits) if code != "e" else 0
        return sbit | top << mbits | payload | 1 << (mbits - 1)
    if e == 0:
        return sbit
    exp = e - 1023
    full = m | 1 << 52
    if exp < 1 - bias:
        return sbit | _round_shift(full, 52 - mbits + (1 - bias - exp))
    q = _round_shift(full, 52 - mbits)
    if q == 1 << (mbits + 1):
        q >>= 1
        exp += 1
    if exp > bias:
        if not code:   # native 'f' is C's cast: inf
            return sbit | top << mbits
        raise OverflowError(f"float too large to pack with {code} format")
    return sbit | (exp + bias) << mbits | (q - (1 << mbits))


_cache: dict[str, _Fmt] = {}
_last = _Fmt("")   # the format used last: a loop over one literal format skips the dict


def _fmt(format: str | bytes) -> _Fmt:
    global _last
    if _last.format is format:
        return _last
    key = format if isinstance(format, str) else format.decode("latin-1")
    f = _cache.get(key)
    if f is None:
        if len(_cache) >= 100:
            _cache.clear()
        f = _Fmt(key)
        _cache[key] = f
    _last = f
    return f


def _pack(f: _Fmt, values: list[object]) -> bytes:
    out = bytearray(f.size)
    f.pack_at(out, 0, values)
    return bytes(out)


def _pack_into(f: _Fmt, buffer: bytearray, offset: int, values: list[object]) -> None:
    if len(values) != f.count:
        raise error(f"pack_into expected {f.count} items for packing (got {len(values)})")
    n = len(buffer)
    if offset < 0:
        if offset + f.size > 0:
            raise error(f"no space to pack {f.size} bytes at offset {offset}")
        if offset + n < 0:
            raise error(f"offset {offset} out of range for {n}-byte buffer")
        offset += n
    if n - offset < f.size:
        raise error(f"pack_into requires a buffer of at least {f.size + offset} bytes for packing "
                    f"{f.size} bytes at offset {offset} (actual buffer size is {n})")
    f.pack_at(buffer, offset, values)


def _unpack(f: _Fmt, buffer: bytes | bytearray) -> tuple[Any, ...]:
    view = Buffer(buffer)
    if len(view) != f.size:
        raise error(f"unpack requires a buffer of {f.size} bytes")
    return f.unpack_at(view, 0)


def _unpack_from(f: _Fmt, buffer: bytes | bytearray, offset: int) -> tuple[Any, ...]:
    view = Buffer(buffer)
    n = len(view)
    if offset < 0:
        if offset + f.size > 0:
            raise error(f"not enough data to unpack {f.size} bytes at offset {offset}")
        if offset + n < 0:
            raise error(f"offset {offset} out of range for {n}-byte buffer")
        offset += n
    if n - offset < f.size:
        raise error(f"unpack_from requires a buffer of at least {f.size + offset} bytes for unpacking "
                    f"{f.size} bytes at offset {offset} (actual buffer size is {n})")
    return f.unpack_at(view, offset)


def _iter_unpack(f: _Fmt, buffer: bytes | bytearray) -> Iterator[tuple[Any, ...]]:
    view = Buffer(buffer)
    if f.size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(view) % f.size:
        raise error(f"iterative unpacking requires a buffer of a multiple of {f.size} bytes")
    items: list[tuple[int | float | bytes | bool, ...]] = []
    for off in range(0, len(view), f.size):
        items.append(f.unpack_at(view, off))
    return iter(items)


def calcsize(format: str | bytes, /) -> int:
    return _fmt(format).size


def pack(fmt: str | bytes, *values: object) -> bytes:
    return _pack(_fmt(fmt), list(values))


def pack_into(fmt: str | bytes, buffer: bytearray, offset: int, *values: object) -> None:
    _pack_into(_fmt(fmt), buffer, offset,
               list(values))


def unpack(format: str | bytes, buffer: bytes | bytearray, /) -> tuple[Any, ...]:
    return _unpack(_fmt(format), buffer)


def unpack_from(format: str | bytes, /, buffer: bytes | bytearray, offset: int = 0) -> tuple[Any, ...]:
    return _unpack_from(_fmt(format), buffer, offset)


def iter_unpack(format: str | bytes, buffer: bytes | bytearray, /) -> Iterator[tuple[Any, ...]]:
    return _iter_unpack(_fmt(format), buffer)


class Struct:
    def __init__(self, format: str | bytes) -> None:
        self._f = _Fmt(format if isinstance(format, str) else format.decode("latin-1"))
        self.format = self._f.format
        self.size = self._f.size

    def pack(self, *values: object) -> bytes:
        return _pack(self._f, list(values))

    def pack_into(self, buffer: bytearray, offset: int, *values: object) -> None:
        _pack_into(self._f, buffer, offset,
                   list(values))

    def unpack(self, buffer: bytes | bytearray, /) -> tuple[Any, ...]:
        return _unpack(self._f, buffer)

    def unpack_from(self, buffer: bytes | bytearray, offset: int = 0) -> tuple[Any, ...]:
        return _unpack_from(self._f, buffer, offset)

    def iter_unpack(self, buffer: bytes | bytearray, /) -> Iterator[tuple[Any, ...]]:
        return _iter_unpack(self._f, buffer)
