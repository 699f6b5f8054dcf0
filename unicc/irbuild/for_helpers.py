"""Iteration: for loops over every iterable kind, comprehensions and displays.

`for_each`/`iterate` choose a loop for the iterable's static type (range,
list, tuple, str, bytes, dict and its views, set, map/filter/zip/enumerate,
generators and other iterators) and hand each item to the consumer, which
is a for statement, a comprehension or a builtin such as sum() or sorted();
no iterator object is made when a counted loop will do.
"""

from __future__ import annotations

from typing import Callable

from mypy.nodes import (
    ARG_POS, ARG_STAR, ARG_STAR2, CallExpr, DictExpr, DictionaryComprehension, Expression, GeneratorExpr, IntExpr,
    ListComprehension, ListExpr, MemberExpr, NameExpr, RefExpr, SetComprehension, SetExpr, StarExpr,
    TupleExpr, TypeAlias, TypeInfo, UnaryExpr,
)
from mypy.subtypes import find_member
from mypy.types import CallableType, Instance, Type

from unicc.frontend.walk import written
from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, RType, WORD
from unicc.irbuild import abstract, mapper
from unicc.irbuild.arguments import expect_callable
from unicc.irbuild.assignment import assign_target, cond_branch, typed_as
from unicc.irbuild.builder import Builder, FinallyFrame, LoopFrame, rtype_of
from unicc.irbuild.closures import builtin_target, builtin_value, call_closure, callable_arg, expect_args, pick_overload
from unicc.irbuild.itemtype import (
    ABSTRACT, DICT_VIEWS, GENERATOR_TYPES, MAPPINGS, collected_kind, is_iterator_type, item_mypy, item_rtype, slot_kind,
    tuple_item_types, type_arg,
)
from unicc.irbuild.flags import flag_decl, flag_members, is_flag
from unicc.irbuild.members import call_dunder
from unicc.irbuild.sequences import (
    Item, addr_of, as_value, getter_for, is_constant, list_get, new_tuple, pack, seq_get, seq_len, tuple_items,
)
from unicc.irbuild.valueops import truth


def enum_members_list(b: Builder, info: TypeInfo) -> o.Register:
    """list(Color) / iterating Color: the members in definition order (no aliases)."""
    if is_flag(info):   # the single-bit members
        lst = b.call_rt("rt_list_new", [b.int(I64.kind), b.int(0)], OBJ)
        for _, value in flag_decl(b.ctx, info).singles:
            b.call_rt("rt_list_append", [lst, b.to_word(b.int(value))])
        return lst
    if info.fullname in b.ctx.obj_enums:   # the member objects
        members = list(b.ctx.obj_enums[info.fullname].values)
        lst = b.call_rt("rt_list_new", [b.int(OBJ.kind), b.int(len(members))], OBJ)
        for name in members:
            m = b.reg(OBJ)
            b.emit(o.GetGlobal(m, f"{info.fullname}.{name}"))
            b.call_rt("rt_list_append", [lst, b.to_word(m)])
        return lst
    seen: list[int] = []
    for value in b.ctx.enums[info.fullname].values():
        if value not in seen:
            seen.append(value)
    lst = b.call_rt("rt_list_new", [b.int(0), b.int(len(seen))], OBJ)
    for value in seen:
        b.call_rt("rt_list_append", [lst, b.to_word(b.int(value))])
    return lst


def append_item(b: Builder, lst: o.Register, it: Item, et: RType) -> None:
    b.call_rt("rt_list_append", [lst, b.to_word(b.coerce(as_value(b, it), et))])


def add_item(b: Builder, s: o.Register, v: o.Register, et: RType) -> None:
    b.call_rt("rt_set_add", [s, b.to_word(b.coerce(v, et))])


def update_set(b: Builder, s: o.Register, a: Expression, et: RType) -> None:
    """Add the items of a to the set s as CPython's set_update_internal does,
    which decides the order s iterates in: a set holding the same kind is
    merged table by table, a dict's keys are added after one resize for all
    of them, any other iterable item by item."""
    at = b.ctx.types.get(a)
    name = mapper.fullname(at)
    if name == "builtins.set" and slot_kind(b, at) == et:
        b.call_rt("rt_set_update", [s, b.accept(a)])
    elif name == "builtins.dict" and slot_kind(b, at, 0) == et:
        d = b.accept(a)
        b.call_rt("rt_set_reserve", [s, b.call_rt("rt_dict_len", [d], I64, raises=False)])
        dict_loop(b, d, at, "keys", lambda nxt, head, step, exit_: _add_all(b, s, nxt, step, exit_))
    else:
        for_each(b, a, lambda it: add_item(b, s, as_value(b, it), et))


def lower_iterator_call(b: Builder, e: CallExpr) -> o.Register:
    """list(x)/tuple(x), and map()/filter()/enumerate()/zip()/reversed()/range()
    calls a consumer needs as a list: the items of the loop over them."""
    t = b.ctx.types.get(e)
    callee = e.callee.fullname if isinstance(e.callee, NameExpr) else ""
    alias = mapper.proper(e.callee.node.target) if isinstance(e.callee, NameExpr) and \
        isinstance(e.callee.node, TypeAlias) else None
    if isinstance(alias, Instance):   # OrderedCollection = list; OrderedCollection(xs)
        callee = alias.type.fullname
    if callee == "builtins.tuple" and e.args:
        items = list_of(b, e.args[0], slot_kind(b, t))
        return b.call_rt("rt_tuple_from_list", [items], OBJ)
    if callee in ("builtins.list", "builtins.tuple"):
        return list_of(b, e.args[0], slot_kind(b, t))
    return list_of(b, e, item_rtype(b, t))


def list_of(b: Builder, it: Expression, et: RType) -> o.Register:
    """A new list of the items of any iterable."""
    lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
    for_each(b, it, lambda item: append_item(b, lst, item, et))
    return lst


# ---- displays and comprehensions ---------------------------------------------

def lower_display(b: Builder, e: Expression) -> o.Register:
    t = b.ctx.types.get(e)
    if isinstance(e, ListExpr) or isinstance(e, TupleExpr) and any(isinstance(x, StarExpr) for x in e.items):
        et = slot_kind(b, t)
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(len(e.items))], OBJ)
        for item in e.items:
            if isinstance(item, StarExpr):   # [*xs, y]: the items of any iterable, in order
                for_each(b, item.expr, lambda x: append_item(b, lst, x, et))
                continue
            expect_callable(b, item, type_arg(t))
            b.call_rt("rt_list_append", [lst, b.to_word(b.accept_as(item, et))])
        return lst if isinstance(e, ListExpr) else b.call_rt("rt_tuple_from_list", [lst], OBJ)
    if isinstance(e, TupleExpr):
        declared = b.expected.pop(e, None)   # the tuple type its context declares (expect_callable)
        if len(tuple_item_types(b, declared) or ()) == len(e.items):
            t = declared
        types = tuple_item_types(b, t) or [rtype_of(b, x) for x in e.items]
        p = mapper.proper(t)
        if isinstance(p, mapper.TupleType):
            for x, xt in zip(e.items, p.items):
                expect_callable(b, x, xt)
        return new_tuple(b, [b.accept_as(x, rt) for x, rt in zip(e.items, types)])
    if isinstance(e, SetExpr):
        et = slot_kind(b, t)
        s = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
        for item in e.items:
            if isinstance(item, StarExpr):
                for_each(b, item.expr, lambda x: add_item(b, s, as_value(b, x), et))
                continue
            expect_callable(b, item, type_arg(t))
            b.call_rt("rt_set_add", [s, b.to_word(b.accept_as(item, et))])
        if len(e.items) > 2 and all(is_constant(x) for x in e.items):
            # CPython folds such a display into a frozenset constant, which its
            # compiler rebuilds from its own items when it merges constants, and
            # makes the set from that (SET_UPDATE): the same three steps here
            folded = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
            set_loop(b, s, et, lambda nxt, h, step, exit_: _add_all(b, folded, nxt, step, exit_))
            s = b.call_rt("rt_set_copy", [folded], OBJ)
        return s
    if isinstance(e, DictExpr):
        kt, vt = slot_kind(b, t, 0), slot_kind(b, t, 1)
        d = b.call_rt("rt_dict_new", [b.int(kt.kind), b.int(vt.kind)], OBJ)
        for k, v in e.items:
            if k is None:   # {**m, ...}: m's items, in order, later keys replacing earlier ones
                update_dict(b, d, t, v)
                continue
            expect_callable(b, k, type_arg(t, 0))
            expect_callable(b, v, type_arg(t, 1))
            b.call_rt("rt_dict_set", [d, b.to_word(b.accept_as(k, kt)), b.to_word(b.accept_as(v, vt))])
        return d
    if isinstance(e, (ListComprehension, GeneratorExpr)):
        gen = e.generator if isinstance(e, ListComprehension) else e
        et = slot_kind(b, t) if isinstance(e, ListComprehension) else collected_kind(b, gen)
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
        comprehension(b, gen, lambda: b.call_rt(
            "rt_list_append", [lst, b.to_word(b.accept_as(gen.left_expr, et))]))
        return lst
    if isinstance(e, SetComprehension):
        gen = e.generator
        et = slot_kind(b, t)
        s = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
        comprehension(b, gen, lambda: b.call_rt(
            "rt_set_add", [s, b.to_word(b.accept_as(gen.left_expr, et))]))
        return s
    if isinstance(e, DictionaryComprehension):
        kt, vt = slot_kind(b, t, 0), slot_kind(b, t, 1)
        d = b.call_rt("rt_dict_new", [b.int(kt.kind), b.int(vt.kind)], OBJ)
        key, value = e.key, e.value
        assert key is not None   # {**d for ...} is not Python
        comprehension(b, e, lambda: b.call_rt("rt_dict_set", [
            d, b.to_word(b.accept_as(key, kt)), b.to_word(b.accept_as(value, vt))]))
        return d
    raise b.ctx.error(b.module, e, f"{type(e).__name__} is not supported by unicc")


def comprehension(b: Builder, g: GeneratorExpr | DictionaryComprehension, body: Callable[[], object]) -> None:
    """Nested loops of a comprehension; `body` runs for every accepted item."""
    def level(i: int) -> None:
        if i == len(g.sequences):
            body()
            return

        item_t = item_mypy(b, b.ctx.types.get(g.sequences[i]))

        def each(item: Item) -> None:
            assign_target(b, g.indices[i], item, typed_as(b, item_t))
            skip = b.new_block()
            for cond in g.condlists[i]:
                ok = b.new_block()
                cond_branch(b, cond, ok, skip)
                b.activate(ok)
            level(i + 1)
            b.goto(skip)
            b.activate(skip)
        for_each(b, g.sequences[i], each)
    level(0)


# ---- iteration -----------------------------------------------------------------

def for_each(b: Builder, it: Expression, body: Callable[[Item], object],
             else_body: Callable[[], None] | None = None, loop: bool = False) -> None:
    """Run body for each item of `it`.  With loop=True, break/continue work inside."""
    brk = b.new_block()
    if isinstance(it, GeneratorExpr) and it not in b.pinned:   # the consumer runs inside its loops
        def innermost() -> None:
            cont = b.new_block()
            if loop:
                b.loops.append(LoopFrame(cont, brk, len(b.finally_stack)))
            body(b.accept(it.left_expr))
            if loop:
                b.loops.pop()
            b.goto(cont)
            b.activate(cont)
        comprehension(b, it, innermost)
        if else_body:
            else_body()
        b.goto(brk)
        b.activate(brk)
        return

    def run(next_item: Callable[[], Item], _head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
        if loop:
            b.loops.append(LoopFrame(step, brk, len(b.finally_stack)))
        body(next_item())
        if loop:
            b.loops.pop()
        b.goto(step)
        b.activate(exit_)
        if else_body:
            else_body()
        b.goto(brk)
        b.activate(brk)
    iterate(b, it, run)


INLINE_ITERATORS = ("builtins.range", "builtins.enumerate", "builtins.zip", "builtins.map", "builtins.filter",
                    "itertools.starmap", "builtins.reversed")


def iterate(b: Builder, it: Expression, run: Run) -> None:
    """Pick the loop shape for `it`: counted, dict/set cursor, or by index.
    range/enumerate/zip/map/filter/reversed calls consumed in place become
    loops over their arguments, which make each item as the consumer takes it."""
    t = b.ctx.types.get(it)
    name = mapper.fullname(t)
    if isinstance(it, CallExpr) and isinstance(it.callee, RefExpr) and it not in b.pinned:
        fn = it.callee.fullname
        if fn == "builtins.zip" and it.arg_kinds == [ARG_STAR]:
            fn = ""   # zip(*rows): iterated as the value it makes (generator.lower_lazy)
        if fn in INLINE_ITERATORS:   # their arguments are lowered one by one: `zip(*rows)` would be zip(rows)
            for a, k in zip(it.args, it.arg_kinds):
                if k in (ARG_STAR, ARG_STAR2):
                    star = f"{'*' if k == ARG_STAR else '**'}{written(a) or '...'}"
                    raise b.ctx.error(b.module, it, f"{star} in the call of {written(it.callee) or fn}: "
                                                    "*args/**kwargs in calls are not supported by unicc")
        if fn == "builtins.range":
            return range_loop(b, it, run)
        if fn == "builtins.enumerate":
            return enumerate_loop(b, it, run)
        if fn == "builtins.zip" and it.args:
            return zip_loop(b, it, run)
        if fn == "builtins.map" and len(it.args) > 1:
            return map_loop(b, it, run)
        if fn == "builtins.filter":
            return filter_loop(b, it, run)
        if fn == "itertools.starmap" and len(it.args) == 2:
            return starmap_loop(b, it, run)
        if fn == "builtins.reversed":
            seq = materialize(b, it.args[0])
            et = slot_kind(b, b.ctx.types.get(it))
            # a tuple or bytes is walked as it is, by its own getter
            getter = getter_for(mapper.fullname(b.ctx.types.get(it.args[0])))
            return index_loop(b, seq, et, run, reverse=True, getter=getter)
    if name == "builtins.range":   # a range object: count through its three words
        r = accept_once(b, it)
        start, stop, step = (b.get_field(r, w, I64) for w in (abi.RANGE_START, abi.RANGE_STOP, abi.RANGE_STEP))
        return counted(b, start, stop, step, None, run, lambda cur: cur)
    if isinstance(it, CallExpr) and isinstance(it.callee, MemberExpr) and \
            mapper.fullname(b.ctx.types.get(it.callee.expr)) == "builtins.dict" and \
            it.callee.name in ("items", "keys", "values") and not it.args:
        return dict_loop(b, accept_once(b, it.callee.expr), b.ctx.types.get(it.callee.expr), it.callee.name,
                         run)
    if name == "builtins.dict":
        return dict_loop(b, accept_once(b, it), t, "keys", run)
    if name == "builtins.set":
        return set_loop(b, accept_once(b, it), slot_kind(b, t), run)
    if is_flag(mapper.instance_info(t)) and not is_enum_class(b, it):   # a Flag value: its members
        return index_loop(b, flag_members(b, b.accept(it), mapper.instance_info(t)), I64, run)  # type: ignore[arg-type]
    if name in ABSTRACT:
        return abstract_loop(b, it, t, run)
    if is_iterator_type(b, t):
        # a generator made for this loop alone is closed when the loop is left
        # early, as CPython's reference counting does (finally blocks run)
        owned = isinstance(it, CallExpr) and mapper.fullname(t) in GENERATOR_TYPES
        return iterator_loop(b, iter_object(b, it), item_rtype(b, t), run, owned)
    seq = materialize(b, it)
    # the members of an enum class are listed as ints; a generator expression is collected
    et = enum_kind(b, it) if is_enum_class(b, it) else collected_kind(b, it) if isinstance(it, GeneratorExpr) \
        else item_rtype(b, t)
    return index_loop(b, seq, et, run, getter=getter_for(name))


def abstract_loop(b: Builder, it: Expression, t: Type | None, run: Run) -> None:
    """A loop over a Sequence, Mapping, Collection... (abstract.py): over a
    list keeping its items in the kind asked for, by index as over a list;
    over anything else, through its iterator (a dict's keys, a compiled
    class's __iter__)."""
    et = item_rtype(b, t)
    abstract.compiled_classes(b, t, "__iter__", "iterating", it)
    v = accept_once(b, it)
    fast = abstract.is_list(b, v, et)
    cursor, i, item = b.reg(OBJ), b.reg(I64, "idx"), b.reg(et)
    b.assign(i, b.int(0))
    b.assign(cursor, b.none())
    make, head, exit_ = b.new_block(), b.new_block(), b.new_block()
    b.branch(fast, head, make)
    b.activate(make)
    b.assign(cursor, b.call_rt("rt_iter", [v], OBJ))
    b.goto(head)
    b.activate(head)
    by_index, by_iter, load, got = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.branch(fast, by_index, by_iter)
    b.activate(by_index)   # the length re-read each time, as CPython's list iterator sees appends
    b.branch(b.binary("lt", i, seq_len(b, v), BOOL), load, exit_)
    b.activate(load)
    b.assign(item, b.from_word(list_get(b, v, i, checked=False), et))
    b.assign(i, b.binary("wadd", i, b.int(1), I64))
    b.goto(got)
    b.activate(by_iter)
    b.assign(item, advance(b, cursor, et, exit_))
    b.goto(got)
    b.activate(got)
    run(lambda: item, head, head, exit_)


def accept_once(b: Builder, it: Expression) -> o.Register:
    """The object a loop walks, evaluated once: a name's register is copied,
    as the loop's body may rebind the name (`for x in xs: xs = [...]` goes on
    over the first list)."""
    v = b.accept(it)
    if isinstance(it, NameExpr):
        frozen = b.reg(v.type)
        b.assign(frozen, v)
        return frozen
    return v


def iter_object(b: Builder, it: Expression) -> o.Register:
    """iter(it): an iterator object (a class's __iter__, or the runtime's cursor)."""
    t = b.ctx.types.get(it)
    direct = is_iterator_type(b, t) or mapper.fullname(t) == "builtins.range"
    return iter_of(b, b.accept(it) if direct else materialize(b, it), t, it)


def iter_of(b: Builder, v: o.Register, t: Type | None, node: Expression) -> o.Register:
    info = mapper.instance_info(t)
    if info is not None and info.fullname in b.ctx.infos:
        r = call_dunder(b, v, t, "__iter__", [], node)
        if r is not None:
            v = r
    return b.call_rt("rt_iter", [v], OBJ)


def iterator_loop(b: Builder, it: o.Register, et: RType, run: Run, owned: bool = False) -> None:
    """Call the iterator's next until it says it is exhausted; an owned
    generator is closed when the loop is left by break, return or an
    exception, before the handler runs (a no-op once it is exhausted)."""
    head, exit_ = b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    item = advance(b, it, et, exit_)
    owning(b, [it] if owned else [], lambda: run(lambda: item, head, head, exit_))


def owning(b: Builder, gens: list[o.Register], loop: Callable[[], None]) -> None:
    """loop() with generators that only it refers to: they are closed when it
    is left by break, return or an exception (before the handler runs), as
    CPython's reference counting does; a no-op for an exhausted one."""
    if not gens:
        return loop()

    def close() -> None:
        for g in gens:
            b.call_rt("rt_gen_drop", [g], raises=False)
    on_error = b.new_block()
    b.handlers.append(on_error)
    b.finally_stack.append(FinallyFrame(close))
    loop()
    b.finally_stack.pop()
    b.handlers.pop()
    close()
    after = b.block
    b.activate(on_error)
    close()   # the exception stays pending
    b.goto(b.handler())
    b.activate(after)


def advance(b: Builder, it: o.Register, et: RType, exhausted: o.BasicBlock) -> o.Register:
    """The iterator's next item, or a jump to `exhausted` (clearing the end flag)."""
    w = b.call_rt("rt_next", [it, b.int(et.kind)], WORD)
    flag, stop, more = b.reg(I64), b.new_block(), b.new_block()
    b.emit(o.GetGlobal(flag, "rt_iter_stop"))
    b.branch(b.binary("ne", flag, b.int(0), BOOL), stop, more)
    b.activate(stop)
    b.emit(o.SetGlobal("rt_iter_stop", b.int(0)))
    b.goto(exhausted)
    b.activate(more)
    return b.from_word(w, et)


def is_enum_class(b: Builder, e: Expression) -> bool:
    return isinstance(e, RefExpr) and isinstance(e.node, TypeInfo) and \
        (e.node.fullname in b.ctx.enums or e.node.fullname in b.ctx.obj_enums)


def enum_kind(b: Builder, e: Expression) -> RType:
    """The members of an enum class are listed as ints (IntEnum) or as their objects."""
    return OBJ if isinstance(e, RefExpr) and e.fullname in b.ctx.obj_enums else I64


def materialize(b: Builder, it: Expression) -> o.Register:
    """A sequence we can index: lists, tuples, bytes as they are; strings as a list of
    characters; anything else (map, filter, generator expressions) as a new list."""
    t = b.ctx.types.get(it)
    name = mapper.fullname(t)
    if name == "builtins.str":
        return b.call_rt("rt_str_list", [b.accept(it)], OBJ)
    if name in ("builtins.list", "builtins.tuple", "builtins.bytes", "builtins.bytearray"):
        return accept_once(b, it)
    if name in DICT_VIEWS:   # what the view holds now
        return b.call_rt("rt_dictview_list", [b.accept(it)], OBJ)
    if name == "builtins.dict":
        return b.call_rt("rt_dict_keys", [b.accept(it)], OBJ)
    if name == "builtins.set":
        s = b.accept(it)
        et = slot_kind(b, t)
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
        set_loop(b, s, et, lambda nxt, h, st, ex: _append_all(b, lst, nxt, st, ex))
        return lst
    if isinstance(it, CallExpr) and isinstance(it.callee, NameExpr) and it not in b.pinned and \
            it.callee.fullname in ("builtins.map", "builtins.filter", "builtins.enumerate",
                                   "builtins.zip", "builtins.reversed", "builtins.range"):
        return lower_iterator_call(b, it)
    if name == "builtins.range":
        return list_of(b, it, I64)
    if isinstance(it, GeneratorExpr):
        return lower_display(b, it)
    if is_enum_class(b, it):
        return enum_members_list(b, it.node)  # type: ignore[attr-defined]
    if is_flag(mapper.instance_info(t)):
        return flag_members(b, b.accept(it), mapper.instance_info(t))  # type: ignore[arg-type]
    if name in ABSTRACT:
        et = item_rtype(b, t)
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
        abstract_loop(b, it, t, lambda nxt, h, st, ex: _append_all(b, lst, nxt, st, ex))
        return lst
    if is_iterator_type(b, t):
        et = item_rtype(b, t)
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
        iterator_loop(b, iter_object(b, it), et, lambda nxt, h, st, ex: _append_all(b, lst, nxt, st, ex))
        return lst
    what = mapper.shown(t)
    if isinstance(it, CallExpr) and written(it.callee):
        what = f"{written(it.callee)}(...) ({what})"
    raise b.ctx.error(b.module, it, f"iterating over {what} is not supported by unicc")


def _append_all(b: Builder, lst: o.Register, nxt: Callable[[], Item], step: o.BasicBlock,
                exit_: o.BasicBlock, func: str = "rt_list_append") -> None:
    item = nxt()
    assert isinstance(item, o.Register)
    b.call_rt(func, [lst, b.to_word(item)])
    b.goto(step)
    b.activate(exit_)


def _add_all(b: Builder, s: o.Register, nxt: Callable[[], Item], step: o.BasicBlock,
             exit_: o.BasicBlock) -> None:
    _append_all(b, s, nxt, step, exit_, "rt_set_add")


Run = Callable[[Callable[[], Item], o.BasicBlock, o.BasicBlock, o.BasicBlock], None]


def counted(b: Builder, start: o.Register, stop: o.Register, step: o.Register, positive: bool | None,
            run: Run, make: Callable[[o.Register], Item]) -> None:
    i = b.reg(I64, "i")
    b.assign(i, start)
    head, body, inc, exit_ = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    pre = b.block
    b.goto(head)
    b.activate(head)
    if positive is None:  # sign of step known only at run time
        pos = b.binary("gt", step, b.int(0), BOOL)
        up = b.binary("lt", i, stop, BOOL)
        down = b.binary("gt", i, stop, BOOL)
        cond = b.reg(BOOL)
        yes, no, join = b.new_block(), b.new_block(), b.new_block()
        b.branch(pos, yes, no)
        b.activate(yes)
        b.assign(cond, up)
        b.goto(join)
        b.activate(no)
        b.assign(cond, down)
        b.goto(join)
        b.activate(join)
    else:
        cond = b.binary("lt" if positive else "gt", i, stop, BOOL)
    b.branch(cond, body, exit_)
    b.activate(body)
    cur = b.reg(I64)
    b.assign(cur, i)

    def step_and_run() -> Item:
        return make(cur)
    # the step happens in `inc`; emit it after the body
    saved = b.block
    b.activate(inc)
    # a step past the i64 limits ends the loop; tested before adding, so that
    # the add does not wrap and LLVM sees i grow (or shrink) monotonically
    up = b.binary("gt", i, b.binary("wsub", b.int(2**63 - 1), step, I64), BOOL)
    down = b.binary("lt", i, b.binary("wsub", b.int(-2**63), step, I64), BOOL)
    if positive is None:
        pos = b.binary("gt", step, b.int(0), BOOL)
        up = b.binary("and", pos, up, BOOL)
        down = b.binary("and", b.unary("not", pos), down, BOOL)
        over = b.binary("or", up, down, BOOL)
    else:
        over = up if positive else down
    more = b.new_block()
    b.branch(over, exit_, more)
    b.activate(more)
    b.assign(i, b.binary("nadd", i, step, I64))
    b.goto(head)
    b.fn.loops.append(o.CountedLoop(pre, head, inc, more, i, start, stop, step, positive))
    b.activate(saved)
    run(step_and_run, head, inc, exit_)


def range_args(b: Builder, e: CallExpr) -> tuple[o.Register, o.Register, o.Register, bool | None]:
    """range()'s arguments, evaluated once: a name's register is copied, as the
    loop's body may rebind the name (`for i in range(n): n += 1` runs n times)."""
    args = [b.accept_as(a, I64) for a in e.args]
    for k, a in enumerate(e.args):
        if isinstance(a, NameExpr):
            frozen = b.reg(I64)
            b.assign(frozen, args[k])
            args[k] = frozen
    if len(args) == 1:
        return b.int(0), args[0], b.int(1), True
    if len(args) == 2:
        return args[0], args[1], b.int(1), True
    step_e = e.args[2]
    sign: bool | None = None
    if isinstance(step_e, IntExpr):
        sign = step_e.value > 0
    elif isinstance(step_e, UnaryExpr) and step_e.op == "-" and isinstance(step_e.expr, IntExpr):
        sign = False
    if isinstance(step_e, IntExpr) and step_e.value == 0 or sign is None:
        zero = b.binary("eq", args[2], b.int(0), BOOL)
        bad, ok = b.new_block(), b.new_block()
        b.branch(zero, bad, ok)
        b.activate(bad)
        b.raise_new("rt_type_ValueError", "range() arg 3 must not be zero")
        b.activate(ok)
    return args[0], args[1], args[2], sign


def range_loop(b: Builder, e: CallExpr, run: Run) -> None:
    start, stop, step, sign = range_args(b, e)
    counted(b, start, stop, step, sign, run, lambda cur: cur)


def index_loop(b: Builder, seq: o.Register, et: RType, run: Run, reverse: bool = False,
               getter: str = "list") -> None:
    """Iterate a list/tuple/bytes by index; the length is re-read each time, as
    CPython's list iterator sees appends."""
    n = seq_len(b, seq)
    if reverse:
        start, stop, step, sign = b.binary("sub", n, b.int(1), I64, raises=True), b.int(-1), b.int(-1), False
    else:
        start, stop, step, sign = b.int(0), n, b.int(1), True
    i = b.reg(I64, "idx")
    b.assign(i, start)
    head, body, inc, exit_ = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    if not reverse and getter == "list":
        stop = seq_len(b, seq)
    b.branch(b.binary("lt" if sign else "gt", i, stop, BOOL), body, exit_)
    b.activate(body)
    item = seq_get(b, seq, i, et, getter, checked=reverse)   # a reversed walk may outrun a shrinking list
    saved = b.block
    b.activate(inc)
    b.assign(i, b.binary("wadd", i, step, I64))
    b.goto(head)
    b.activate(saved)
    run(lambda: item, head, inc, exit_)


def dict_loop(b: Builder, d: o.Register, t: Type | None, what: str, run: Run) -> None:
    kt, vt = slot_kind(b, t, 0), slot_kind(b, t, 1)
    pos, key, val = b.reg(I64, "pos"), b.reg(WORD, "key"), b.reg(WORD, "val")
    b.assign(pos, b.int(0))
    b.assign(key, b.convert(b.int(0), WORD))
    b.assign(val, b.convert(b.int(0), WORD))
    n = b.call_rt("rt_dict_len", [d], I64, raises=False)
    head, body, exit_ = b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    more = b.call_rt("rt_dict_next", [d, addr_of(b, pos), n, addr_of(b, key), addr_of(b, val)], BOOL)
    b.branch(more, body, exit_)
    b.activate(body)

    def item() -> Item:
        k, v = b.from_word(key, kt), b.from_word(val, vt)
        return {"keys": k, "values": v}.get(what, [k, v])
    run(item, head, head, exit_)


def set_loop(b: Builder, s: o.Register, et: RType, run: Run) -> None:
    pos, item = b.reg(I64, "pos"), b.reg(WORD, "item")
    b.assign(pos, b.int(0))
    b.assign(item, b.convert(b.int(0), WORD))
    n = b.call_rt("rt_set_len", [s], I64, raises=False)
    head, body, exit_ = b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    more = b.call_rt("rt_set_next", [s, addr_of(b, pos), n, addr_of(b, item)], BOOL)
    b.branch(more, body, exit_)
    b.activate(body)
    run(lambda: b.from_word(item, et), head, head, exit_)


def enumerate_loop(b: Builder, e: CallExpr, run: Run) -> None:
    start = b.accept_as(e.args[1], I64) if len(e.args) > 1 else b.int(0)
    count = b.reg(I64, "count")
    b.assign(count, start)

    def inner(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
        # count advances on every step, including `continue`
        cont = b.new_block()
        saved = b.block
        b.activate(cont)
        b.assign(count, b.binary("add", count, b.int(1), I64, raises=True))
        b.goto(step)
        b.activate(saved)
        item = nxt()
        cur = b.reg(I64)
        b.assign(cur, count)
        run(lambda: [cur, item] if isinstance(item, o.Register) else [cur, pack(b, item)], head, cont, exit_)
    sub = e.args[0]
    iterate(b, sub, inner)


def map_loop(b: Builder, e: CallExpr, run: Run) -> None:
    """map(f, xs, ...): f is applied to an item when the consumer takes it."""
    if len(e.args) == 2:
        f = callable_arg(b, e.args[0], item_mypy(b, b.ctx.types.get(e.args[1])))

        def one(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
            run(lambda: f(b, as_value(b, nxt())), head, step, exit_)
        return iterate(b, e.args[1], one)
    # several iterables: f over the items of zip(xs, ys, ...)
    item_ts = [item_mypy(b, b.ctx.types.get(a)) for a in e.args[1:]]
    fn, params, ret = function_of(b, e, list(item_ts), "map() of this function over several iterables")
    zip_name = NameExpr("zip")
    zip_name.fullname = "builtins.zip"
    zipped = CallExpr(zip_name, e.args[1:], [ARG_POS] * len(item_ts), [None] * len(item_ts))
    zipped.set_line(e)

    def many(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
        def item() -> Item:
            xs = nxt()
            assert isinstance(xs, list)
            return call_closure(b, fn, [b.coerce(x, p) for x, p in zip(xs, params)], ret, len(params))
        run(item, head, step, exit_)
    zip_loop(b, zipped, many)


def function_of(b: Builder, e: CallExpr, item_ts: list[Type | None], what: str) -> tuple[o.Register, list[RType], RType]:
    """The function e.args[0], called with arguments of types item_ts: its value,
    parameter and result representations."""
    target = builtin_target(e.args[0])
    ct = pick_overload(b, e.args[0], list(item_ts))
    if target is not None:
        fa = builtin_value(b, e.args[0], target, list(item_ts), item_mypy(b, b.ctx.types.get(e)))
        return fa.fn, [mapper.rtype(t, b.subst) for t in item_ts], fa.ret
    if isinstance(ct, mapper.CallableType):
        ct = expect_args(b, e.args[0], ct, len(item_ts))
        return b.accept(e.args[0]), [mapper.rtype(t, b.subst) for t in ct.arg_types], \
            mapper.rtype(ct.ret_type, b.subst)
    raise b.ctx.error(b.module, e, f"{what} is not supported by unicc")


def starmap_loop(b: Builder, e: CallExpr, run: Run) -> None:
    """itertools.starmap(f, xs): f called with the items of each tuple of xs,
    when the consumer takes it."""
    item_t = mapper.proper(item_mypy(b, b.ctx.types.get(e.args[1])))
    if not isinstance(item_t, mapper.TupleType):
        raise b.ctx.error(b.module, e, f"itertools.starmap() over items of type {mapper.shown(item_t)} is not "
                                       "supported by unicc (only tuples of a known length)")
    fn, params, ret = function_of(b, e, list[Type | None](item_t.items), "itertools.starmap() of this function")
    kinds = [mapper.rtype(t, b.subst) for t in item_t.items]

    def each(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
        def item() -> Item:
            x = nxt()
            xs = x if isinstance(x, list) else tuple_items(b, x, kinds)
            return call_closure(b, fn, [b.coerce(v, p) for v, p in zip(xs, params)], ret, len(params))
        run(item, head, step, exit_)
    iterate(b, e.args[1], each)


def filter_loop(b: Builder, e: CallExpr, run: Run) -> None:
    """filter(f, xs) / filter(None, xs): items failing the test go straight to the next step."""
    item_t = item_mypy(b, b.ctx.types.get(e.args[1]))
    keep_all = isinstance(e.args[0], NameExpr) and e.args[0].fullname == "builtins.None"
    f = None if keep_all else callable_arg(b, e.args[0], item_t)

    def test(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
        item = as_value(b, nxt())
        keep = b.new_block()
        b.branch(truth(b, item, item_t) if f is None else truth(b, f(b, item), f.ret_t), keep, step)
        b.activate(keep)
        run(lambda: item, head, step, exit_)
    iterate(b, e.args[1], test)


def zip_loop(b: Builder, e: CallExpr, run: Run) -> None:
    """zip(a, b, ...): sequences are indexed, iterators advanced, left to right;
    the first one exhausted ends the loop (as in CPython).  With strict=True
    that must be the first, and then every other one must be exhausted too."""
    strict = zip_strict(b, e)
    parts: list[tuple[o.Register, str, RType]] = []
    owned: list[o.Register] = []   # generators made for this loop alone
    for arg in [a for a, n in zip(e.args, e.arg_names) if n is None]:
        t = b.ctx.types.get(arg)
        name = mapper.fullname(t)
        if is_iterator_type(b, t) or isinstance(arg, GeneratorExpr):
            parts.append((iter_object(b, arg), "iter", item_rtype(b, t)))
            if isinstance(arg, CallExpr) and name in GENERATOR_TYPES:
                owned.append(parts[-1][0])
            continue
        g = getter_for(name)
        et = item_rtype(b, t)
        parts.append((materialize(b, arg), g, et))
    i = b.reg(I64, "zi")
    b.assign(i, b.int(0))
    head, inc, exit_ = b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    items = []
    for k, (seq, g, et) in enumerate(parts):
        ended = b.new_block() if strict else exit_
        if g == "iter":
            items.append(advance(b, seq, et, ended))
        else:
            more = b.new_block()
            b.branch(b.binary("lt", i, seq_len(b, seq), BOOL), more, ended)
            b.activate(more)
            items.append(seq_get(b, seq, i, et, g))
        if strict:
            resume = b.block
            b.activate(ended)
            zip_ended(b, parts, k, i, exit_)
            b.activate(resume)
    saved = b.block
    b.activate(inc)
    b.assign(i, b.binary("wadd", i, b.int(1), I64))
    b.goto(head)
    b.activate(saved)
    owning(b, owned, lambda: run(lambda: items, head, inc, exit_))


def zip_strict(b: Builder, e: CallExpr) -> bool:
    for a, n in zip(e.args, e.arg_names):
        if n == "strict":
            if not (isinstance(a, NameExpr) and a.fullname in ("builtins.True", "builtins.False")):
                raise b.ctx.error(b.module, a, "zip(strict=...) other than True or False is not supported by unicc")
            return a.fullname == "builtins.True"
    return False


def zip_ended(b: Builder, parts: list[tuple[o.Register, str, RType]], k: int, i: o.Register,
              exit_: o.BasicBlock) -> None:
    """zip(strict=True) when argument k (from 0) has no item at position i:
    CPython's ValueError unless k is the first and all others end there too."""
    def others(j: int) -> str:
        return "argument 1" if j == 1 else f"arguments 1-{j}"
    if k > 0:
        b.raise_new("rt_type_ValueError", f"zip() argument {k + 1} is shorter than {others(k)}")
        return
    for j, (seq, g, et) in enumerate(parts[1:], 1):
        longer, ok = b.new_block(), b.new_block()
        if g == "iter":
            advance(b, seq, et, ok)
            b.goto(longer)
        else:
            b.branch(b.binary("lt", i, seq_len(b, seq), BOOL), longer, ok)
        b.activate(longer)
        b.raise_new("rt_type_ValueError", f"zip() argument {j + 1} is longer than {others(j)}")
        b.activate(ok)
    b.goto(exit_)


def by_keys(b: Builder, d: o.Register, at: Type | None, arg: Expression, add: Callable[[Item], None]) -> bool:
    """dict(m) and d.update(m) of an object with a keys() method (a Counter,
    a defaultdict, an OrderedDict, a class of the program): CPython takes
    each k of m.keys() with m[k], not m's items as pairs."""
    p = mapper.proper(at)
    if not isinstance(p, Instance) or p.type.fullname not in b.ctx.infos or p.type.get_method("keys") is None:
        return False
    keys_t = find_member("keys", p, p)
    keys_t = mapper.proper(keys_t) if keys_t is not None else None
    if not isinstance(keys_t, CallableType):
        return False
    m = b.accept(arg)
    keys = call_dunder(b, m, p, "keys", [], None)
    assert keys is not None
    node = b.held(keys_t.ret_type, keys)

    def one(k: Item) -> None:
        key = as_value(b, k)
        v = call_dunder(b, m, p, "__getitem__", [key], None)
        assert v is not None
        add([key, v])
    for_each(b, node, one)
    return True


def dict_union(t: Type | None) -> bool:
    p = mapper.proper(t)
    return isinstance(p, mapper.UnionType) and all(mapper.fullname(x) == "builtins.dict" for x in p.items)


def update_dict(b: Builder, d: o.Register, t: object, arg: Expression) -> None:
    """d.update(arg) for another dict or an iterable of (key, value) pairs."""
    at = b.ctx.types.get(arg)
    kt, vt = slot_kind(b, t, 0), slot_kind(b, t, 1)  # type: ignore[arg-type]
    is_dict = mapper.fullname(at) == "builtins.dict" and not dict_union(at)
    if is_dict and slot_kind(b, at, 0) == kt and slot_kind(b, at, 1) == vt:
        b.call_rt("rt_dict_update", [d, b.accept(arg)])   # table by table
        return

    def add(it: Item) -> None:
        k, v = tuple_items(b, it, [kt, vt]) if isinstance(it, o.Register) else it
        b.call_rt("rt_dict_set", [d, b.to_word(b.coerce(k, kt)), b.to_word(b.coerce(v, vt))])

    def each(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
        add(nxt())   # a dict whose keys or values are stored otherwise: item by item
        b.goto(step)
        b.activate(exit_)
    if mapper.fullname(at) in MAPPINGS and not abstract.may_be_compiled(b, at) or dict_union(at):
        # a Mapping that is a dict, or one of several dict types (narrowed by
        # isinstance: `dict[str, float] | dict[Any, Any]`) whose items may be
        # stored either way: its items, as pairs of these kinds
        kinds = b.addr(b.ctx.ir.kinds_symbol((kt.kind, vt.kind)))
        view = b.call_rt("rt_map_view", [b.accept(arg), b.int(2), kinds], OBJ)
        return index_loop(b, b.call_rt("rt_dictview_list", [view], OBJ), OBJ, each)
    if mapper.fullname(at) in MAPPINGS:   # as CPython's update from a mapping: each key, then m[key]
        m = b.accept(arg)

        def per_key(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
            k = nxt()
            assert isinstance(k, o.Register)
            add([k, abstract.map_item(b, m, at, k, arg)])
            b.goto(step)
            b.activate(exit_)
        return iterator_loop(b, iter_of(b, m, at, arg), item_rtype(b, at), per_key)
    if not is_dict:
        if by_keys(b, d, at, arg, add):   # a Counter, a defaultdict, a class with keys()
            return None
        return for_each(b, arg, add)
    dict_loop(b, b.accept(arg), at, "items", each)
