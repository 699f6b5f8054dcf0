"""Run-time types of IR values.

Every Python value is one 64-bit word when stored in memory (object fields,
container items, globals).  In registers a value keeps its natural machine
type: i64, double, i1 for bool, iN for fixed-width ints, a pointer for
objects (NULL is None).
"""

from __future__ import annotations

from dataclasses import dataclass

from unicc.ir.abi import K_BOOL, K_F64, K_I64, K_OBJ, K_U64   # the word kinds (enum rt_kind)


@dataclass(frozen=True)
class RType:
    name: str
    bits: int = 64
    signed: bool = True
    is_float: bool = False
    is_obj: bool = False
    is_void: bool = False
    wrap: bool = False      # fixed-width: arithmetic wraps instead of raising

    @property
    def kind(self) -> int:
        if self.is_obj:
            return K_OBJ
        if self.is_float:
            return K_F64
        if self.bits == 1:
            return K_BOOL
        if self.bits == 64 and not self.signed:
            return K_U64
        return K_I64

    @property
    def is_int(self) -> bool:
        return not (self.is_obj or self.is_float or self.is_void)

    def __str__(self) -> str:
        return self.name


I64 = RType("i64")
F64 = RType("f64", is_float=True)
BOOL = RType("bool", bits=1, signed=False)
OBJ = RType("obj", is_obj=True)
VOID = RType("void", bits=0, is_void=True)
# Machine integers of stdlib/unicc_types.py: wrap-around arithmetic.
FIXED = {
    f"{'i' if s else 'u'}{b}": RType(f"{'i' if s else 'u'}{b}", bits=b, signed=s, wrap=True)
    for b in (8, 16, 32, 64) for s in (True, False)
}
WORD = RType("word")   # an untyped 64-bit word as containers store it
PTR = RType("ptr", is_obj=True)  # a raw address (out-parameters, type descriptors)


def is_fixed(t: RType) -> bool:
    return t.wrap
