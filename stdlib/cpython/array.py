"""`array.array` for compiled programs (under CPython its own runs): a
sequence of numbers of one C type, named by its typecode.  The integer
typecodes check each value's range with CPython's OverflowError messages;
'f' and 'd' hold floats."""

from __future__ import annotations

import struct
from typing import Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")

# typecode -> (least, greatest, CPython's name of the C type in its messages)
INT_RANGES: dict[str, tuple[int, int, str]] = {
    "b": (-128, 127, "signed char"), "B": (0, 255, "unsigned byte integer"),
    "h": (-32768, 32767, "signed short integer"), "H": (0, 65535, "unsigned short"),
    "i": (-2147483648, 2147483647, "signed integer"), "I": (0, 4294967295, "unsigned int"),
    "l": (-9223372036854775808, 9223372036854775807, "signed long integer"),
    "q": (-9223372036854775808, 9223372036854775807, "signed long long integer"),
}
typecodes = "bBuhHiIlLqQfd"
# typecode -> bytes per item (x86-64's C sizes, as the reference run's CPython)
ITEM_SIZES = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8}


class array(Generic[T]):
    def __init__(self, typecode: str, initializer: Iterable[T] | None = None) -> None:
        if typecode not in INT_RANGES and typecode not in ("f", "d"):
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self.items: list[T] = []
        if initializer is not None:
            self.extend(initializer)

    def check(self, x: T) -> T:
        bounds = INT_RANGES.get(self.typecode)
        if bounds is not None and isinstance(x, int):
            low, high, name = bounds
            if x < low:
                raise OverflowError(f"{name} is less than minimum")
            if x > high:
                raise OverflowError(f"{name} is greater than maximum")
        return x

    def append(self, x: T) -> None:
        self.items.append(self.check(x))

    def extend(self, xs: Iterable[T]) -> None:
        for x in xs:
            self.append(x)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, i: int) -> T:
        if i < -len(self.items) or i >= len(self.items):
            raise IndexError("array index out of range")
        return self.items[i]

    def __setitem__(self, i: int, x: T) -> None:
        if i < -len(self.items) or i >= len(self.items):
            raise IndexError("array assignment index out of range")
        self.items[i] = self.check(x)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __mul__(self, n: int) -> array[T]:
        out: array[T] = array(self.typecode)
        out.items = self.items * n
        return out

    @property
    def itemsize(self) -> int:
        return ITEM_SIZES[self.typecode]

    def tobytes(self) -> bytes:
        """The items as machine values (little-endian, C sizes)."""
        out = bytearray()
        for x in self.items:
            out += struct.pack(self.typecode, x)   # struct's native codes are array's
        return bytes(out)

    def frombytes(self: array[int], data: bytes | bytearray) -> None:
        """Append the items data holds as machine values (integer typecodes:
        an array of floats is a type error here)."""
        b = bytes(data) if isinstance(data, bytearray) else data
        w = ITEM_SIZES[self.typecode]
        if len(b) % w:
            raise ValueError("bytes length not a multiple of item size")
        signed = self.typecode in "bhilq"
        for i in range(0, len(b), w):
            self.items.append(int.from_bytes(b[i:i + w], "little", signed=signed))

    def tolist(self) -> list[T]:
        return list(self.items)

    def __repr__(self) -> str:
        if not self.items:
            return f"array('{self.typecode}')"
        return f"array('{self.typecode}', {self.items!r})"
