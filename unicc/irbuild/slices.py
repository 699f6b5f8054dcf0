"""The builtin `slice` type: a builtin class of three object fields
(`start`, `stop`, `step`, each whatever the program gave, None by default).

Lowered here: `slice(...)` (an allocation of the three fields), the fields
as attributes, and the slice object a `[a:b:c]` subscription of a compiled
class passes to its `__getitem__`.  Slicing a list, str, bytes, bytearray,
range or tuple with a slice object takes its parts as the runtime's slicing
functions take a `[a:b:c]`'s (unicc_builtins.slice_parts checks that each is
None or an int, as CPython does); `indices()`, and the type's repr, ==
and hash, are functions of stdlib/unicc_builtins.py too.
"""

from __future__ import annotations

from mypy.nodes import CallExpr, Expression, MemberExpr, SliceExpr

from unicc.frontend.check import BUILTIN_METHODS
from unicc.ir import abi
from unicc.ir import ops as o
from unicc.ir.rtypes import I64, OBJ
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, Context, rtype_of
from unicc.irbuild.helpers import give_slots, helper_function
from unicc.irbuild.sequences import slice_args

NAME = "builtins.slice"
FIELDS = [("start", OBJ), ("stop", OBJ), ("step", OBJ)]


def declare(ctx: Context) -> str:
    """The class's descriptor (its symbol); isinstance needs no more."""
    return ctx.builtin_class(NAME, "slice", FIELDS)


def helper(b: Builder, name: str, args: list[o.Register]) -> o.Register:
    return b.call(helper_function(b, f"{BUILTIN_METHODS}.{name}"), args)


def make(b: Builder, parts: list[o.Register | None]) -> o.Register:
    """A slice object of start, stop, step (None where a part is None)."""
    sym = declare(b.ctx)
    give_slots(b, sym, BUILTIN_METHODS, "slice")
    boxed = [b.none() if p is None else b.coerce(p, OBJ) for p in parts]
    s = b.alloc(sym, len(FIELDS))
    for i, v in enumerate(boxed):
        b.set_field(s, i, v)
    return s


def construct(b: Builder, e: CallExpr) -> o.Register:
    """slice(stop), slice(start, stop), slice(start, stop, step)."""
    if any(n is not None for n in e.arg_names):
        raise b.ctx.error(b.module, e, "slice() takes no keyword arguments")
    vals: list[o.Register | None] = [b.accept(a) for a in e.args]
    if len(vals) == 1:
        vals = [None, vals[0]]
    return make(b, (vals + [None, None])[:3])


def of_expr(b: Builder, s: SliceExpr) -> o.Register:
    """The slice object of `[a:b:c]` (what a class's __getitem__ gets)."""
    return make(b, [None if x is None else b.accept(x) for x in (s.begin_index, s.end_index, s.stride)])


def is_slice(b: Builder, index: Expression) -> bool:
    """A subscription's index is a slice: `[a:b]` written, or a slice object."""
    return isinstance(index, SliceExpr) or mapper.fullname(b.ctx.types.get(index)) == NAME


def args(b: Builder, index: Expression) -> list[o.Register]:
    """start, stop, step and the `has` bits of `[a:b:c]` or of a slice object,
    as the runtime's slicing functions take them."""
    if isinstance(index, SliceExpr):
        return slice_args(b, index)
    t = helper(b, "slice_parts", [b.accept(index)])
    return [b.get_field(t, abi.TUPLE_ITEMS + i, I64) for i in range(4)]


def attribute(b: Builder, obj: o.Register, e: MemberExpr) -> o.Register | None:
    """s.start, s.stop, s.step; None for another attribute."""
    if e.name not in ("start", "stop", "step"):
        return None
    return b.coerce(b.get_field(obj, [f for f, _ in FIELDS].index(e.name), OBJ), rtype_of(b, e))
