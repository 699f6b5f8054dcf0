"""Values typed by an abstract collection type: `Sequence[T]`,
`MutableSequence[T]`, `Mapping[K, V]`, `MutableMapping[K, V]`,
`Collection[T]`, `Container[T]`, `Sized`, `AbstractSet[T]` (from typing or
collections.abc; mypy names both typing's).

Such a value is the object itself (a list, tuple, str, bytes, bytearray,
range, dict, set, or an instance of a compiled class), one word like any
object: nothing is converted where a concrete value flows in.  An operation
on it tests the object's type against each compiled class of the program
that can be there (the classes it constructs that derive from the type or,
for the protocols Sized, Container and Collection, conform to it) and calls
that class's dunder; any other object is a builtin one, and one runtime call
(runtime/core/abc.c) does what its type does, by its layout, with its error
messages, converting the items from the kinds the object keeps them in to
the kind the static type asks for (`Sequence[float]` may be a `list[int]`).
A compiled class that can be there without the dunder or method the
operation needs (an inherited mixin method such as `Sequence.index`) is a
located error.  Iteration goes through `rt_iter` (itemtype.is_iterator_type):
a dict gives its keys.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import CallExpr, Expression, GeneratorExpr, IndexExpr, MemberExpr, TypeInfo
from mypy.subtypes import is_subtype
from mypy.types import Type
from mypy.typevars import fill_typevars_with_any

from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, RType, VOID, WORD
from unicc.irbuild import mapper, slices
from unicc.irbuild.arguments import default_value
from unicc.irbuild.builder import Builder, FuncInfo, rtype_of
from unicc.irbuild.members import type_of
from unicc.irbuild.prepare import find_method, implementations
from unicc.irbuild.itemtype import ABSTRACT, MAPPINGS, SEQUENCES
from unicc.irbuild.sequences import list_get


def is_abstract(t: Type | None) -> bool:
    return mapper.fullname(t) in ABSTRACT


def compiled_classes(b: Builder, t: Type | None, dunder: str, what: str,
                     node: Expression) -> list[tuple[str, FuncInfo]]:
    """(class symbol, implementation of `dunder`) of every compiled class an
    object of abstract type t can be; a located error if one of them lacks it."""
    info = mapper.instance_info(t)
    assert info is not None
    impls = implementations(b.ctx, info, dunder)
    fitting = set()
    for full, ci in b.ctx.classes.items():
        cinfo = b.ctx.infos.get(full)
        if cinfo is None or cinfo.fullname not in (b.ctx.constructed or set()) or not fits(cinfo, t):
            continue
        fitting.add(ci.ir.symbol)
        if find_method(ci, dunder) is None:
            raise b.ctx.error(b.module, node, f"{what} on {mapper.shown(t)} is not supported by unicc where it may "
                                              f"be a {cinfo.name}, which does not define {dunder} (the mixin "
                                              "methods of collections.abc are not compiled)")
    return [(sym, fi) for sym, fi in impls if sym in fitting]


def fits(cinfo: TypeInfo, t: Type | None) -> bool:
    """An instance of the compiled class can be a value of type t (Log, a
    MutableSequence[str], is no Sequence[int]); type arguments relaxed to Any."""
    return t is not None and is_subtype(fill_typevars_with_any(cinfo), t)


def may_be_compiled(b: Builder, t: Type | None) -> bool:
    """Whether an instance of a compiled class can be the object of abstract type t."""
    info = mapper.instance_info(t)
    assert info is not None
    implementations(b.ctx, info, "__len__")   # the program's constructed classes, found once
    constructed = b.ctx.constructed or set()
    return any(cinfo.fullname in constructed and fits(cinfo, t) for full in b.ctx.classes
               if (cinfo := b.ctx.infos.get(full)) is not None)


def map_item(b: Builder, m: o.Register, t: Type | None, k: o.Register, node: Expression) -> o.Register:
    """m[k] of a Mapping (k already of the key's kind)."""
    kk, vk = item_kind(b, t), item_kind(b, t, 1)
    k = b.coerce(k, kk)
    return by_class(b, m, t, "__getitem__", [k], vk, "indexing", node, lambda: b.from_word(
        b.call_rt("rt_map_get", [m, b.to_word(k), b.int(kk.kind), b.int(vk.kind)], WORD), vk))


def by_class(b: Builder, obj: o.Register, t: Type | None, dunder: str, args: list[o.Register], ret: RType,
             what: str, node: Expression, builtin: Callable[[], o.Register]) -> o.Register:
    """The dunder of the compiled class obj is, else builtin() (a runtime call)."""
    impls = compiled_classes(b, t, dunder, what, node)
    if not impls:
        return builtin()
    res = b.reg(ret) if not ret.is_void else None
    done = b.new_block()
    tp = type_of(b, obj)
    for sym, fi in impls:
        yes, no = b.new_block(), b.new_block()
        b.branch(b.binary("eq", tp, b.addr(sym), BOOL), yes, no)
        b.activate(yes)
        r = b.call(fi, [obj] + args + defaults(b, fi, 1 + len(args)))
        if res is not None:
            b.assign(res, b.coerce(r, ret))
        b.goto(done)
        b.activate(no)
    r = builtin()
    if res is not None:
        b.assign(res, b.coerce(r, ret))
    b.goto(done)
    b.activate(done)
    return res if res is not None else b.none()


def defaults(b: Builder, fi: FuncInfo, given: int) -> list[o.Register]:
    """The default values of fi's parameters after the first `given` (index(x, start=0, ...))."""
    out = []
    for i in range(given, len(fi.params)):
        d = fi.defaults[i] if len(fi.defaults) > i else None
        if d is None:
            raise AssertionError(f"{fi.name}: parameter {i} has no default")   # mypy checked the override
        out.append(default_value(b, fi, i, d))
    return out


def item_kind(b: Builder, t: Type | None, i: int = 0) -> RType:
    args = mapper.type_args(t)
    return mapper.rtype(args[i], b.subst) if len(args) > i else OBJ


def is_list(b: Builder, v: o.Register, kind: RType | None = None) -> o.Register:
    """v is a list (keeping its items in `kind`, if given): the common case,
    which the operations below do inline, as on a list-typed value."""
    res = b.reg(BOOL)
    b.assign(res, b.binary("eq", type_of(b, v), b.addr("rt_type_list"), BOOL))
    if kind is None:
        return res
    yes, done = b.new_block(), b.new_block()
    b.branch(res, yes, done)
    b.activate(yes)
    b.assign(res, b.binary("eq", b.get_field(v, abi.LIST_KIND, I64), b.int(kind.kind), BOOL))
    b.goto(done)
    b.activate(done)
    return res


def list_or(b: Builder, cond: o.Register, ret: RType, fast: Callable[[], o.Register],
            slow: Callable[[], o.Register]) -> o.Register:
    """fast() if cond (v is a list) else slow(), as one value of type ret."""
    res = b.reg(ret)
    yes, no, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(cond, yes, no)
    b.activate(yes)
    b.assign(res, fast())
    b.goto(done)
    b.activate(no)
    b.assign(res, slow())
    b.goto(done)
    b.activate(done)
    return res


def length(b: Builder, v: o.Register, t: Type | None, node: Expression) -> o.Register:
    return by_class(b, v, t, "__len__", [], I64, "len()", node, lambda: list_or(
        b, is_list(b, v), I64, lambda: b.get_field(v, abi.LIST_LEN, I64),
        lambda: b.call_rt("rt_abc_len", [v], I64)))


def truth(b: Builder, v: o.Register, t: Type | None) -> o.Register:
    """bool(x): a compiled class's __bool__ or __len__, else the builtin object's length."""
    info = mapper.instance_info(t)
    assert info is not None
    symbols = {b.ctx.classes[full].ir.symbol for full in b.ctx.classes
               if (cinfo := b.ctx.infos.get(full)) is not None and fits(cinfo, t)}
    impls = {sym: fi for name in ("__len__", "__bool__") for sym, fi in implementations(b.ctx, info, name)
             if sym in symbols}
    res = b.reg(BOOL)
    done = b.new_block()
    if impls:
        tp = type_of(b, v)
        for sym, fi in impls.items():
            yes, no = b.new_block(), b.new_block()
            b.branch(b.binary("eq", tp, b.addr(sym), BOOL), yes, no)
            b.activate(yes)
            r = b.call(fi, [v])
            b.assign(res, r if r.type == BOOL else b.binary("ne", b.coerce(r, I64), b.int(0), BOOL))
            b.goto(done)
            b.activate(no)
    b.assign(res, b.call_rt("rt_truth", [b.to_word(v), b.int(OBJ.kind)], BOOL, raises=False))
    b.goto(done)
    b.activate(done)
    return res


def getitem(b: Builder, e: IndexExpr) -> o.Register:
    t = b.ctx.types.get(e.base)
    v = b.accept(e.base)
    res = rtype_of(b, e)
    if slices.is_slice(b, e.index):
        compiled_classes(b, t, "_unicc_slice", "slicing", e)   # no compiled class can be sliced here
        return b.call_rt("rt_seq_slice", [v] + slices.args(b, e.index), OBJ)
    if mapper.fullname(t) in MAPPINGS:
        kk = item_kind(b, t)
        k = b.accept_as(e.index, kk)
        return by_class(b, v, t, "__getitem__", [k], res, "indexing", e, lambda: b.from_word(
            b.call_rt("rt_map_get", [v, b.to_word(k), b.int(kk.kind), b.int(res.kind)], WORD), res))
    if mapper.fullname(t) not in SEQUENCES:
        raise b.ctx.error(b.module, e, f"indexing {mapper.shown(t)} is not supported by unicc")
    i = b.accept_as(e.index, I64)
    return by_class(b, v, t, "__getitem__", [i], res, "indexing", e, lambda: list_or(
        b, is_list(b, v, res), res, lambda: b.from_word(list_get(b, v, i), res),
        lambda: b.from_word(b.call_rt("rt_seq_get", [v, i, b.int(res.kind)], WORD), res)))


def contains(b: Builder, c: o.Register, item: o.Register, ce: Expression) -> o.Register:
    t = b.ctx.types.get(ce)
    return by_class(b, c, t, "__contains__", [item], BOOL, "'in'", ce, lambda: b.call_rt(
        "rt_abc_contains", [c, b.to_word(item), b.int(item.type.kind)], BOOL))


def setitem(b: Builder, target: IndexExpr, v: o.Register, value: o.Register) -> None:
    """xs[i] = value, m[k] = value; v: the object."""
    t = b.ctx.types.get(target.base)
    name = mapper.fullname(t)
    if name not in ("typing.MutableSequence", "typing.MutableMapping") or slices.is_slice(b, target.index):
        raise b.ctx.error(b.module, target, f"item assignment on {mapper.shown(t)} is not supported by unicc")
    vk = item_kind(b, t, 1 if name == "typing.MutableMapping" else 0)
    value = b.coerce(value, vk)
    if name == "typing.MutableMapping":
        kk = item_kind(b, t)
        k = b.accept_as(target.index, kk)
        by_class(b, v, t, "__setitem__", [k, value], VOID, "item assignment", target, lambda: b.call_rt(
            "rt_map_set", [v, b.to_word(k), b.int(kk.kind), b.to_word(value), b.int(vk.kind)]))
        return
    i = b.accept_as(target.index, I64)
    by_class(b, v, t, "__setitem__", [i, value], VOID, "item assignment", target, lambda: b.call_rt(
        "rt_mseq_set", [v, i, b.to_word(value), b.int(vk.kind)]))


def delitem(b: Builder, target: IndexExpr, v: o.Register) -> None:
    """del m[k], del xs[i]; v: the object."""
    t = b.ctx.types.get(target.base)
    name = mapper.fullname(t)
    if name not in ("typing.MutableMapping", "typing.MutableSequence") or slices.is_slice(b, target.index):
        raise b.ctx.error(b.module, target, f"del of an item of {mapper.shown(t)} is not supported by unicc")
    if name == "typing.MutableSequence":
        i = b.accept_as(target.index, I64)
        by_class(b, v, t, "__delitem__", [i], VOID, "del", target, lambda: b.call_rt("rt_mseq_del", [v, i]))
        return
    kk = item_kind(b, t)
    k = b.accept_as(target.index, kk)
    by_class(b, v, t, "__delitem__", [k], VOID, "del", target, lambda: b.call_rt(
        "rt_map_del", [v, b.to_word(k), b.int(kk.kind)]))


def method(b: Builder, e: CallExpr, callee: MemberExpr,
           listed: Callable[[Expression, RType], o.Register]) -> o.Register | None:
    """A method of an abstract collection type, or None if this one is not
    compiled.  listed(e, kind): a list of the items of iterable e, of that kind."""
    t = b.ctx.types.get(callee.expr)
    name, m = mapper.fullname(t), callee.name
    res = rtype_of(b, e)
    what = f"{m}()"
    seq = name in SEQUENCES or name == "typing.MutableSequence"
    if seq and m in ("index", "count") and len(e.args) == 1:
        v = b.accept(callee.expr)
        x = b.accept_as(e.args[0], item_kind(b, t))
        func = "rt_seq_index" if m == "index" else "rt_seq_count"
        return by_class(b, v, t, m, [x], I64, what, e, lambda: b.call_rt(
            func, [v, b.to_word(x), b.int(x.type.kind)], I64))
    if name == "typing.MutableSequence" and m == "append":
        v = b.accept(callee.expr)
        x = b.accept_as(e.args[0], item_kind(b, t))
        return by_class(b, v, t, m, [x], VOID, what, e, lambda: b.call_rt(
            "rt_mseq_append", [v, b.to_word(x), b.int(x.type.kind)]))
    if name == "typing.MutableSequence" and m == "insert" and len(e.args) == 2:
        v = b.accept(callee.expr)
        i = b.accept_as(e.args[0], I64)
        x = b.accept_as(e.args[1], item_kind(b, t))
        return by_class(b, v, t, m, [i, x], VOID, what, e, lambda: b.call_rt(
            "rt_mseq_insert", [v, i, b.to_word(x), b.int(x.type.kind)]))
    if name == "typing.MutableSequence" and m == "pop" and len(e.args) <= 1:
        v = b.accept(callee.expr)
        i = b.accept_as(e.args[0], I64) if e.args else b.int(-1)
        args = [i] if e.args else []
        return by_class(b, v, t, m, args, res, what, e, lambda: b.from_word(b.call_rt(
            "rt_mseq_pop", [v, i, b.int(1 if e.args else 0), b.int(res.kind)], WORD), res))
    if name == "typing.MutableSequence" and m == "extend" and len(e.args) == 1:
        return extend(b, e, callee, t, what, listed)
    if name in MAPPINGS and m == "get" and 1 <= len(e.args) <= 2:
        return mapping_get(b, e, callee, t, what)
    if name in MAPPINGS and m in ("keys", "values", "items") and not e.args:
        v = b.accept(callee.expr)
        pair = b.addr(b.ctx.ir.kinds_symbol((item_kind(b, t, 0).kind, item_kind(b, t, 1).kind)))
        which = ("keys", "values", "items").index(m)
        return by_class(b, v, t, m, [], OBJ, what, e, lambda: b.call_rt(
            "rt_map_view", [v, b.int(which), pair], OBJ))
    if name == "typing.MutableMapping" and m == "pop" and len(e.args) == 2:
        return mapping_get(b, e, callee, t, what, pop=True)
    if name == "typing.MutableMapping" and m in ("pop", "setdefault") and len(e.args) == (2 if m == "setdefault"
                                                                                           else 1):
        v = b.accept(callee.expr)
        kk, vk = item_kind(b, t), item_kind(b, t, 1)
        k = b.accept_as(e.args[0], kk)
        if m == "pop":
            return by_class(b, v, t, m, [k], res, what, e, lambda: b.from_word(b.call_rt(
                "rt_map_pop", [v, b.to_word(k), b.int(kk.kind), b.int(res.kind)], WORD), res))
        d = b.accept_as(e.args[1], vk)
        return by_class(b, v, t, m, [k, d], res, what, e, lambda: b.coerce(b.from_word(b.call_rt(
            "rt_map_setdefault", [v, b.to_word(k), b.int(kk.kind), b.to_word(d), b.int(vk.kind)], WORD), vk), res))
    return None


def mapping_get(b: Builder, e: CallExpr, callee: MemberExpr, t: Type | None, what: str,
                pop: bool = False) -> o.Register:
    """m.get(k[, d]): m[k] if k in m, else d (None); m.pop(k, d) (pop) takes it out."""
    v = b.accept(callee.expr)
    res = rtype_of(b, e)
    kk, vk = item_kind(b, t), item_kind(b, t, 1)
    k = b.accept_as(e.args[0], kk)
    # evaluated first, as CPython evaluates the arguments before the call
    d = b.accept_as(e.args[1], res) if len(e.args) > 1 else None

    def builtin() -> o.Register:
        out = b.reg(res)
        yes, no, done = b.new_block(), b.new_block(), b.new_block()
        b.branch(b.call_rt("rt_abc_contains", [v, b.to_word(k), b.int(kk.kind)], BOOL), yes, no)
        b.activate(yes)
        b.assign(out, b.coerce(b.from_word(b.call_rt(
            "rt_map_pop" if pop else "rt_map_get", [v, b.to_word(k), b.int(kk.kind), b.int(vk.kind)], WORD), vk), res))
        b.goto(done)
        b.activate(no)
        b.assign(out, d if d is not None else b.coerce(b.none(), res))
        b.goto(done)
        b.activate(done)
        return out
    return by_class(b, v, t, "pop" if pop else "get", [k] + ([d] if d is not None else []), res, what, e, builtin)


def extend(b: Builder, e: CallExpr, callee: MemberExpr, t: Type | None, what: str,
           listed: Callable[[Expression, RType], o.Register]) -> o.Register:
    """xs.extend(it): a compiled class's extend, else it is read to its end
    first (xs.extend(xs) doubles xs) and each item appended."""
    v = b.accept(callee.expr)
    vk = item_kind(b, t)
    arg = e.args[0]
    if not compiled_classes(b, t, "extend", what, e):
        return append_all(b, v, listed(arg, vk), vk)
    if isinstance(arg, GeneratorExpr):
        raise b.ctx.error(b.module, arg, f"extend() of a generator expression on {mapper.shown(t)} is not supported "
                                         "by unicc where it may be a compiled class; make it a list")
    a = b.accept(arg)

    def builtin() -> o.Register:
        b.pinned[arg] = a
        try:
            return append_all(b, v, listed(arg, vk), vk)
        finally:
            del b.pinned[arg]
    return by_class(b, v, t, "extend", [a], VOID, what, e, builtin)


def append_all(b: Builder, v: o.Register, items: o.Register, vk: RType) -> o.Register:
    """Append each item of list `items` (of kind vk) to the builtin mutable sequence v."""
    n = b.get_field(items, abi.SEQ_LEN, I64)
    i = b.reg(I64)
    b.assign(i, b.int(0))
    head, body, done = b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    b.branch(b.binary("lt", i, n, BOOL), body, done)
    b.activate(body)
    w = b.call_rt("rt_list_get", [items, i], WORD)
    b.call_rt("rt_mseq_append", [v, w, b.int(vk.kind)])
    b.assign(i, b.binary("add", i, b.int(1), I64))
    b.goto(head)
    b.activate(done)
    return b.none()
