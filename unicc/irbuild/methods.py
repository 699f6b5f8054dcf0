"""Methods of builtin types that are not a single runtime call (see
primitives.py for those): the specialised lowerings, looked up in
SPECIAL_METHODS by (type, method)."""

from __future__ import annotations

import codecs

from mypy.nodes import CallExpr, Expression, FuncDef, LambdaExpr, ListExpr, MemberExpr, SetExpr, StrExpr, TempNode, TupleExpr, TypeInfo
from mypy.subtypes import is_subtype
from mypy.types import AnyType, Type, TypeOfAny, UnionType

from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, F64, FIXED, I64, OBJ, RType, VOID, WORD
from unicc.frontend.check import BUILTIN_METHODS
from unicc.irbuild import abstract, complexes, mapper
from unicc.irbuild.arguments import expect_callable, match_args
from unicc.irbuild.builder import Builder, FuncInfo, rtype_of
from unicc.irbuild.closures import callable_arg
from unicc.irbuild.for_helpers import (
    add_item, append_item, for_each, index_loop, list_of, update_dict, update_set,
)
from unicc.irbuild.generator import GEN_METHODS
from unicc.irbuild.helpers import has_function, helper_function
from unicc.irbuild.itemtype import ABSTRACT, item_mypy, slot_kind, type_arg
from unicc.irbuild.members import call_method, on_union_receiver, union_classes
from unicc.irbuild.operators import compare
from unicc.irbuild.primitives import METHODS, NODEF, Prim
from unicc.irbuild.sequences import Item, addr_of, as_value, buffer_access, new_tuple
from unicc.irbuild.valueops import align_display


def sort_list(b: Builder, lst: o.Register, et: RType, e: CallExpr, first_kw: int,
              item_t: object = None) -> None:
    key_e = next((a for a, n in zip(e.args, e.arg_names) if n == "key"), None)
    rev_e = next((a for a, n in zip(e.args, e.arg_names) if n == "reverse"), None)
    rev = b.accept_as(rev_e, I64) if rev_e is not None else b.int(0)
    if key_e is None:
        b.call_rt("rt_list_sort", [lst, b.none(), rev])
        return
    kf = callable_arg(b, key_e, item_t)
    keys = b.call_rt("rt_list_new", [b.int(kf.ret.kind), b.int(0)], OBJ)
    # the list is empty while the key function runs, as in CPython (rt_list_detach)
    items = b.call_rt("rt_list_detach", [lst], OBJ)
    key_raised = b.new_block()
    b.handlers.append(key_raised)

    def run(nxt, head, step, exit_):  # type: ignore[no-untyped-def]
        item = nxt()
        k = kf(b, item)
        b.call_rt("rt_list_append", [keys, b.to_word(k)])
        b.goto(step)
        b.activate(exit_)
    index_loop(b, items, et, run)
    b.handlers.pop()
    b.call_rt("rt_list_sort_keyed", [lst, items, keys, rev])
    done = b.new_block()
    b.goto(done)
    b.activate(key_raised)   # the items go back as they were, and the exception on
    pending = b.call_rt("rt_exc_take", [], OBJ, raises=False)
    b.call_rt("rt_list_reattach", [lst, items], I64, raises=False)
    b.call_rt("rt_reraise", [pending], raises=False)
    b.goto(b.handler())
    b.activate(done)


def byteorder(b: Builder, order: Expression | None, e: CallExpr) -> int:
    for a, n in zip(e.args, e.arg_names):
        if n == "byteorder":
            order = a
    if order is None:
        return 0
    if not isinstance(order, StrExpr) or order.value not in ("big", "little"):
        raise b.ctx.error(b.module, e, "byteorder must be the literal 'big' or 'little' in unicc")
    return int(order.value == "little")


CODEC_LIMITS = {"utf-8": 0, "ascii": 128, "iso8859-1": 256}   # by codecs.lookup()'s name


def codec_limit(b: Builder, e: CallExpr, skip: int = 0) -> int:
    """The codec of encode()/decode()/bytes(s, ...)/str(b, ...), from its literal
    `encoding` (any name CPython accepts for UTF-8, ASCII or Latin-1) and
    `errors` ('strict'): 0 for UTF-8, else the first code point it rejects."""
    limit = 0
    for i, (a, n) in enumerate(list(zip(e.args, e.arg_names))[skip:]):
        what = n or ("encoding", "errors")[i]
        if not isinstance(a, StrExpr):
            raise b.ctx.error(b.module, a, f"a non-literal {what} is not supported by unicc")
        if what == "errors" and a.value != "strict":
            raise b.ctx.error(b.module, a, f"errors={a.value!r} is not supported by unicc (only 'strict')")
        if what == "encoding":
            try:
                name = codecs.lookup(a.value).name
            except LookupError:
                name = a.value
            if name not in CODEC_LIMITS:
                raise b.ctx.error(b.module, a, f"encoding {a.value!r} is not supported by unicc "
                                               "(UTF-8, ASCII and Latin-1 are)")
            limit = CODEC_LIMITS[name]
    return limit


def encode(b: Builder, s: o.Register, limit: int) -> o.Register:
    if limit:
        return b.call_rt("rt_str_encode_8bit", [s, b.int(limit)], OBJ)
    return b.call_rt("rt_str_encode", [s], OBJ)


def decode(b: Builder, data: o.Register, limit: int) -> o.Register:
    if limit:
        return b.call_rt("rt_bytes_decode_8bit", [data, b.int(limit)], OBJ)
    return b.call_rt("rt_bytes_decode", [data], OBJ)


def m_str_encode(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    return encode(b, b.accept(callee.expr), codec_limit(b, e))


def m_decode(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    return decode(b, b.accept(callee.expr), codec_limit(b, e))


def int_list(b: Builder, it: Expression, v: o.Register | None) -> o.Register:
    """The items of an iterable of ints as a list[int] (mypy may type `[1, 2]` as
    list[SupportsIndex], whose items are boxed).  v: the iterable, if already
    evaluated; a generator expression is not (its loop is run in place, so
    evaluating it first would evaluate its first iterable twice)."""
    t = b.ctx.types.get(it)
    if mapper.fullname(t) == "builtins.list" and slot_kind(b, t) == I64:
        return v if v is not None else b.accept(it)
    if v is not None:
        b.pinned[it] = v
    lst = b.call_rt("rt_list_new", [b.int(I64.kind), b.int(0)], OBJ)
    for_each(b, it, lambda item: append_item(b, lst, item, I64))
    b.pinned.pop(it, None)
    return lst


# ---- unicc_buf.Buffer ---------------------------------------------------------------------------

BUFFER = "unicc_buf.Buffer"


def m_buffer(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """Buffer accessors: get_u16_be(off) -> rt_buffer_get(view, off, 2, big)."""
    v = b.accept(callee.expr)
    name = callee.name
    if name == "slice":
        return b.call_rt("rt_buffer_slice", [v] + [b.accept_as(a, I64) for a in e.args], OBJ)
    if name == "tobytes":
        return b.call_rt("rt_buffer_tobytes", [v], OBJ)
    if name == "write":
        b.call_rt("rt_buffer_write", [v, b.accept_as(e.args[0], I64), b.accept(e.args[1])])
        return b.none()
    width = {"u8": 1, "u16": 2, "u32": 4, "u64": 8}[name.split("_")[1]]
    little = name.endswith("_le")
    off = b.accept_as(e.args[0], I64)
    if name.startswith("get_"):
        r = buffer_access(b, v, off, width, little)
        return b.convert(r, FIXED["u64"]) if width == 8 else r
    buffer_access(b, v, off, width, little, b.convert(b.accept(e.args[1]), I64))
    return b.none()


# ---- methods ------------------------------------------------------------------------------------

def method_call(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    recv_t = b.ctx.types.get(callee.expr)
    p = mapper.proper(recv_t)
    if isinstance(p, UnionType) and any(isinstance(mapper.proper(t), AnyType) for t in p.items):
        # typeshed's `TextIO | MaybeNone` (sys.stdout): the object is io.py's console stream
        items = [t for t in p.items if not isinstance(mapper.proper(t), AnyType)]
        if len(items) == 1:
            recv_t = b.ctx.types[callee.expr] = items[0]
    bound = b.as_bound(callee.expr, lambda: method_call(b, e, callee))   # x.f() of `x: T`
    if bound is not None:
        return bound
    name = mapper.fullname(recv_t)
    if mapper.optional_item(recv_t) is not None:
        name = mapper.fullname(mapper.optional_item(recv_t))
    special = SPECIAL_METHODS.get((name, callee.name))
    if special:
        return special(b, e, callee)
    if name in ABSTRACT:
        r = abstract.method(b, e, callee, lambda a, et: iterable_arg(b, a, et))
        if r is not None:
            return r
    prim = METHODS.get((name, callee.name))
    in_subset = subset_method(b, name, callee.name)
    if prim is not None and (in_subset is None or prim_fits(prim, e)):
        return call_prim(b, e, prim, b.accept(callee.expr), recv_t)
    if in_subset is not None:
        return call_subset(b, e, f"{name[len('builtins.'):]}.{callee.name}", in_subset, b.accept(callee.expr))
    if name == "builtins.bytearray" and (("builtins.bytes", callee.name) in METHODS or
                                        subset_method(b, "builtins.bytes", callee.name)):
        return bytes_method_of_bytearray(b, e, callee)
    if name in b.ctx.classes or mapper.instance_info(recv_t) is not None and \
            mapper.instance_info(recv_t).fullname in b.ctx.classes:  # type: ignore[union-attr]
        return call_method(b, e, callee)
    info = mapper.instance_info(recv_t)
    if info is not None and (info.is_protocol or stub_base(b, info)):
        return call_method(b, e, callee)
    sym = info.get(callee.name) if info is not None and info.fullname in b.ctx.enums else None
    if sym is not None and isinstance(sym.node, FuncDef) and sym.node.fullname in b.ctx.funcs:
        fi = b.ctx.funcs[sym.node.fullname]   # a method of an IntEnum or a Flag
        obj = b.accept(callee.expr)
        return b.call(fi, [obj] + match_args(b, e, fi, sym.node, skip=1))
    classes = union_classes(b, recv_t)
    if classes is not None:   # `v.isPoint()` of a `Vector | Point`: the arguments first, once
        pins = [a for a in [callee.expr, *e.args] if a not in b.pinned and not isinstance(a, LambdaExpr)]
        try:
            for a in pins:
                b.pinned[a] = b.accept(a)
            return on_union_receiver(b, callee.expr, classes, e, lambda: method_call(b, e, callee))
        finally:
            for a in pins:
                b.pinned.pop(a, None)
    raise b.ctx.error(b.module, e, f"method {mapper.shown(recv_t)}.{callee.name}() is not supported by unicc")


def stub_base(b: Builder, info: TypeInfo) -> bool:
    """A class of a stub (typing.IO, TextIO, BinaryIO) that compiled classes
    derive from (io.py's): its methods are theirs."""
    return not info.fullname.startswith("builtins.") and \
        any(c.has_base(info.fullname) for c in b.ctx.infos.values())


def subset_method(b: Builder, type_name: str | None, method: str) -> FuncInfo | None:
    """The function of stdlib/unicc_builtins.py that implements type_name.method."""
    if type_name is None or not type_name.startswith("builtins."):
        return None
    name = f"{type_name[len('builtins.'):]}_{method}"
    return helper_function(b, f"{BUILTIN_METHODS}.{name}") if has_function(b, BUILTIN_METHODS, name) else None


def call_subset(b: Builder, e: CallExpr, what: str, impl: FuncInfo, recv: o.Register) -> o.Register:
    """Call a method written in the subset (stdlib/unicc_builtins.py).  Its
    parameters may be narrower than typeshed's (`sub: bytes` where CPython
    also takes an int): an argument that is not of the declared type is a
    located error, never a value read as the wrong type; a bytearray passed
    for bytes is copied (their objects differ)."""
    names = impl.arg_names[1:]
    stars = [i for i, k in enumerate(impl.kinds[1:]) if k.is_star()]   # *args, **kwargs: of objects
    for i, (a, n) in enumerate(zip(e.args, e.arg_names)):
        idx = (names.index(n) if n in names else len(names)) if n is not None else i
        if stars and idx >= stars[0]:
            continue   # boxed into the tuple or dict (match_args)
        at, pt = b.ctx.types.get(a), impl.ptypes[1 + idx]
        if at is None or pt is None or not (is_subtype(at, pt) and stored_alike(b, at, pt) or
                                            is_bytearray_for_bytes(at, pt)):
            raise b.ctx.error(b.module, a, f"{what}() with an argument of type {type_name(at)} is not supported by unicc")
    args = match_args(b, e, impl, None, skip=1)
    for i, (a, n) in enumerate(zip(e.args, e.arg_names)):
        idx = names.index(n) if n is not None and n in names else i
        if (not stars or idx < stars[0]) and is_bytearray_for_bytes(b.ctx.types.get(a), impl.ptypes[1 + idx]):
            args[idx] = b.call_rt("rt_bytes_from_bytearray", [args[idx]], OBJ)
    return b.call(impl, [recv] + args)


def stored_alike(b: Builder, arg_t: Type, param_t: Type) -> bool:
    """Whether a value of arg_t is represented as param_t's code reads it: a
    dict[int, int] is a Mapping[int, int | None] to mypy, but holds unboxed ints."""
    if scalar(arg_t) and scalar(param_t):
        return True
    if mapper.rtype(arg_t) != mapper.rtype(param_t):
        return False
    return all(slot_kind(b, arg_t, i) == slot_kind(b, param_t, i) for i in range(len(mapper.type_args(param_t))))


def scalar(t: Type) -> bool:
    """A value match_args converts to the parameter's representation (an int
    for an `int | None`), as opposed to a container read as it is stored."""
    return not mapper.type_args(t)


def type_name(t: Type | None) -> str:
    """A type as the user writes it: `int`, not `Literal[98]?` or `builtins.int`."""
    name = mapper.fullname(t)
    return name.removeprefix("builtins.") if name else str(t)


def is_bytearray_for_bytes(arg_t: Type | None, param_t: Type | None) -> bool:
    p = mapper.proper(param_t)
    names = {mapper.fullname(t) for t in (p.items if isinstance(p, UnionType) else [p])}
    return mapper.fullname(arg_t) in ("builtins.bytearray", "unicc_buf.Buffer") and "builtins.bytes" in names


def bytes_method_of_bytearray(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """A bytes method on a bytearray (the two share their layout); a bytes
    result becomes a new bytearray, as the bytearray method returns."""
    prim = METHODS.get(("builtins.bytes", callee.name))
    in_subset = subset_method(b, "builtins.bytes", callee.name)
    recv = b.accept(callee.expr)
    if prim is not None and (in_subset is None or prim_fits(prim, e)):
        r = call_prim(b, e, prim, recv, b.ctx.types.get(callee.expr))
    else:
        assert in_subset is not None
        r = call_subset(b, e, f"bytearray.{callee.name}", in_subset, b.call_rt("rt_bytes_from_bytearray", [recv], OBJ))
    if mapper.fullname(b.ctx.types.get(e)) == "builtins.bytearray":
        return b.call_rt("rt_bytearray_from", [r], OBJ)
    return r


def prim_fits(prim: Prim, e: CallExpr) -> bool:
    """Whether a call passes only parameters the runtime function has."""
    names = {p[0] for p in prim.params}
    return len(e.args) <= len(prim.params) and all(n is None or n in names for n in e.arg_names)


def call_prim(b: Builder, e: CallExpr, prim: Prim, recv: o.Register, recv_t: Type | None) -> o.Register:
    def resolve(tn: str) -> RType:
        if tn == "E":
            return slot_kind(b, recv_t)
        if tn == "K":
            return slot_kind(b, recv_t, 0)
        if tn == "V":
            return slot_kind(b, recv_t, 1)
        return {"obj": OBJ, "i64": I64, "bool": BOOL, "void": VOID, "f64": F64,
                "slice0": I64, "slice1": I64}[tn]
    names = [p[0] for p in prim.params]
    given: dict[str, Expression] = {}
    if len(e.args) > len(names):
        raise b.ctx.error(b.module, e, f"this form of {prim.func.replace('rt_', '')}() is not supported by unicc")
    for i, (a, n) in enumerate(zip(e.args, e.arg_names)):
        given[n if n is not None else names[i]] = a
    args = [recv]
    has = 0
    for pname, ptype, default in prim.params:
        rt = resolve(ptype)
        if pname in given:
            if ptype in ("E", "K", "V"):
                # an item of the receiver: a display argument is stored like its items,
                # not like the receiver (xs.append([1, 2]) of a list[list[int]])
                item_t = type_arg(recv_t, 1 if ptype == "V" else 0)
                align_display(b, given[pname], item_t)
                expect_callable(b, given[pname], item_t)
            else:
                align_display(b, given[pname], recv_t)
            v = iterable_arg(b, given[pname], slot_kind(b, recv_t) if prim.func.startswith("rt_list_") else OBJ) \
                if pname == "iterable" else \
                other_set(b, given[pname], recv_t, prim.func) if prim.func.startswith("rt_set_") and pname == "s" else \
                b.accept_as(given[pname], rt)
            if ptype == "slice0":
                has |= abi.HAS_START
            if ptype == "slice1":
                has |= abi.HAS_STOP
        elif default is NODEF:
            raise b.ctx.error(b.module, e, f"missing argument '{pname}'")
        elif default is None:
            v = b.none() if rt.is_obj else b.const(0, rt)
        elif isinstance(default, str):
            v = b.str_const(default)
        else:
            v = b.const(default, rt)  # type: ignore[arg-type]
        args.append(b.to_word(v) if ptype in ("E", "K", "V") else v)
    if any(p[1] == "slice0" for p in prim.params):
        args.append(b.int(has))
    ret = resolve(prim.ret)
    if prim.ret in ("E", "K", "V"):
        return b.from_word(b.call_rt(prim.func, args, WORD, prim.raises), ret)
    return b.call_rt(prim.func, args, ret, prim.raises)


# the set functions of the runtime that compare items of different kinds
CROSS_KIND_SET_OPS = ("rt_set_issubset", "rt_set_issuperset")


def other_set(b: Builder, a: Expression, recv_t: Type | None, func: str) -> o.Register:
    """The other operand of a set method, as a set of the receiver's items: the
    runtime functions take sets (s.union([4, 5]) passed the list as one)."""
    at = b.ctx.types.get(a)
    own = type_arg(recv_t, 0)
    et = slot_kind(b, recv_t)
    is_set = mapper.fullname(at) in ("builtins.set", "builtins.frozenset")
    if is_set and (slot_kind(b, at) == et or func in CROSS_KIND_SET_OPS):
        return b.accept(a)
    # a display typed by its context (Iterable[Any]: list[object]) by its items
    items = [b.ctx.types.get(x) for x in a.items] if isinstance(a, (ListExpr, TupleExpr, SetExpr)) \
        else [item_mypy(b, at)]
    if func in CROSS_KIND_SET_OPS and not is_set:   # a set of the argument's own items will do
        et = slot_kind(b, at) if not isinstance(a, (ListExpr, TupleExpr, SetExpr)) else et
    for item in items:
        if func not in CROSS_KIND_SET_OPS and (item is None or own is None or not is_subtype(item, own)):
            raise b.ctx.error(b.module, a, f"a set method with items of type {type_name(item)} "
                                           "is not supported by unicc")
    s = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
    for_each(b, a, lambda it: add_item(b, s, as_value(b, it), et))
    return s


def iterable_arg(b: Builder, a: Expression, et: RType) -> o.Register:
    """The runtime's iterable parameters take a list of items of kind et; any
    other iterable (a tuple, set, dict, str, bytes, generator, or a list of
    ints for a list[float]) becomes a new list of such items."""
    t = b.ctx.types.get(a)
    if mapper.fullname(t) == "builtins.list" and slot_kind(b, t) == et:
        return b.accept(a)
    return list_of(b, a, et)


def m_list_pop(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    recv_t = b.ctx.types.get(callee.expr)
    lst = b.accept(callee.expr)
    i = b.accept_as(e.args[0], I64) if e.args else b.int(-1)
    w = b.call_rt("rt_list_pop", [lst, i, b.int(1)], WORD)
    return b.from_word(w, slot_kind(b, recv_t))


def m_list_sort(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    recv_t = b.ctx.types.get(callee.expr)
    sort_list(b, b.accept(callee.expr), slot_kind(b, recv_t), e, 0, type_arg(recv_t))
    return b.none()


def m_dict_get(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    t = b.ctx.types.get(callee.expr)
    kt, vt = slot_kind(b, t, 0), slot_kind(b, t, 1)
    res_t = rtype_of(b, e)
    d = b.accept(callee.expr)
    k = b.to_word(b.accept_as(e.args[0], kt))
    out = b.reg(WORD, "got")
    b.assign(out, b.convert(b.int(0), WORD))
    found = b.call_rt("rt_dict_lookup", [d, k, addr_of(b, out)], BOOL)
    res = b.reg(res_t)
    yes, no, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(found, yes, no)
    b.activate(yes)
    b.assign(res, b.from_word(out, vt))
    b.goto(done)
    b.activate(no)
    b.assign(res, b.accept_as(e.args[1], res_t) if len(e.args) > 1 else b.none())
    b.goto(done)
    b.activate(done)
    return res


def m_dict_pop(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    t = b.ctx.types.get(callee.expr)
    kt, vt = slot_kind(b, t, 0), slot_kind(b, t, 1)
    d = b.accept(callee.expr)
    k = b.to_word(b.accept_as(e.args[0], kt))
    if len(e.args) == 1:
        return b.from_word(b.call_rt("rt_dict_pop", [d, k], WORD), vt)
    res_t = rtype_of(b, e)
    res = b.reg(res_t)
    has = b.call_rt("rt_dict_contains", [d, k], BOOL)
    yes, no, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(has, yes, no)
    b.activate(yes)
    b.assign(res, b.from_word(b.call_rt("rt_dict_pop", [d, k], WORD), vt))
    b.goto(done)
    b.activate(no)
    b.assign(res, b.accept_as(e.args[1], res_t))
    b.goto(done)
    b.activate(done)
    return res


def m_dict_view(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """d.keys(), d.values(), d.items(): a live view (runtime/core/dictview.c)."""
    t = b.ctx.types.get(callee.expr)
    kinds = (slot_kind(b, t, 0).kind, slot_kind(b, t, 1).kind)
    which = ("keys", "values", "items").index(callee.name)
    return b.call_rt("rt_dict_view", [b.accept(callee.expr), b.int(which),
                                      b.addr(b.ctx.ir.kinds_symbol(kinds))], OBJ)


def m_view_isdisjoint(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """d.keys().isdisjoint(x), d.items().isdisjoint(x): both as sets of objects."""
    sets = []
    for x in (callee.expr, e.args[0]):
        s = b.call_rt("rt_set_new", [b.int(OBJ.kind)], OBJ)
        update_set(b, s, x, OBJ)
        sets.append(s)
    return b.call_rt("rt_set_isdisjoint", sets, BOOL)


def m_to_bytes(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    v = b.accept_as(callee.expr, I64)
    length = b.accept_as(e.args[0], I64) if e.args and e.arg_names[0] in (None, "length") else b.int(1)
    order = e.args[1] if len(e.args) > 1 and e.arg_names[1] is None else None
    signed = next((a for a, n in zip(e.args, e.arg_names) if n == "signed"), None)
    s = b.accept_as(signed, I64) if signed is not None else b.int(0)
    return b.call_rt("rt_int_to_bytes", [v, length, b.int(byteorder(b, order, e)), s], OBJ)


def m_str_find(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    return call_prim(b, e, METHODS[("builtins.str", callee.name)], b.accept(callee.expr), None)


def m_dict_popitem(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    t = b.ctx.types.get(callee.expr)
    kt, vt = slot_kind(b, t, 0), slot_kind(b, t, 1)
    key = b.reg(WORD, "key")
    b.assign(key, b.convert(b.int(0), WORD))
    v = b.call_rt("rt_dict_popitem", [b.accept(callee.expr), addr_of(b, key)], WORD)
    return new_tuple(b, [b.from_word(key, kt), b.from_word(v, vt)])


def m_affix(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """s.startswith(p[, start[, end]]) where p may be a tuple of strings."""
    fn = "rt_str_startswith" if callee.name == "startswith" else "rt_str_endswith"
    s = b.accept(callee.expr)
    p_e = e.args[0]
    single = mapper.fullname(b.ctx.types.get(p_e)) != "builtins.tuple"
    p = b.accept(p_e) if single else None
    res = b.reg(BOOL)
    b.assign(res, b.const(False, BOOL))
    done = b.new_block()
    if len(e.args) > 1:
        # s[start:end], but an empty range (start past end, as CPython adjusts them) matches nothing,
        # not even '': the range is empty exactly when find('') says so
        whole, rng = str_range(b, s, e.args[1], e.args[2] if len(e.args) > 2 else None)
        ok = b.new_block()
        b.branch(b.binary("lt", rng, b.int(0), BOOL), done, ok)
        b.activate(ok)
        s = whole
    if p is not None:
        b.assign(res, b.call_rt(fn, [s, p], BOOL))
        b.goto(done)
        b.activate(done)
        return res

    def each(item: Item) -> None:
        hit, nxt = b.new_block(), b.new_block()
        b.branch(b.call_rt(fn, [s, as_value(b, item)], BOOL), hit, nxt)
        b.activate(hit)
        b.assign(res, b.const(True, BOOL))
        b.goto(done)
        b.activate(nxt)
    for_each(b, p_e, each)
    b.goto(done)
    b.activate(done)
    return res


def m_count_index(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """tuple.count(x) / tuple.index(x), comparing as ==."""
    t = b.accept(callee.expr)
    # each item is compared as the tuple's item type (a fixed tuple's union), not as x's
    item_node = TempNode(item_mypy(b, b.ctx.types.get(callee.expr)) or AnyType(TypeOfAny.special_form))
    b.ctx.types[item_node] = item_node.type
    b.pinned[callee.expr] = t
    x = b.accept(e.args[0])
    n, i = b.reg(I64, "n"), b.reg(I64, "i")
    b.assign(n, b.int(0))
    b.assign(i, b.int(-1))
    done = b.new_block()

    def each(item: Item) -> None:
        b.assign(i, b.binary("add", i, b.int(1), I64, raises=True))
        hit, nxt = b.new_block(), b.new_block()
        b.branch(compare(b, "==", as_value(b, item), x, item_node, e.args[0]), hit, nxt)
        b.activate(hit)
        b.assign(n, b.binary("add", n, b.int(1), I64, raises=True))
        if callee.name == "index":
            b.goto(done)
        else:
            b.goto(nxt)
        b.activate(nxt)
    for_each(b, callee.expr, each)
    del b.pinned[callee.expr]
    if callee.name == "index":
        b.raise_new("rt_type_ValueError", "tuple.index(x): x not in tuple")
    else:
        b.goto(done)
    b.activate(done)
    return i if callee.name == "index" else n


def str_range(b: Builder, s: o.Register, start_e: Expression,
              end_e: Expression | None) -> tuple[o.Register, o.Register]:
    """s[start:end] and s.find('', start, end), which is -1 when CPython finds the
    range empty (start past end once both are adjusted)."""
    has = abi.HAS_START | (abi.HAS_STOP if end_e is not None else 0)
    start = b.accept_as(start_e, I64)
    end = b.accept_as(end_e, I64) if end_e is not None else b.int(0)
    part = b.call_rt("rt_str_slice", [s, start, end, b.int(1), b.int(has)], OBJ)
    rng = b.call_rt("rt_str_find", [s, b.str_const(""), start, end, b.int(has)], I64)
    return part, rng


def m_str_count(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """s.count(sub[, start[, end]]): counted in s[start:end]; 0 for an empty range."""
    s = b.accept(callee.expr)
    sub = b.accept(e.args[0])
    if len(e.args) == 1:
        return b.call_rt("rt_str_count", [s, sub], I64)
    part, rng = str_range(b, s, e.args[1], e.args[2] if len(e.args) > 2 else None)
    res = b.reg(I64)
    b.assign(res, b.int(0))
    yes, done = b.new_block(), b.new_block()
    b.branch(b.binary("lt", rng, b.int(0), BOOL), done, yes)
    b.activate(yes)
    b.assign(res, b.call_rt("rt_str_count", [part, sub], I64))
    b.goto(done)
    b.activate(done)
    return res


def m_index(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """s.index / s.rindex: s.find / s.rfind, and ValueError for -1."""
    find = "find" if callee.name == "index" else "rfind"
    r = call_prim(b, e, METHODS[("builtins.str", find)], b.accept(callee.expr), None)
    bad, ok = b.new_block(), b.new_block()
    b.branch(b.binary("lt", r, b.int(0), BOOL), bad, ok)
    b.activate(bad)
    b.raise_new("rt_type_ValueError", "substring not found")
    b.activate(ok)
    return r


def m_set_union(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """s.union(*others): a copy of s, then each other merged (a set) or added
    item by item (any other iterable), as CPython does."""
    t = b.ctx.types.get(callee.expr)
    et = slot_kind(b, t)
    if slot_kind(b, b.ctx.types.get(e)) != et:   # set[int].union(set[float]) holds both kinds
        raise b.ctx.error(b.module, e, f"set.union() making a {mapper.shown(b.ctx.types.get(e))} from a "
                                       f"{mapper.shown(t)} is not supported by unicc")
    r = b.call_rt("rt_set_copy", [b.accept(callee.expr)], OBJ)
    for a in e.args:
        align_display(b, a, t)
        update_set(b, r, a, et)
    return r


def m_set_update(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """s.update(*others), each as CPython adds it (for_helpers.update_set)."""
    s = b.accept(callee.expr)
    et = slot_kind(b, b.ctx.types.get(callee.expr))
    for a in e.args:
        align_display(b, a, b.ctx.types.get(callee.expr))
        update_set(b, s, a, et)
    return b.none()


def m_dict_update(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """d.update(other_dict) or d.update(iterable of pairs)."""
    d = b.accept(callee.expr)
    t = b.ctx.types.get(callee.expr)
    arg = e.args[0]
    align_display(b, arg, t)
    update_dict(b, d, t, arg)
    return b.none()


def m_bytearray_clear(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    empty = b.const(o.BytesConst(b""), OBJ)
    b.call_rt("rt_bytearray_set_slice", [b.accept(callee.expr), b.int(0), b.int(0), b.int(1), b.int(0), empty])
    return b.none()


def m_bytearray_extend(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """ba.extend(bytes-like or iterable of ints)."""
    ba = b.accept(callee.expr)
    arg = e.args[0]
    v = b.accept(arg)
    if mapper.fullname(b.ctx.types.get(arg)) not in ("builtins.bytes", "builtins.bytearray", BUFFER):
        v = b.call_rt("rt_bytes_from_list", [int_list(b, arg, v)], OBJ)
    b.call_rt("rt_bytearray_extend", [ba, v])
    return b.none()


def m_bytes_strip(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    which = {"lstrip": 1, "rstrip": 2, "strip": 3}[callee.name]
    chars = b.accept(e.args[0]) if e.args else b.none()
    return b.call_rt("rt_bytes_strip", [b.accept(callee.expr), chars, b.int(which)], OBJ)


def m_bytes_partition(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """b.partition(sep) / b.rpartition(sep): three slices around the first (last)
    occurrence; not found, the whole is the first (last) part."""
    data, sep = b.accept(callee.expr), b.accept(e.args[0])
    m = b.reg(I64)
    b.assign(m, b.call_rt("rt_bytes_len", [sep], I64, raises=False))
    empty, ok = b.new_block(), b.new_block()
    b.branch(b.binary("eq", m, b.int(0), BOOL), empty, ok)
    b.activate(empty)
    b.raise_new("rt_type_ValueError", "empty separator")
    b.activate(ok)
    rev = callee.name == "rpartition"
    i = b.reg(I64)
    b.assign(i, b.call_rt("rt_bytes_rfind" if rev else "rt_bytes_find", [data, sep], I64, raises=False))
    missing, found = b.new_block(), b.new_block()
    b.branch(b.binary("lt", i, b.int(0), BOOL), missing, found)
    b.activate(missing)
    b.assign(i, b.int(0) if rev else b.call_rt("rt_bytes_len", [data], I64, raises=False))
    b.assign(m, b.int(0))
    b.goto(found)
    b.activate(found)
    end = b.binary("add", i, m, I64)
    n = b.call_rt("rt_bytes_len", [data], I64, raises=False)
    bounds = [(b.int(0), i), (i, end), (end, n)]
    return new_tuple(b, [b.call_rt("rt_bytes_slice", [data, lo, hi, b.int(1), b.int(3)], OBJ) for lo, hi in bounds])


def m_bytes_affix(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    if len(e.args) != 1 or mapper.fullname(b.ctx.types.get(e.args[0])) == "builtins.tuple":
        raise b.ctx.error(b.module, e, f"this form of bytes.{callee.name}() is not supported by unicc")
    at_end = b.int(int(callee.name == "endswith"))
    return b.call_rt("rt_bytes_affix", [b.accept(callee.expr), b.accept(e.args[0]), at_end], BOOL)


def m_complex_conjugate(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    return complexes.helper(b, "complex_conjugate", [b.accept(callee.expr)])


SPECIAL_METHODS = {
    **GEN_METHODS,
    **{("builtins.bytes", m): m_bytes_strip for m in ("strip", "lstrip", "rstrip")},
    ("builtins.bytes", "startswith"): m_bytes_affix,
    **{(t, m): m_bytes_partition for t in ("builtins.bytes", "builtins.bytearray")
       for m in ("partition", "rpartition")},
    ("builtins.bytes", "endswith"): m_bytes_affix,
    ("builtins.bytearray", "extend"): m_bytearray_extend,
    ("builtins.bytearray", "clear"): m_bytearray_clear,
    **{(BUFFER, f"{op}_{w}{end}"): m_buffer for op in ("get", "set") for w in ("u8", "u16", "u32", "u64")
       for end in (("",) if w == "u8" else ("_be", "_le"))},
    (BUFFER, "slice"): m_buffer,
    (BUFFER, "tobytes"): m_buffer,
    (BUFFER, "write"): m_buffer,
    ("builtins.dict", "update"): m_dict_update,
    ("builtins.str", "rindex"): m_index,
    ("builtins.str", "index"): m_index,
    ("builtins.str", "count"): m_str_count,
    ("builtins.set", "update"): m_set_update,
    ("builtins.set", "union"): m_set_union,
    ("builtins.str", "startswith"): m_affix,
    ("builtins.str", "endswith"): m_affix,
    ("builtins.tuple", "count"): m_count_index,
    ("builtins.tuple", "index"): m_count_index,
    ("builtins.str", "encode"): m_str_encode,
    ("builtins.bytes", "decode"): m_decode,
    ("builtins.bytearray", "decode"): m_decode,
    ("builtins.dict", "popitem"): m_dict_popitem,
    ("builtins.list", "pop"): m_list_pop,
    ("builtins.list", "sort"): m_list_sort,
    ("builtins.dict", "get"): m_dict_get,
    ("builtins.dict", "pop"): m_dict_pop,
    ("builtins.dict", "keys"): m_dict_view,
    ("builtins.dict", "values"): m_dict_view,
    ("builtins.dict", "items"): m_dict_view,
    ("_collections_abc.dict_keys", "isdisjoint"): m_view_isdisjoint,
    ("_collections_abc.dict_items", "isdisjoint"): m_view_isdisjoint,
    ("builtins.int", "to_bytes"): m_to_bytes,
    (complexes.NAME, "conjugate"): m_complex_conjugate,
}
