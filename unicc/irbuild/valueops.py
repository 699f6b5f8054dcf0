"""Operations on lowered values that follow Python's data model: truth,
len(), arithmetic and object operators with their __dunder__ fallbacks.

They take registers, not syntax, so loops and builtins below the operator
lowering (operators.py) can use them.
"""

from __future__ import annotations

from typing import cast

from mypy.nodes import (
    CallExpr, DictExpr as _D, DictionaryComprehension, Expression, ListComprehension, ListExpr as _L,
    OpExpr, RefExpr as _R, SetComprehension, SetExpr as _S,
)
from mypy.subtypes import is_same_type, is_subtype
from mypy.types import Instance, Type

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, RType, is_fixed
from unicc.irbuild import abstract, complexes, mapper
from unicc.irbuild.builder import Builder
from unicc.irbuild.itemtype import ABSTRACT
from unicc.irbuild.members import call_dunder, dispatch
from unicc.irbuild.notimpl import binary_dunder
from unicc.irbuild.primitives import BINOPS, LEN
from unicc.irbuild.sequences import new_tuple, tuple_items


# ---- operators ---------------------------------------------------------------

ARITH = {"+": "add", "-": "sub", "*": "mul", "//": "floordiv", "%": "mod", "<<": "lshift",
         ">>": "rshift", "&": "and", "|": "or", "^": "xor"}


WRAP = {"+": "wadd", "-": "wsub", "*": "wmul", "//": "wdiv", "%": "wmod", "<<": "wshl",
        ">>": "wshr", "&": "and", "|": "or", "^": "xor"}


def align_display(b: Builder, e: Expression, like: object) -> None:
    """A display operand takes its partner's type: mypy types `{2, 3}` in
    `s & {2, 3}` as set[object], but its items must be stored like s's."""
    fresh = isinstance(e, (_S, _L, _D, ListComprehension, SetComprehension, DictionaryComprehension)) or (
        isinstance(e, CallExpr) and isinstance(e.callee, _R) and
        e.callee.fullname in ("builtins.set", "builtins.list", "builtins.dict", "builtins.sorted"))
    if fresh and isinstance(like, Type) and mapper.fullname(like) == mapper.fullname(b.ctx.types.get(e)) \
            and items_fit(b, e, like):
        b.ctx.types[e] = like
    elif isinstance(e, OpExpr) and e.op in ("|", "^", "&", "-") and isinstance(like, Type) \
            and mapper.fullname(like) == "builtins.set" == mapper.fullname(b.ctx.types.get(e)):
        # `s & (t | {x})`: mypy types the operand of & as set[object] (from
        # the context AbstractSet[object]) though its items are t's and x's;
        # set operations over operands of s's type make a set of s's type
        # (s - t's items are s's alone)
        align_display(b, e.left, like)
        align_display(b, e.right, b.ctx.types.get(e.left))
        sides = [b.ctx.types.get(x) for x in ((e.left,) if e.op == "-" else (e.left, e.right))]
        if all(t is not None and is_same_type(t, like) for t in sides):
            b.ctx.types[e] = like


def items_fit(b: Builder, e: Expression, like: Type) -> bool:
    """Whether the items a display writes have the item types of `like`:
    `["1"]` compared with a list[int] (mypy only warns: the types never
    overlap) keeps its strs."""
    p = mapper.proper(like)
    args = p.args if isinstance(p, Instance) else ()
    parts: list[tuple[Expression | None, int]] = []
    if isinstance(e, (_L, _S)):
        parts = [(x, 0) for x in e.items]
    elif isinstance(e, _D):
        parts = [(x, i) for kv in e.items for i, x in enumerate(kv)]
    elif isinstance(e, (ListComprehension, SetComprehension)):
        parts = [(e.generator.left_expr, 0)]
    elif isinstance(e, DictionaryComprehension):
        parts = [(e.key, 0), (e.value, 1)]
    return all(is_subtype(b.ctx.types[x], args[i]) for x, i in parts
               if x is not None and i < len(args) and x in b.ctx.types)


def numeric_op(b: Builder, op: str, a: o.Register, c: o.Register, res: RType, node: Expression) -> o.Register:
    if op == "**" and res.is_obj and a.type.is_int and c.type.is_int and not (is_fixed(a.type) or is_fixed(c.type)):
        # int ** int is Any in typeshed: an int, or a float for a negative exponent
        return b.call_rt("rt_int_pow_any", [b.coerce(a, I64), b.coerce(c, I64)], OBJ)
    if res.is_obj:   # mypy says Any (float ** float): the operands decide
        res = F64 if a.type.is_float or c.type.is_float else a.type if a.type == c.type else I64
    if op == "/":
        kind = "fdiv" if a.type.is_float or c.type.is_float else "idiv"
        return b.binary(kind, b.coerce(a, F64), b.coerce(c, F64), F64, raises=True)
    if op == "**":
        if res.is_float:
            return b.call_rt("rt_float_pow", [b.coerce(a, F64), b.coerce(c, F64)], F64)
        if is_fixed(res):
            raise b.ctx.error(b.module, node, "** on fixed-width ints is not supported by unicc")
        return b.call_rt("rt_int_pow", [b.coerce(a, I64), b.coerce(c, I64)], I64)
    if res.is_float:
        a, c = b.coerce(a, F64), b.coerce(c, F64)
        if op == "//":
            return b.call_rt("rt_float_floordiv", [a, c], F64)
        if op == "%":
            return b.call_rt("rt_float_mod", [a, c], F64)
        # the CheckExc costs nothing after a float op (backend: an inline op's
        # own checks); transform/numtags.py's int arithmetic may raise there
        return b.binary(ARITH[op], a, c, F64, raises=True)
    if res == BOOL:  # & | ^ on bools (boxes, when narrowed from object)
        return b.binary(ARITH[op], b.coerce(a, BOOL), b.coerce(c, BOOL), BOOL)
    if is_fixed(res):
        a, c = b.coerce(a, res), b.coerce(c, res)
        return b.binary(WRAP[op], a, c, res, raises=op in ("//", "%"))
    a, c = b.coerce(a, I64), b.coerce(c, I64)
    if node in b.ctx.wrapping and op in ("+", "-", "*", "<<"):   # see mark_masked
        return b.binary(WRAP_I64[op], a, c, I64, raises=op == "<<")
    return b.binary(ARITH[op], a, c, I64, raises=op not in ("&", "|", "^"))


# int ops whose result is masked (mark_masked); wlshift still raises on a negative count
WRAP_I64 = {"+": "wadd", "-": "wsub", "*": "wmul", "<<": "wlshift"}


# seq * n
REPEAT = {"builtins.str": "rt_str_repeat", "builtins.list": "rt_list_repeat",
          "builtins.bytes": "rt_bytes_repeat", "builtins.bytearray": "rt_bytes_repeat"}


def object_op(b: Builder, op: str, a: o.Register, c: o.Register, ltn: str, rtn: str,
              node: Expression, left: Expression) -> o.Register:
    if op in DUNDERS:
        r = binary_dunder(b, op, a, c, ltn, rtn, mapper.rtype(b.ctx.types.get(node)), dispatch)
        if r is not None:
            return r
    if op == "*" and ltn in REPEAT:
        return b.call_rt(REPEAT[ltn], [a, b.coerce(c, I64)], OBJ)
    if op == "*" and rtn in REPEAT:
        return object_op(b, op, c, a, rtn, ltn, node, left)
    if op == "+" and ltn == "builtins.tuple":
        return tuple_concat(b, a, c, left, node)
    if op == "*" and ltn == "builtins.tuple":
        return b.call_rt("rt_tuple_repeat", [a, b.coerce(c, I64)], OBJ)
    fn = BINOPS.get((ltn, op))
    if fn:
        return b.call_rt(fn, [a, c], OBJ)
    if op == "|" and ltn == "builtins.dict":   # d1 | d2: a merged copy
        d = b.call_rt("rt_dict_copy", [a], OBJ)
        b.call_rt("rt_dict_update", [d, c])
        return d
    dunder = DUNDERS.get(op)
    if dunder:
        r = call_dunder(b, a, b.ctx.types.get(left), dunder, [c], node)
        if r is not None:
            return r
    rt = (rtn or "this type").removeprefix("builtins.")
    raise b.ctx.error(b.module, node, f"operator '{op}' on {mapper.shown(b.ctx.types.get(left))} and {rt} "
                                      "is not supported by unicc")


DUNDERS = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
           "%": "__mod__", "&": "__and__", "|": "__or__", "^": "__xor__", "<<": "__lshift__",
           ">>": "__rshift__", "@": "__matmul__"}


def tuple_concat(b: Builder, a: o.Register, c: o.Register, left: Expression, node: Expression) -> o.Register:
    items = mapper.proper(b.ctx.types.get(node))
    lt = mapper.proper(b.ctx.types.get(left))
    if not isinstance(items, mapper.TupleType) or not isinstance(lt, mapper.TupleType):
        return b.call_rt("rt_tuple_concat", [a, c], OBJ)   # a length known at run time only
    n = len(lt.items)
    vals = tuple_items(b, a, [mapper.rtype(t, b.subst) for t in items.items[:n]])
    vals += tuple_items(b, c, [mapper.rtype(t, b.subst) for t in items.items[n:]])
    return new_tuple(b, vals)


def builtin_len(b: Builder, v: o.Register, name: str) -> o.Register:
    """len() of a builtin object (a name in LEN): a load of its length word
    where it keeps one, so that LLVM can reason about loops bounded by it."""
    where = LEN[name]
    if isinstance(where, int):
        return b.get_field(v, where, I64)
    return b.call_rt(where, [v], I64, raises=False)


def truth(b: Builder, v: o.Register, t: object) -> o.Register:
    """Python truthiness of a value of mypy type t."""
    if v.type == BOOL:
        return v
    if v.type.is_float:
        return b.binary("ne", v, b.const(0.0, F64), BOOL)
    if v.type.is_int:
        return b.binary("ne", v, b.const(0, v.type), BOOL)
    inner = mapper.optional_item(t)  # type: ignore[arg-type]
    name = mapper.fullname(t)  # type: ignore[arg-type]
    if inner is not None:
        # `x` for an Optional: None is false, else the item's own truth
        res = b.reg(BOOL)
        b.assign(res, b.binary("ne", v, b.none(), BOOL))
        iname = mapper.fullname(inner)
        if mapper.rtype(inner).is_obj and (iname in LEN or iname in ABSTRACT or has_len(b, iname)):
            yes, done = b.new_block(), b.new_block()
            b.branch(res, yes, done)
            b.activate(yes)
            b.assign(res, truth(b, v, inner))
            b.goto(done)
            b.activate(done)
        elif not mapper.rtype(inner).is_obj:
            yes, done = b.new_block(), b.new_block()
            b.branch(res, yes, done)
            b.activate(yes)
            b.assign(res, truth(b, b.coerce(v, mapper.rtype(inner)), inner))
            b.goto(done)
            b.activate(done)
        return res
    if name in LEN:
        return b.binary("ne", builtin_len(b, v, name), b.int(0), BOOL)
    if complexes.is_complex_type(t):  # type: ignore[arg-type]
        return complexes.helper(b, "complex_bool", [v])
    if name in ABSTRACT:
        return abstract.truth(b, v, cast("Type | None", t))
    if name in ("builtins.bool", "builtins.int", "builtins.float"):
        # a box: a number narrowed from object by isinstance (the box may hold a bool)
        return b.call_rt("rt_truth", [b.to_word(v), b.int(v.type.kind)], BOOL, raises=False)
    for dunder in ("__bool__", "__len__"):
        r = call_dunder(b, v, cast("Type | None", t), dunder, [], None)   # t: v's mypy type
        if r is not None:
            return truth(b, r, None) if r.type != BOOL else r
    if not name or name in ("builtins.object", "builtins.bool", "builtins.int", "builtins.float"):
        # a union, or a box narrowed from object by isinstance: decided at run time
        return b.call_rt("rt_truth", [b.to_word(v), b.int(v.type.kind)], BOOL, raises=False)
    return b.binary("ne", v, b.none(), BOOL)


def has_len(b: Builder, name: str) -> bool:
    ci = b.ctx.classes.get(name)
    return ci is not None and ("__len__" in ci.methods or "__bool__" in ci.methods)
