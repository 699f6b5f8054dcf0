"""Subscripts and `in`: x[i], x[a:b], and membership tests."""

from __future__ import annotations

from mypy.nodes import CallExpr, Expression, IndexExpr, RefExpr, SliceExpr, TypeInfo

from unicc.ir import abi, ops as o
from unicc.ir.abi import K_OBJ
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, RType, WORD
from unicc.irbuild import abstract, mapper, slices
from unicc.irbuild.builder import Builder, rtype_of
from unicc.irbuild.flags import is_flag
from unicc.irbuild.for_helpers import enum_kind, is_enum_class, iter_of
from unicc.irbuild.itemtype import (
    ABSTRACT, DICT_VIEWS, GENERATOR_TYPES, is_iterator_type, item_rtype, slot_kind, tuple_item_types,
)
from unicc.irbuild.members import call_dunder, has_dunder
from unicc.irbuild.sequences import buffer_access, byte_at, const_int, list_get, new_tuple, tuple_get


SLICE = {"builtins.str": "rt_str_slice", "builtins.list": "rt_list_slice", "builtins.bytes": "rt_bytes_slice",
         "builtins.bytearray": "rt_bytes_slice", "builtins.range": "rt_range_slice"}


def lower_index(b: Builder, e: IndexExpr) -> o.Register:
    t = b.ctx.types.get(e.base)
    name = mapper.fullname(t)
    if name in ABSTRACT:
        return abstract.getitem(b, e)
    if slices.is_slice(b, e.index):
        if name in SLICE:
            return b.call_rt(SLICE[name], [b.accept(e.base)] + slices.args(b, e.index), OBJ)
        if name == "builtins.tuple":
            return tuple_slice(b, e)
        # a stand-in class (librt.vecs.vec) takes a slice's parts as
        # `_unicc_slice(start, stop, step, has)`; a compiled class's
        # __getitem__, the slice object
        base = b.accept(e.base)
        if has_dunder(b, t, "_unicc_slice"):
            r = call_dunder(b, base, t, "_unicc_slice", slices.args(b, e.index), e)
        else:
            key = slices.of_expr(b, e.index) if isinstance(e.index, SliceExpr) else b.accept(e.index)
            r = call_dunder(b, base, t, "__getitem__", [key], e)
        if r is not None:
            return r
        raise b.ctx.error(b.module, e, f"slicing {mapper.shown(t)} is not supported by unicc")
    if isinstance(e.base, RefExpr) and isinstance(e.base.node, TypeInfo) and e.base.node.is_enum:
        return enum_by_name(b, e.base.node, b.accept_as(e.index, OBJ))
    base = b.accept(e.base)
    res = rtype_of(b, e)
    if name == "builtins.list":
        i = b.accept_as(e.index, I64)
        return b.from_word(list_get(b, base, i), slot_kind(b, t))
    if name == "builtins.dict":
        k = b.to_word(b.accept_as(e.index, slot_kind(b, t, 0)))
        return b.from_word(b.call_rt("rt_dict_get", [base, k], WORD), slot_kind(b, t, 1))
    if name == "builtins.str":
        return b.call_rt("rt_str_getitem", [base, b.accept_as(e.index, I64)], OBJ)
    if name == "builtins.range":
        return b.call_rt("rt_range_get", [base, b.accept_as(e.index, I64)], I64)
    if name in ("builtins.bytes", "builtins.bytearray"):
        return byte_at(b, base, b.accept_as(e.index, I64), name == "builtins.bytearray")
    if name == "unicc_buf.Buffer":
        return buffer_access(b, base, b.accept_as(e.index, I64), 1, False)
    if name == "builtins.tuple":
        types = tuple_item_types(b, t)
        if types is not None:
            idx = const_int(e.index)
            if idx is not None:
                if idx < 0:
                    idx += len(types)
                return b.get_field(base, abi.TUPLE_ITEMS + idx, types[idx])
        # a variable index: the item converted from its own kind to the union's
        i = b.accept_as(e.index, I64)
        if types and all(rt == res for rt in types):
            return b.from_word(tuple_get(b, base, i, len(types), res), res)
        return b.from_word(b.call_rt("rt_tuple_get", [base, i, b.int(res.kind)], WORD), res)
    r = call_dunder(b, base, t, "__getitem__", [b.accept(e.index)], e)
    if r is not None:
        return r
    raise b.ctx.error(b.module, e, f"indexing {mapper.shown(t)} is not supported by unicc")


def enum_by_name(b: Builder, info: TypeInfo, key: o.Register) -> o.Register:
    """Color["RED"]: the member of that name (aliases included), or KeyError."""
    obj_enum = info.fullname in b.ctx.obj_enums
    names = b.ctx.obj_enums[info.fullname].names if obj_enum else b.ctx.enums.get(info.fullname, {})
    res = b.reg(OBJ if obj_enum else I64)
    done = b.new_block()
    for name in names:
        yes, nxt = b.new_block(), b.new_block()
        b.branch(b.call_rt("rt_eq", [b.to_word(key), b.to_word(b.str_const(name)), b.int(OBJ.kind)], BOOL), yes, nxt)
        b.activate(yes)
        if obj_enum:
            b.emit(o.GetGlobal(res, f"{info.fullname}.{name}"))
        else:
            b.assign(res, b.int(b.ctx.enums[info.fullname][name]))
        b.goto(done)
        b.activate(nxt)
    exc = b.call_rt("rt_exc_new", [b.addr("rt_type_KeyError"), key], OBJ)
    b.call_rt("rt_raise", [exc], raises=False)
    b.goto(b.handler())
    b.activate(done)
    return res


def tuple_slice(b: Builder, e: IndexExpr) -> o.Register:
    t = b.ctx.types.get(e.base)
    base = b.accept(e.base)
    types = tuple_item_types(b, t)
    s = e.index
    if types is not None and not isinstance(s, SliceExpr):
        # mypy types `t[s]` of a fixed-length tuple as one of its items
        raise b.ctx.error(b.module, e, "a fixed-length tuple indexed by a slice object is not supported by unicc "
                                       "(mypy types the result as an item); write t[a:b], or type t tuple[T, ...]")
    if types is not None and isinstance(s, SliceExpr):
        bounds = [const_int(x) if x is not None else None for x in (s.begin_index, s.end_index, s.stride)]
        idx = list(range(len(types)))[slice(*bounds)]
        return new_tuple(b, [b.get_field(base, abi.TUPLE_ITEMS + i, types[i]) for i in idx])
    return b.call_rt("rt_tuple_slice", [base] + slices.args(b, s), OBJ)


def mixed_contains(b: Builder, container: o.Register, item: o.Register, et: RType,
                   ce: Expression, ie: Expression) -> o.Register:
    """`x in c` where x's type differs from the items': compare as CPython would
    (True == 1, 2.0 == 2, None equals no number)."""
    if item.type.is_obj and not et.is_obj and \
            mapper.rtype(mapper.optional_item(b.ctx.types.get(ie)) or b.ctx.types.get(ie)) != et:
        # an object that may be anything (`o: object`, a str mypy warns of): each item
        # boxed and compared by its run-time type, as CPython's ==
        t = b.ctx.types.get(ce)
        it = iter_of(b, container, t, ce)
        return b.call_rt("rt_iter_contains", [it, b.to_word(item), b.int(K_OBJ)], BOOL)
    res = b.reg(BOOL)
    b.assign(res, b.const(False, BOOL))
    done = b.new_block()
    if item.type.is_obj or et.is_obj:
        if item.type.is_obj and not et.is_obj:   # None (or a box of the items' type) among unboxed items
            yes = b.new_block()
            b.branch(b.binary("eq", item, b.none(), BOOL), done, yes)
            b.activate(yes)
        x = b.coerce(item, et)
    elif item.type.is_float and et.is_int:       # 2.0 in [1, 2]
        x = b.call_rt("rt_float_to_int_exact", [item], I64, raises=False)
        back = b.convert(x, F64)
        yes = b.new_block()
        b.branch(b.binary("eq", back, item, BOOL), yes, done)
        b.activate(yes)
        x = b.coerce(x, et)
    else:
        x = b.coerce(item, et)
    b.pinned[ie] = x
    b.assign(res, contains(b, container, x, ce, ie))
    del b.pinned[ie]
    b.goto(done)
    b.activate(done)
    return res


def contains(b: Builder, container: o.Register, item: o.Register, ce: Expression, ie: Expression) -> o.Register:
    if is_enum_class(b, ce):   # the list of the class's members
        return b.call_rt("rt_list_contains", [container, b.to_word(b.coerce(item, enum_kind(b, ce)))], BOOL)
    t = b.ctx.types.get(ce)
    if is_flag(mapper.instance_info(t)):   # a in flags: all of a's bits are set
        a = b.coerce(item, I64)
        return b.binary("eq", b.binary("and", b.coerce(container, I64), a, I64), a, BOOL)
    name = mapper.fullname(t)
    if name in ABSTRACT:
        return abstract.contains(b, container, item, ce)
    et = item_rtype(b, t)
    if name not in ("builtins.str", "builtins.bytes", "builtins.bytearray", "builtins.tuple") and \
            item.type != et and not (item.type.is_obj and et.is_obj):
        return mixed_contains(b, container, item, et, ce, ie)
    if name == "builtins.str":
        return b.call_rt("rt_str_contains", [container, item], BOOL)
    if name in ("builtins.bytes", "builtins.bytearray"):
        if item.type.is_int:
            return b.call_rt("rt_bytes_contains_int", [container, b.coerce(item, I64)], BOOL)
        return b.call_rt("rt_bytes_contains", [container, item], BOOL)
    if name == "builtins.range":
        return b.call_rt("rt_range_contains", [container, b.coerce(item, I64)], BOOL, raises=False)
    if name == "builtins.list":
        return b.call_rt("rt_list_contains", [container, b.to_word(b.coerce(item, et))], BOOL)
    if name in DICT_VIEWS:
        item = b.coerce(item, et)
        return b.call_rt("rt_dictview_contains", [container, b.to_word(item), b.int(item.type.kind)], BOOL)
    if name == "builtins.dict":
        return b.call_rt("rt_dict_contains", [container, b.to_word(b.coerce(item, slot_kind(b, t)))], BOOL)
    if name == "builtins.set":
        return b.call_rt("rt_set_contains", [container, b.to_word(b.coerce(item, slot_kind(b, t)))], BOOL)
    if name == "builtins.tuple":
        return b.call_rt("rt_tuple_contains", [container, b.to_word(item), b.int(item.type.kind)], BOOL)
    r = call_dunder(b, container, t, "__contains__", [item], ce)
    if r is not None:
        return r
    if is_iterator_type(b, t):   # consumes the iterator up to the first equal item
        it = iter_of(b, container, t, ce)
        found = b.call_rt("rt_iter_contains", [it, b.to_word(b.coerce(item, et)), b.int(et.kind)], BOOL)
        if isinstance(ce, CallExpr) and name in GENERATOR_TYPES:   # a generator made for this test alone
            b.call_rt("rt_gen_drop", [it], raises=False)
        return found
    raise b.ctx.error(b.module, ce, f"'in' on {mapper.shown(t)} is not supported by unicc")
