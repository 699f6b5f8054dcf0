"""Buffer: a zero-copy view of bytes or bytearray memory, for packet code.

Slices share memory with what they view (a write through one is seen by
all), and the integer accessors read or write 1, 2, 4 or 8 bytes big- or
little-endian at an offset, bounds-checked (IndexError).  Under CPython this
is a memoryview; compiled by unicc it is a pointer, a length and a reference
that keeps the memory alive, and the accessors are a few machine instructions.
"""

from __future__ import annotations

from unicc_types import u64


class Buffer:
    __slots__ = ("_m",)
    _m: memoryview

    def __init__(self, data: bytes | bytearray | Buffer) -> None:
        self._m = data._m if isinstance(data, Buffer) else memoryview(data)

    def __len__(self) -> int:
        return len(self._m)

    def __getitem__(self, i: int) -> int:
        return self._get(i, 1, "big")

    def __setitem__(self, i: int, v: int) -> None:
        self._set(i, 1, "big", v)

    def slice(self, start: int, stop: int) -> Buffer:
        """The bytes [start, stop) of this view, clamped like slicing; shares memory."""
        b = Buffer(b"")
        b._m = self._m[start:stop]
        return b

    def tobytes(self) -> bytes:
        return self._m.tobytes()

    def write(self, off: int, data: bytes | bytearray | Buffer) -> None:
        """Copy data into this view at off, all of it (IndexError if it does not fit)."""
        src = data._m if isinstance(data, Buffer) else memoryview(data)
        if off < 0 or off + len(src) > len(self._m):
            raise IndexError("buffer index out of range")
        self._m[off:off + len(src)] = src.tobytes()

    def _get(self, off: int, width: int, order: str) -> int:
        if off < 0 or off + width > len(self._m):
            raise IndexError("buffer index out of range")
        return int.from_bytes(self._m[off:off + width], "big" if order == "big" else "little")

    def _set(self, off: int, width: int, order: str, v: int) -> None:
        if off < 0 or off + width > len(self._m):
            raise IndexError("buffer index out of range")
        v &= (1 << (8 * width)) - 1
        self._m[off:off + width] = v.to_bytes(width, "big" if order == "big" else "little")

    def get_u8(self, off: int) -> int:
        return self._get(off, 1, "big")

    def get_u16_be(self, off: int) -> int:
        return self._get(off, 2, "big")

    def get_u16_le(self, off: int) -> int:
        return self._get(off, 2, "little")

    def get_u32_be(self, off: int) -> int:
        return self._get(off, 4, "big")

    def get_u32_le(self, off: int) -> int:
        return self._get(off, 4, "little")

    def get_u64_be(self, off: int) -> u64:
        return u64(self._get(off, 8, "big"))

    def get_u64_le(self, off: int) -> u64:
        return u64(self._get(off, 8, "little"))

    def set_u8(self, off: int, v: int) -> None:
        self._set(off, 1, "big", v)

    def set_u16_be(self, off: int, v: int) -> None:
        self._set(off, 2, "big", v)

    def set_u16_le(self, off: int, v: int) -> None:
        self._set(off, 2, "little", v)

    def set_u32_be(self, off: int, v: int) -> None:
        self._set(off, 4, "big", v)

    def set_u32_le(self, off: int, v: int) -> None:
        self._set(off, 4, "little", v)

    def set_u64_be(self, off: int, v: u64) -> None:
        self._set(off, 8, "big", v.v)

    def set_u64_le(self, off: int, v: u64) -> None:
        self._set(off, 8, "little", v.v)
