"""Low-level access to the run-time containers: tuple words, list, bytes and
buffer items, bounds checks.

These emit IR over values already lowered; they lower no syntax, so every
layer above (indexing, loops, builtins, methods) can share them.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Union

from mypy.nodes import (
    BytesExpr, Expression, FloatExpr, IntExpr, NameExpr, OpExpr, SliceExpr, StrExpr, TupleExpr, UnaryExpr,
)

from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, FIXED, I64, OBJ, PTR, RType, VOID, WORD
from unicc.irbuild.builder import Builder


Item = Union[o.Register, list[o.Register]]


U64 = FIXED["u64"]


# ---- tuples ------------------------------------------------------------------

def new_tuple(b: Builder, items: list[o.Register]) -> o.Register:
    kinds = tuple(r.type.kind for r in items)
    sym = b.ctx.ir.kinds_symbol(kinds)
    t = b.call_rt("rt_tuple_new", [b.int(len(items)), b.addr(sym)], OBJ)
    for i, r in enumerate(items):
        b.set_field(t, abi.TUPLE_ITEMS + i, r)
    return t


def tuple_items(b: Builder, t: o.Register, types: list[RType]) -> list[o.Register]:
    return [b.get_field(t, abi.TUPLE_ITEMS + i, rt) for i, rt in enumerate(types)]


def is_constant(e: Expression) -> bool:
    """A literal CPython's compiler sees as a constant (its AST optimizer folds
    -1 and tuples of constants)."""
    if isinstance(e, (IntExpr, StrExpr, BytesExpr, FloatExpr)):
        return True
    if isinstance(e, NameExpr):
        return e.fullname in ("builtins.True", "builtins.False", "builtins.None")
    if isinstance(e, UnaryExpr):
        return e.op in ("-", "+", "~") and isinstance(e.expr, (IntExpr, FloatExpr))
    return isinstance(e, TupleExpr) and all(is_constant(x) for x in e.items)


def getter_for(name: str) -> str:
    return {"builtins.bytes": "bytes", "builtins.bytearray": "bytes", "builtins.tuple": "tuple"}.get(name, "list")


def wrap_index(b: Builder, i: o.Register, n: o.Register) -> tuple[o.Register, o.Register]:
    """i counted from the end when negative, and whether it is then in range(n)."""
    idx = b.reg(I64, "ix")
    b.assign(idx, i)
    neg, pos = b.new_block(), b.new_block()
    b.branch(b.binary("lt", i, b.int(0), BOOL), neg, pos)
    b.activate(neg)
    b.assign(idx, b.binary("wadd", i, n, I64))
    b.goto(pos)
    b.activate(pos)
    return idx, b.binary("lt", b.convert(idx, U64), b.convert(n, U64), BOOL)


def list_get(b: Builder, lst: o.Register, i: o.Register, checked: bool = True) -> o.Register:
    """lst[i] inline: a negative index counts from the end; out of range, the
    runtime raises IndexError."""
    if not checked:   # 0 <= i < len is known (iteration)
        w = b.reg(WORD)
        b.emit(o.LoadElem(w, b.get_field(lst, abi.LIST_ITEMS, PTR), i, abi.WORDS_DATA))
        return w
    idx = in_range(b, lst, i, "rt_list_get", [lst, i], WORD)
    res = b.reg(WORD)
    b.emit(o.LoadElem(res, b.get_field(lst, abi.LIST_ITEMS, PTR), idx, abi.WORDS_DATA))
    return res


def tuple_get(b: Builder, t: o.Register, i: o.Register, n: int, et: RType) -> o.Register:
    """t[i] of a tuple of n items whose static types are all et, inline: n is
    the type's (a constant, so that a loop over range(n) needs no check), and
    an item stored in et's own kind is read as is.  An index out of range
    (IndexError) and an item of another kind (a bool, or a box from an Any)
    go to the runtime, which converts it."""
    idx, ok = wrap_index(b, i, b.int(n))
    res = b.reg(WORD)
    kind, fast, slow, done = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.emit(o.Branch(ok, kind, slow))
    b.activate(kind)
    k = b.reg(I64)
    b.emit(o.LoadElem(k, b.get_field(t, abi.TUPLE_KINDS, PTR), idx, 0, 1))
    b.branch(b.binary("eq", k, b.int(et.kind), BOOL), fast, slow)
    b.activate(fast)
    b.emit(o.LoadElem(res, t, idx, abi.HEADER + 8 * abi.TUPLE_ITEMS))
    b.goto(done)
    b.activate(slow)
    b.assign(res, b.call_rt("rt_tuple_get", [t, i, b.int(et.kind)], WORD))
    b.goto(done)
    b.activate(done)
    return res


def list_set(b: Builder, lst: o.Register, i: o.Register, w: o.Register) -> None:
    """lst[i] = w inline (the collector needs no write barrier)."""
    idx = in_range(b, lst, i, "rt_list_set", [lst, i, w])
    b.emit(o.StoreElem(b.get_field(lst, abi.LIST_ITEMS, PTR), idx, abi.WORDS_DATA, w))


def in_range(b: Builder, seq: o.Register, i: o.Register, raiser: str, args: list[o.Register],
             ret: RType = VOID) -> o.Register:
    """i as an index into seq, whose length is its word abi.SEQ_LEN (counted
    from the end when negative); out of range, the runtime's `raiser` raises."""
    idx, inside = wrap_index(b, i, b.get_field(seq, abi.SEQ_LEN, I64))
    checked_access(b, inside, (seq, i, 1), raiser, args, ret)
    return idx


def checked_access(b: Builder, ok: o.Register, bounds: tuple[o.Register, o.Register, int] | None,
                   raiser: str, args: list[o.Register], ret: RType = VOID) -> None:
    """Go on where `ok` holds; elsewhere the runtime's `raiser` raises
    (IndexError, ...) and control never comes back, so no path joins the
    fast one.  `bounds`: what `ok` checks (o.Branch.bounds)."""
    fast, slow = b.new_block(), b.new_block()
    b.emit(o.Branch(ok, fast, slow, bounds=bounds))
    b.activate(slow)
    b.call_raising(raiser, args, ret)
    b.activate(fast)


def buffer_access(b: Builder, v: o.Register, off: o.Register, width: int, little: bool,
                  value: o.Register | None = None) -> o.Register:
    """Read (or write `value`) `width` bytes at `off` in a Buffer, inline: a
    bounds check and byte accesses that LLVM merges into one load or store.
    Out of range, the runtime raises IndexError; a write to a view of bytes
    (whose writable length is 0) raises TypeError there too."""
    n = b.get_field(v, abi.BUFFER_LEN if value is None else abi.BUFFER_WLEN, I64)
    ok = b.binary("and", b.binary("ge", off, b.int(0), BOOL),
                  b.binary("le", off, b.binary("nsub", n, b.int(width), I64), BOOL), BOOL)
    how = [b.int(width), b.int(int(little))]
    if value is None:
        checked_access(b, ok, (v, off, width), "rt_buffer_get", [v, off, *how], I64)
    else:
        checked_access(b, ok, (v, off, width), "rt_buffer_set", [v, off, *how, value])
    p = b.get_field(v, abi.BUFFER_PTR, PTR)
    res = b.reg(I64, "bufval")
    b.assign(res, b.int(0))
    for k in range(width):
        shift = b.int(8 * (k if little else width - 1 - k))
        at = b.binary("wadd", off, b.int(k), I64)
        if value is None:
            byte = b.reg(I64)
            b.emit(o.LoadElem(byte, p, at, 0, 1))
            b.assign(res, b.binary("or", res, b.binary("wshl", byte, shift, I64), I64))
        else:
            b.emit(o.StoreElem(p, at, 0, b.binary("wshr", value, shift, I64), 1))
    return res


def byte_at(b: Builder, obj: o.Register, i: o.Register, array: bool,
            value: o.Register | None = None) -> o.Register:
    """bytes/bytearray item read (or bytearray write), inline; a negative index
    counts from the end; errors go to the runtime, which raises them."""
    idx, ok = wrap_index(b, i, b.get_field(obj, abi.SEQ_LEN, I64))
    bounds = (obj, i, 1)
    data = b.get_field(obj, abi.BYTEARRAY_STORE, PTR) if array else obj
    offset = abi.RAW_DATA if array else abi.BYTES_DATA
    if value is None:   # IndexError
        checked_access(b, ok, bounds, "rt_bytes_getitem", [obj, i], I64)
        res = b.reg(I64, "byte")
        b.emit(o.LoadElem(res, data, idx, offset, 1))
        return res
    checked_access(b, ok, bounds, "rt_bytearray_setitem", [obj, i, value])   # IndexError
    byte = b.consts.get(value)   # the value stored, if constant
    if not (isinstance(byte, int) and 0 <= byte < 256):   # then a byte must be in range(0, 256)
        ok = b.binary("lt", b.convert(value, U64), b.const(256, U64), BOOL)
        checked_access(b, ok, None, "rt_bytearray_setitem", [obj, i, value])   # ValueError
    b.emit(o.StoreElem(data, idx, offset, value, 1))
    return value


def seq_len(b: Builder, seq: o.Register) -> o.Register:
    return b.get_field(seq, abi.SEQ_LEN, I64)


def seq_get(b: Builder, seq: o.Register, i: o.Register, et: RType, getter: str,
            checked: bool = False) -> o.Register:
    if getter == "bytes":
        return b.coerce(b.call_rt("rt_bytes_getitem", [seq, i], I64), et)
    if getter == "tuple":
        return b.from_word(b.call_rt("rt_tuple_get", [seq, i, b.int(et.kind)], WORD), et)
    return b.from_word(list_get(b, seq, i, checked=checked), et)


def addr_of(b: Builder, r: o.Register) -> o.Register:
    a = b.reg(PTR)
    b.emit(o.AddrOfReg(a, r))
    return a


def pack(b: Builder, parts: list[o.Register]) -> o.Register:
    return new_tuple(b, parts)


def as_value(b: Builder, item: Item) -> o.Register:
    """An iteration item as one value: (key, value) pairs become tuples."""
    return item if isinstance(item, o.Register) else new_tuple(b, item)


# ---- indexing -------------------------------------------------------------------------

def slice_args(b: Builder, s: SliceExpr) -> list[o.Register]:
    """start, stop, step and the `has` bits of `[a:b:c]` (slices.args: or of a slice object)."""
    has = 0
    start = b.int(0)
    stop = b.int(0)
    if s.begin_index is not None:
        start = b.accept_as(s.begin_index, I64)
        has |= abi.HAS_START
    if s.end_index is not None:
        stop = b.accept_as(s.end_index, I64)
        has |= abi.HAS_STOP
    step = b.accept_as(s.stride, I64) if s.stride is not None else b.int(1)
    return [start, stop, step, b.int(has)]


# The operators const_int folds (a dict of values would evaluate each of them).
FOLDED: dict[str, Callable[[int, int], int]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "**": operator.pow, "<<": operator.lshift,
}


def const_int(e: Expression) -> int | None:
    """The value of an int literal, or of + - * ** << on literals (2**32 - 1)."""
    if isinstance(e, IntExpr):
        return e.value
    if isinstance(e, UnaryExpr) and e.op == "-":
        v = const_int(e.expr)
        return -v if v is not None else None
    if isinstance(e, OpExpr) and e.op in FOLDED:
        a, c = const_int(e.left), const_int(e.right)
        if a is None or c is None or (e.op in ("**", "<<") and not 0 <= c < 64):
            return None
        v = FOLDED[e.op](a, c)   # only e.op: another operator may raise or not end (a ** c)
        return v if -(1 << 63) <= v < (1 << 63) else None
    return None
