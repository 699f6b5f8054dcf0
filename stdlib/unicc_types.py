"""Fixed-width machine integers: u8 u16 u32 u64 i8 i16 i32 i64.

Under CPython these are ordinary classes whose arithmetic wraps modulo 2**N;
compiled by unicc they are LLVM iN values (no objects, no checks), with the
same results.  Both operands of an operator must have the same type; convert
explicitly with the constructors (which truncate, like a C cast) and int().
"""

from __future__ import annotations

from typing import TypeVar

F = TypeVar("F", bound="_Fixed")


class _Fixed:
    BITS = 64
    SIGNED = False
    __slots__ = ("v",)
    v: int

    def __init__(self, value: int | _Fixed) -> None:
        n = value.v if isinstance(value, _Fixed) else value
        mask = (1 << self.BITS) - 1
        n &= mask
        if self.SIGNED and n >> (self.BITS - 1):
            n -= 1 << self.BITS
        self.v = n

    def _new(self: F, n: int) -> F:
        return type(self)(n)

    def __add__(self: F, o: F) -> F:
        return self._new(self.v + o.v)

    def __sub__(self: F, o: F) -> F:
        return self._new(self.v - o.v)

    def __mul__(self: F, o: F) -> F:
        return self._new(self.v * o.v)

    def __floordiv__(self: F, o: F) -> F:
        return self._new(self.v // o.v)

    def __mod__(self: F, o: F) -> F:
        return self._new(self.v % o.v)

    def __and__(self: F, o: F) -> F:
        return self._new(self.v & o.v)

    def __or__(self: F, o: F) -> F:
        return self._new(self.v | o.v)

    def __xor__(self: F, o: F) -> F:
        return self._new(self.v ^ o.v)

    def __lshift__(self: F, o: F) -> F:
        return self._new(self.v << o.v if o.v < self.BITS else 0)

    def __rshift__(self: F, o: F) -> F:
        if o.v >= self.BITS:
            return self._new(-1 if self.v < 0 else 0)
        return self._new(self.v >> o.v)

    def __invert__(self: F) -> F:
        return self._new(~self.v)

    def __neg__(self: F) -> F:
        return self._new(-self.v)

    def __eq__(self, o: object) -> bool:
        return isinstance(o, _Fixed) and type(o) is type(self) and o.v == self.v

    def __ne__(self, o: object) -> bool:
        return not self == o

    def __lt__(self: F, o: F) -> bool:
        return self.v < o.v

    def __le__(self: F, o: F) -> bool:
        return self.v <= o.v

    def __gt__(self: F, o: F) -> bool:
        return self.v > o.v

    def __ge__(self: F, o: F) -> bool:
        return self.v >= o.v

    def __hash__(self) -> int:
        return hash(self.v)

    def __int__(self) -> int:
        return self.v

    def __index__(self) -> int:
        return self.v

    def __bool__(self) -> bool:
        return self.v != 0

    def __repr__(self) -> str:
        return str(self.v)

    def __format__(self, spec: str) -> str:
        return format(self.v, spec)


class u8(_Fixed):
    BITS, SIGNED = 8, False


class u16(_Fixed):
    BITS, SIGNED = 16, False


class u32(_Fixed):
    BITS, SIGNED = 32, False


class u64(_Fixed):
    BITS, SIGNED = 64, False


class i8(_Fixed):
    BITS, SIGNED = 8, True


class i16(_Fixed):
    BITS, SIGNED = 16, True


class i32(_Fixed):
    BITS, SIGNED = 32, True


class i64(_Fixed):
    BITS, SIGNED = 64, True
