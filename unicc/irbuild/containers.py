"""Containers: displays, comprehensions, indexing, slicing, `in`, iteration."""

from __future__ import annotations

from typing import Callable, Union

from mypy.nodes import (
    ARG_POS, CallExpr, DictExpr, DictionaryComprehension, Expression, GeneratorExpr, IndexExpr,
    ListComprehension, ListExpr, MemberExpr, NameExpr, SetComprehension, SetExpr, SliceExpr,
    TupleExpr, IntExpr, UnaryExpr, RefExpr, TypeInfo, StrExpr, BytesExpr, FloatExpr, OpExpr,
)
from mypy.expandtype import expand_type_by_instance
from mypy.types import Instance, Type

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, FIXED, I64, OBJ, PTR, VOID, WORD, RType, K_OBJ
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, FinallyFrame, LoopFrame, rtype_of
from unicc.irbuild.expression import lower, lower_as, truth

Item = Union[o.Register, list[o.Register]]
TUPLE_ITEMS = 2  # words before a tuple's items: len, kinds
U64 = FIXED["u64"]


def elem_type(b: Builder, t: Type | None, i: int = 0) -> RType:
    if mapper.fullname(t) == "builtins.range":
        return I64
    args = mapper.type_args(t)
    return mapper.rtype(args[i], b.subst) if len(args) > i else OBJ


def iter_elem_mypy(b: Builder, it: Expression) -> Type | None:
    """The mypy type of the items that iterating `it` yields."""
    t = b.ctx.types.get(it)
    name = mapper.fullname(t)
    if name == "builtins.str":
        return t
    if name in BUILTIN_ITERATORS:
        return builtin_iter_item(t)
    if name in ("builtins.bytes", "builtins.bytearray"):
        p = mapper.proper(t)
        assert isinstance(p, Instance)
        return p.type.get("__len__") and b.ctx.types.get(it) and _int_type(p)
    p = mapper.proper(t)
    if isinstance(p, Instance):   # what Iterable[X] it is: dict_items[K, V] gives tuple[K, V]
        from mypy.maptype import map_instance_to_supertype
        for base in p.type.mro:
            if base.fullname == "typing.Iterable" and map_instance_to_supertype(p, base).args:
                return map_instance_to_supertype(p, base).args[0]
    return elem_mypy(t, 0)


def _int_type(p: object) -> Type | None:
    from mypy.types import Instance
    assert isinstance(p, Instance)
    for base in p.type.mro:
        if base.fullname == "typing.Sequence":
            from mypy.maptype import map_instance_to_supertype
            return map_instance_to_supertype(p, base).args[0]
    return None


def elem_mypy(t: Type | None, i: int = 0) -> Type | None:
    args = mapper.type_args(t)
    return args[i] if len(args) > i else None


# ---- tuples ------------------------------------------------------------------

def new_tuple(b: Builder, items: list[o.Register]) -> o.Register:
    kinds = tuple(r.type.kind for r in items)
    sym = b.ctx.ir.kinds_symbol(kinds)
    t = b.call_rt("rt_tuple_new", [b.int(len(items)), b.addr(sym)], OBJ)
    for i, r in enumerate(items):
        b.set_field(t, TUPLE_ITEMS + i, r)
    return t


def tuple_items(b: Builder, t: o.Register, types: list[RType]) -> list[o.Register]:
    return [b.get_field(t, TUPLE_ITEMS + i, rt) for i, rt in enumerate(types)]


def tuple_item_types(b: Builder, t: Type | None) -> list[RType] | None:
    p = mapper.proper(t)
    if isinstance(p, mapper.TupleType):
        return [mapper.rtype(x, b.subst) for x in p.items]
    return None


# ---- displays and comprehensions ---------------------------------------------

def lower_display(b: Builder, e: Expression) -> o.Register:
    t = b.ctx.types.get(e)
    if isinstance(e, ListExpr):
        et = elem_type(b, t)
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(len(e.items))], OBJ)
        from unicc.irbuild.call import expect_callable
        for item in e.items:
            expect_callable(b, item, elem_mypy(t))
            b.call_rt("rt_list_append", [lst, b.to_word(lower_as(b, item, et))])
        return lst
    if isinstance(e, TupleExpr):
        types = tuple_item_types(b, t) or [rtype_of(b, x) for x in e.items]
        p = mapper.proper(t)
        if isinstance(p, mapper.TupleType):
            from unicc.irbuild.call import expect_callable
            for x, xt in zip(e.items, p.items):
                expect_callable(b, x, xt)
        return new_tuple(b, [lower_as(b, x, rt) for x, rt in zip(e.items, types)])
    if isinstance(e, SetExpr):
        et = elem_type(b, t)
        s = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
        for item in e.items:
            b.call_rt("rt_set_add", [s, b.to_word(lower_as(b, item, et))])
        if len(e.items) > 2 and all(is_constant(x) for x in e.items):
            # CPython folds such a display into a frozenset constant, which its
            # compiler rebuilds from its own items when it merges constants, and
            # makes the set from that (SET_UPDATE): the same three steps here
            folded = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
            set_loop(b, s, et, lambda nxt, h, step, exit_: _add_all(b, folded, nxt, step, exit_))
            s = b.call_rt("rt_set_copy", [folded], OBJ)
        return s
    if isinstance(e, DictExpr):
        kt, vt = elem_type(b, t, 0), elem_type(b, t, 1)
        d = b.call_rt("rt_dict_new", [b.int(kt.kind), b.int(vt.kind)], OBJ)
        for k, v in e.items:
            if k is None:
                raise b.ctx.error(b.module, e, "** in dict displays is not supported by unicc")
            b.call_rt("rt_dict_set", [d, b.to_word(lower_as(b, k, kt)), b.to_word(lower_as(b, v, vt))])
        return d
    if isinstance(e, (ListComprehension, GeneratorExpr)):
        gen = e.generator if isinstance(e, ListComprehension) else e
        et = elem_type(b, t) if isinstance(e, ListComprehension) else generator_item_type(b, gen)
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
        comprehension(b, gen, lambda: b.call_rt(
            "rt_list_append", [lst, b.to_word(lower_as(b, gen.left_expr, et))]))
        return lst
    if isinstance(e, SetComprehension):
        gen = e.generator
        et = elem_type(b, t)
        s = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
        comprehension(b, gen, lambda: b.call_rt(
            "rt_set_add", [s, b.to_word(lower_as(b, gen.left_expr, et))]))
        return s
    if isinstance(e, DictionaryComprehension):
        kt, vt = elem_type(b, t, 0), elem_type(b, t, 1)
        d = b.call_rt("rt_dict_new", [b.int(kt.kind), b.int(vt.kind)], OBJ)
        comprehension(b, e, lambda: b.call_rt("rt_dict_set", [
            d, b.to_word(lower_as(b, e.key, kt)), b.to_word(lower_as(b, e.value, vt))]))
        return d
    raise b.ctx.error(b.module, e, f"{type(e).__name__} is not supported by unicc")


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


def generator_item_type(b: Builder, g: GeneratorExpr) -> RType:
    return rtype_of(b, g.left_expr)


def comprehension(b: Builder, g: GeneratorExpr | DictionaryComprehension, body: Callable[[], object]) -> None:
    """Nested loops of a comprehension; `body` runs for every accepted item."""
    def level(i: int) -> None:
        if i == len(g.sequences):
            body()
            return

        item_t = iter_elem_mypy(b, g.sequences[i])

        def each(item: Item) -> None:
            from unicc.irbuild.statement import assign_target, typed_as
            assign_target(b, g.indices[i], item, typed_as(b, item_t))
            skip = b.new_block()
            from unicc.irbuild.statement import cond_branch
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

def for_each(b: Builder, it: Expression, body: Callable[[Item], None],
             else_body: Callable[[], None] | None = None, loop: bool = False) -> None:
    """Run body for each item of `it`.  With loop=True, break/continue work inside."""
    brk = b.new_block()
    if isinstance(it, GeneratorExpr):   # the consumer runs inside the expression's own loops
        def innermost() -> None:
            cont = b.new_block()
            if loop:
                b.loops.append(LoopFrame(cont, brk, len(b.finally_stack)))
            body(lower(b, it.left_expr))
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


def iterate(b: Builder, it: Expression, run: Run) -> None:
    """Pick the loop shape for `it`: counted, dict/set cursor, or by index.
    range/enumerate/zip/map/filter/reversed calls consumed in place become
    loops over their arguments, which make each item as the consumer takes it."""
    t = b.ctx.types.get(it)
    name = mapper.fullname(t)
    if isinstance(it, CallExpr) and isinstance(it.callee, NameExpr) and it not in b.pinned:
        fn = it.callee.fullname
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
        if fn == "builtins.reversed":
            seq = materialize(b, it.args[0])
            et = elem_type(b, b.ctx.types.get(it))
            return index_loop(b, seq, et, run, reverse=True)
    if name == "builtins.range":   # a range object: count through its three words
        r = lower(b, it)
        return counted(b, b.get_field(r, 0, I64), b.get_field(r, 1, I64), b.get_field(r, 2, I64), None,
                       run, lambda cur: cur)
    if isinstance(it, CallExpr) and isinstance(it.callee, MemberExpr) and \
            mapper.fullname(b.ctx.types.get(it.callee.expr)) == "builtins.dict" and \
            it.callee.name in ("items", "keys", "values") and not it.args:
        return dict_loop(b, lower(b, it.callee.expr), b.ctx.types.get(it.callee.expr), it.callee.name, run)
    if name == "builtins.dict":
        return dict_loop(b, lower(b, it), t, "keys", run)
    if name == "builtins.set":
        return set_loop(b, lower(b, it), elem_type(b, t), run)
    if is_iterator_type(b, t):
        # a generator made for this loop alone is closed when the loop is left
        # early, as CPython's reference counting does (finally blocks run)
        owned = isinstance(it, CallExpr) and mapper.fullname(t) in GENERATOR_TYPES
        return iterator_loop(b, iter_object(b, it), iter_item_type(b, t), run, owned)
    seq = materialize(b, it)
    et = I64 if name in ("builtins.bytes", "builtins.bytearray") or is_enum_class(b, it) else \
        OBJ if name == "builtins.str" else generator_item_type(b, it) if isinstance(it, GeneratorExpr) \
        else iter_item_type(b, t)
    return index_loop(b, seq, et, run, getter=getter_for(name))


GENERATOR_TYPES = {"typing.Generator", "typing.Iterator", "typing.Iterable",
                   "collections.abc.Generator", "collections.abc.Iterator", "collections.abc.Iterable"}
# Their values are generators (generator.py lower_lazy); consumed in place, loops.
BUILTIN_ITERATORS = {"builtins.map", "builtins.filter", "builtins.zip", "builtins.enumerate",
                     "builtins.reversed"}


def builtin_iter_item(t: Type | None) -> Type | None:
    """The items of a map/filter/zip/enumerate/reversed object: what its
    __next__ returns (enumerate[str] yields tuple[int, str])."""
    p = mapper.proper(t)
    m = p.type.get_method("__next__") if isinstance(p, Instance) else None
    if m is None or not isinstance(m.type, mapper.CallableType):
        return None
    assert isinstance(p, Instance)
    return expand_type_by_instance(m.type.ret_type, p)


def is_iterator_type(b: Builder, t: Type | None) -> bool:
    """Values iterated through the iterator protocol: generators, coroutines'
    iterators, Iterator/Iterable-typed values, classes with __iter__/__next__."""
    if mapper.fullname(t) in GENERATOR_TYPES or mapper.fullname(t) in BUILTIN_ITERATORS:
        return True
    info = mapper.instance_info(t)
    return info is not None and info.fullname in b.ctx.infos and \
        (info.get_method("__iter__") is not None or info.get_method("__next__") is not None)


def iter_object(b: Builder, it: Expression) -> o.Register:
    """iter(it): an iterator object (a class's __iter__, or the runtime's cursor)."""
    t = b.ctx.types.get(it)
    direct = is_iterator_type(b, t) or mapper.fullname(t) == "builtins.range"
    return iter_of(b, lower(b, it) if direct else materialize(b, it), t, it)


def iter_result_type(t: Type | None) -> Type | None:
    """The type of iter(x) for an instance of a compiled class: its __iter__'s
    result (Ring[int].__iter__ -> Iterator[int]), or x's own type."""
    info = mapper.instance_info(t)
    m = info.get_method("__iter__") if info is not None else None
    p = mapper.proper(t)
    if m is None or not isinstance(m.type, mapper.CallableType) or not isinstance(p, Instance):
        return t
    return expand_type_by_instance(m.type.ret_type, p)


def iter_of(b: Builder, v: o.Register, t: Type | None, node: Expression) -> o.Register:
    from unicc.irbuild.classdef import call_dunder
    info = mapper.instance_info(t)
    if info is not None and info.fullname in b.ctx.infos:
        r = call_dunder(b, v, t, "__iter__", [], node)
        if r is not None:
            v = r
    return b.call_rt("rt_iter", [v], OBJ)


def iterator_loop(b: Builder, it: o.Register, et: RType, run: Run, owned: bool = False) -> None:
    """Call the iterator's next until it says it is exhausted; an owned
    generator is closed on break and return (a no-op once it is exhausted)."""
    head, exit_ = b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    item = advance(b, it, et, exit_)
    if not owned:
        return run(lambda: item, head, head, exit_)
    def close() -> None:
        b.call_rt("rt_gen_close", [it])
    b.finally_stack.append(FinallyFrame(close))
    run(lambda: item, head, head, exit_)
    b.finally_stack.pop()
    b.call_rt("rt_gen_close", [it])


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
    return isinstance(e, RefExpr) and isinstance(e.node, TypeInfo) and e.node.fullname in b.ctx.enums


DICT_VIEWS = {"_collections_abc.dict_keys": 0, "_collections_abc.dict_values": 1,
              "_collections_abc.dict_items": -1}


def iter_item_type(b: Builder, t: Type | None) -> RType:
    if mapper.fullname(t) == "builtins.range":
        return I64
    if mapper.fullname(t) in BUILTIN_ITERATORS:
        return mapper.rtype(builtin_iter_item(t), b.subst)
    info = mapper.instance_info(t)
    if info is not None and info.fullname in b.ctx.infos:   # a class with __next__ or __iter__
        for name in ("__next__", "__iter__"):
            m = info.get_method(name)
            if m is not None and isinstance(m.type, mapper.CallableType):
                r = m.type.ret_type
                p = mapper.proper(t)
                if isinstance(p, Instance):   # Ring[int].__iter__ -> Iterator[int], not Iterator[T]
                    r = expand_type_by_instance(r, p)
                if name == "__next__":
                    return mapper.rtype(r, b.subst)
                if mapper.instance_info(r) is not info:
                    return iter_item_type(b, r)
    view = DICT_VIEWS.get(mapper.fullname(t))
    if view is not None:
        return OBJ if view < 0 else elem_type(b, t, view)
    p = mapper.proper(t)
    if isinstance(p, mapper.TupleType):
        kinds = {mapper.rtype(x, b.subst) for x in p.items}
        return kinds.pop() if len(kinds) == 1 else OBJ
    return elem_type(b, t)


def getter_for(name: str) -> str:
    return {"builtins.bytes": "bytes", "builtins.bytearray": "bytes", "builtins.tuple": "tuple"}.get(name, "list")


def materialize(b: Builder, it: Expression) -> o.Register:
    """A sequence we can index: lists, tuples, bytes as they are; strings as a list of
    characters; anything else (map, filter, generator expressions) as a new list."""
    t = b.ctx.types.get(it)
    name = mapper.fullname(t)
    if name == "builtins.str":
        return b.call_rt("rt_str_list", [lower(b, it)], OBJ)
    if name in ("builtins.list", "builtins.tuple", "builtins.bytes", "builtins.bytearray") \
            or name in DICT_VIEWS:
        return lower(b, it)   # dict views are list snapshots
    if name == "builtins.dict":
        return b.call_rt("rt_dict_keys", [lower(b, it)], OBJ)
    if name == "builtins.set":
        s = lower(b, it)
        et = elem_type(b, t)
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
        set_loop(b, s, et, lambda nxt, h, st, ex: _append_all(b, lst, nxt, st, ex))
        return lst
    if isinstance(it, CallExpr) and isinstance(it.callee, NameExpr) and it not in b.pinned and \
            it.callee.fullname in ("builtins.map", "builtins.filter", "builtins.enumerate",
                                   "builtins.zip", "builtins.reversed", "builtins.range"):
        from unicc.irbuild.call import lower_iterator_call
        return lower_iterator_call(b, it)
    if name == "builtins.range":
        from unicc.irbuild.call import list_of
        return list_of(b, it, I64)
    if isinstance(it, GeneratorExpr):
        return lower_display(b, it)
    if isinstance(it, RefExpr) and isinstance(it.node, TypeInfo) and it.node.fullname in b.ctx.enums:
        from unicc.irbuild.call import enum_members_list
        return enum_members_list(b, it.node)
    if is_iterator_type(b, t):
        et = iter_item_type(b, t)
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
        iterator_loop(b, iter_object(b, it), et, lambda nxt, h, st, ex: _append_all(b, lst, nxt, st, ex))
        return lst
    raise b.ctx.error(b.module, it, f"iterating over {name or 'this type'} is not supported by unicc")


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
    args = [lower_as(b, a, I64) for a in e.args]
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


LIST_ITEMS = 2        # rt_list word 2: the rt_words holding the items
WORDS_DATA = 32       # bytes from an rt_words to its first item


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
        b.emit(o.LoadElem(w, b.get_field(lst, LIST_ITEMS, PTR), i, WORDS_DATA))
        return w
    idx = in_range(b, lst, i, "rt_list_get", [lst, i], WORD)
    res = b.reg(WORD)
    b.emit(o.LoadElem(res, b.get_field(lst, LIST_ITEMS, PTR), idx, WORDS_DATA))
    return res


def list_set(b: Builder, lst: o.Register, i: o.Register, w: o.Register) -> None:
    """lst[i] = w inline (the collector needs no write barrier)."""
    idx = in_range(b, lst, i, "rt_list_set", [lst, i, w])
    b.emit(o.StoreElem(b.get_field(lst, LIST_ITEMS, PTR), idx, WORDS_DATA, w))


def in_range(b: Builder, seq: o.Register, i: o.Register, raiser: str, args: list[o.Register],
             ret: RType = VOID) -> o.Register:
    """i as an index into seq, whose length is its word 0 (counted from the
    end when negative); out of range, the runtime's `raiser` raises."""
    idx, inside = wrap_index(b, i, b.get_field(seq, 0, I64))
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


BUF_LEN, BUF_PTR = 0, 2   # rt_buffer words: len, base, ptr


def buffer_access(b: Builder, v: o.Register, off: o.Register, width: int, little: bool,
                  value: o.Register | None = None) -> o.Register:
    """Read (or write `value`) `width` bytes at `off` in a Buffer, inline: a
    bounds check and byte accesses that LLVM merges into one load or store.
    Out of range, the runtime raises IndexError."""
    n = b.get_field(v, BUF_LEN, I64)
    ok = b.binary("and", b.binary("ge", off, b.int(0), BOOL),
                  b.binary("le", off, b.binary("nsub", n, b.int(width), I64), BOOL), BOOL)
    how = [b.int(width), b.int(int(little))]
    if value is None:
        checked_access(b, ok, (v, off, width), "rt_buffer_get", [v, off, *how], I64)
    else:
        checked_access(b, ok, (v, off, width), "rt_buffer_set", [v, off, *how, value])
    p = b.get_field(v, BUF_PTR, PTR)
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


BYTES_DATA, RAW_DATA = 32, 24   # bytes from an rt_bytes / rt_raw to its first byte
BYTEARRAY_STORE = 1             # rt_bytearray word 1: the rt_raw holding the bytes


def byte_at(b: Builder, obj: o.Register, i: o.Register, array: bool,
            value: o.Register | None = None) -> o.Register:
    """bytes/bytearray item read (or bytearray write), inline; a negative index
    counts from the end; errors go to the runtime, which raises them."""
    idx, ok = wrap_index(b, i, b.get_field(obj, 0, I64))
    byte = b.consts.get(value) if value is not None else 0   # the value stored, if constant
    only_index = isinstance(byte, int) and 0 <= byte < 256
    if value is not None and not only_index:   # a byte must be in range(0, 256)
        ok = b.binary("and", ok, b.binary("lt", b.convert(value, U64), b.const(256, U64), BOOL), BOOL)
    bounds = (obj, i, 1) if only_index else None
    data = b.get_field(obj, BYTEARRAY_STORE, PTR) if array else obj
    offset = RAW_DATA if array else BYTES_DATA
    if value is None:   # IndexError
        checked_access(b, ok, bounds, "rt_bytes_getitem", [obj, i], I64)
        res = b.reg(I64, "byte")
        b.emit(o.LoadElem(res, data, idx, offset, 1))
        return res
    checked_access(b, ok, bounds, "rt_bytearray_setitem", [obj, i, value])   # or ValueError
    b.emit(o.StoreElem(data, idx, offset, value, 1))
    return value


def seq_len(b: Builder, seq: o.Register) -> o.Register:
    return b.get_field(seq, 0, I64)   # rt_list, rt_tuple, rt_bytes: len is word 0


def seq_get(b: Builder, seq: o.Register, i: o.Register, et: RType, getter: str,
            checked: bool = False) -> o.Register:
    if getter == "bytes":
        return b.coerce(b.call_rt("rt_bytes_getitem", [seq, i], I64), et)
    if getter == "tuple":
        return b.from_word(b.call_rt("rt_tuple_get", [seq, i], WORD), et)
    return b.from_word(list_get(b, seq, i, checked=checked), et)


def dict_loop(b: Builder, d: o.Register, t: Type | None, what: str, run: Run) -> None:
    kt, vt = elem_type(b, t, 0), elem_type(b, t, 1)
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


def addr_of(b: Builder, r: o.Register) -> o.Register:
    a = b.reg(PTR)
    b.emit(o.AddrOfReg(a, r))
    return a


def enumerate_loop(b: Builder, e: CallExpr, run: Run) -> None:
    start = lower_as(b, e.args[1], I64) if len(e.args) > 1 else b.int(0)
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
    from unicc.irbuild.call import builtin_target, builtin_value, callable_arg
    from unicc.irbuild.function import call_closure
    if len(e.args) == 2:
        f = callable_arg(b, e.args[0], iter_elem_mypy(b, e.args[1]))

        def one(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
            run(lambda: f(b, as_value(b, nxt())), head, step, exit_)
        return iterate(b, e.args[1], one)
    # several iterables: f over the items of zip(xs, ys, ...)
    item_ts = [iter_elem_mypy(b, a) for a in e.args[1:]]
    target = builtin_target(e.args[0])
    ct = mapper.proper(b.ctx.types.get(e.args[0]))
    if target is not None:
        fa = builtin_value(b, e.args[0], target, list(item_ts), builtin_iter_item(b.ctx.types.get(e)))
        fn, params, ret = fa.fn, [mapper.rtype(t, b.subst) for t in item_ts], fa.ret
    elif isinstance(ct, mapper.CallableType):
        fn = lower(b, e.args[0])
        params = [mapper.rtype(t, b.subst) for t in ct.arg_types]
        ret = mapper.rtype(ct.ret_type, b.subst)
    else:
        raise b.ctx.error(b.module, e, "map() of this function over several iterables is not supported by unicc")
    zipped = CallExpr(NameExpr("zip"), e.args[1:], [ARG_POS] * len(item_ts), [None] * len(item_ts))
    zipped.callee.fullname = "builtins.zip"  # type: ignore[union-attr]
    zipped.set_line(e)

    def many(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
        def item() -> Item:
            xs = nxt()
            assert isinstance(xs, list)
            return call_closure(b, fn, [b.coerce(x, p) for x, p in zip(xs, params)], ret, len(params))
        run(item, head, step, exit_)
    zip_loop(b, zipped, many)


def filter_loop(b: Builder, e: CallExpr, run: Run) -> None:
    """filter(f, xs) / filter(None, xs): items failing the test go straight to the next step."""
    from unicc.irbuild.call import callable_arg
    item_t = iter_elem_mypy(b, e.args[1])
    keep_all = isinstance(e.args[0], NameExpr) and e.args[0].fullname == "builtins.None"
    f = None if keep_all else callable_arg(b, e.args[0], item_t)

    def test(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
        item = as_value(b, nxt())
        keep = b.new_block()
        b.branch(truth(b, item, item_t) if f is None else truth(b, f(b, item), f.ret_t), keep, step)
        b.activate(keep)
        run(lambda: item, head, step, exit_)
    iterate(b, e.args[1], test)


def pack(b: Builder, parts: list[o.Register]) -> o.Register:
    return new_tuple(b, parts)


def as_value(b: Builder, item: Item) -> o.Register:
    """An iteration item as one value: (key, value) pairs become tuples."""
    return item if isinstance(item, o.Register) else new_tuple(b, item)


def zip_loop(b: Builder, e: CallExpr, run: Run) -> None:
    """zip(a, b, ...): sequences are indexed, iterators advanced, left to right;
    the first one exhausted ends the loop (as in CPython).  With strict=True
    that must be the first, and then every other one must be exhausted too."""
    strict = zip_strict(b, e)
    parts: list[tuple[o.Register, str, RType]] = []
    for arg in [a for a, n in zip(e.args, e.arg_names) if n is None]:
        t = b.ctx.types.get(arg)
        name = mapper.fullname(t)
        if is_iterator_type(b, t) or isinstance(arg, GeneratorExpr):
            parts.append((iter_object(b, arg), "iter", iter_item_type(b, t)))
            continue
        g = getter_for(name)
        et = I64 if g == "bytes" else OBJ if name == "builtins.str" else iter_item_type(b, t)
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
    run(lambda: items, head, inc, exit_)


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


# ---- indexing -------------------------------------------------------------------------

def slice_args(b: Builder, s: SliceExpr) -> list[o.Register]:
    has = 0
    start = b.int(0)
    stop = b.int(0)
    if s.begin_index is not None:
        start = lower_as(b, s.begin_index, I64)
        has |= 1
    if s.end_index is not None:
        stop = lower_as(b, s.end_index, I64)
        has |= 2
    step = lower_as(b, s.stride, I64) if s.stride is not None else b.int(1)
    return [start, stop, step, b.int(has)]


SLICE = {"builtins.str": "rt_str_slice", "builtins.list": "rt_list_slice", "builtins.bytes": "rt_bytes_slice",
         "builtins.bytearray": "rt_bytes_slice", "builtins.range": "rt_range_slice"}


def lower_index(b: Builder, e: IndexExpr) -> o.Register:
    t = b.ctx.types.get(e.base)
    name = mapper.fullname(t)
    if isinstance(e.index, SliceExpr):
        if name in SLICE:
            return b.call_rt(SLICE[name], [lower(b, e.base)] + slice_args(b, e.index), OBJ)
        if name == "builtins.tuple":
            return tuple_slice(b, e)
        raise b.ctx.error(b.module, e, f"slicing {name} is not supported by unicc")
    base = lower(b, e.base)
    res = rtype_of(b, e)
    if name == "builtins.list":
        i = lower_as(b, e.index, I64)
        return b.from_word(list_get(b, base, i), elem_type(b, t))
    if name == "builtins.dict":
        k = b.to_word(lower_as(b, e.index, elem_type(b, t, 0)))
        return b.from_word(b.call_rt("rt_dict_get", [base, k], WORD), elem_type(b, t, 1))
    if name == "builtins.str":
        return b.call_rt("rt_str_getitem", [base, lower_as(b, e.index, I64)], OBJ)
    if name == "builtins.range":
        return b.call_rt("rt_range_get", [base, lower_as(b, e.index, I64)], I64)
    if name in ("builtins.bytes", "builtins.bytearray"):
        return byte_at(b, base, lower_as(b, e.index, I64), name == "builtins.bytearray")
    if name == "unicc_buf.Buffer":
        return buffer_access(b, base, lower_as(b, e.index, I64), 1, False)
    if name == "builtins.tuple":
        types = tuple_item_types(b, t)
        if types is not None:
            idx = const_int(e.index)
            if idx is None:
                if len(set(types)) != 1:
                    raise b.ctx.error(b.module, e, "indexing a mixed tuple needs a constant index in unicc")
                i = lower_as(b, e.index, I64)
                return b.from_word(b.call_rt("rt_tuple_get", [base, i], WORD), types[0])
            if idx < 0:
                idx += len(types)
            return b.get_field(base, TUPLE_ITEMS + idx, types[idx])
        i = lower_as(b, e.index, I64)
        return b.from_word(b.call_rt("rt_tuple_get", [base, i], WORD), res)
    from unicc.irbuild.classdef import call_dunder
    r = call_dunder(b, base, t, "__getitem__", [lower(b, e.index)], e)
    if r is not None:
        return r
    raise b.ctx.error(b.module, e, f"indexing {name or 'this type'} is not supported by unicc")


def const_int(e: Expression) -> int | None:
    """The value of an int literal, or of + - * ** << on literals (2**32 - 1)."""
    if isinstance(e, IntExpr):
        return e.value
    if isinstance(e, UnaryExpr) and e.op == "-":
        v = const_int(e.expr)
        return -v if v is not None else None
    if isinstance(e, OpExpr) and e.op in ("+", "-", "*", "**", "<<"):
        a, c = const_int(e.left), const_int(e.right)
        if a is None or c is None or (e.op in ("**", "<<") and not 0 <= c < 64):
            return None
        v = {"+": a + c, "-": a - c, "*": a * c, "**": a ** c, "<<": a << c}[e.op]
        return v if -(1 << 63) <= v < (1 << 63) else None
    return None


def tuple_slice(b: Builder, e: IndexExpr) -> o.Register:
    t = b.ctx.types.get(e.base)
    base = lower(b, e.base)
    types = tuple_item_types(b, t)
    s = e.index
    assert isinstance(s, SliceExpr)
    if types is not None:
        bounds = [const_int(x) if x is not None else None for x in (s.begin_index, s.end_index, s.stride)]
        idx = list(range(len(types)))[slice(*bounds)]
        return new_tuple(b, [b.get_field(base, TUPLE_ITEMS + i, types[i]) for i in idx])
    return b.call_rt("rt_tuple_slice", [base] + slice_args(b, s), OBJ)


def mixed_contains(b: Builder, container: o.Register, item: o.Register, et: RType,
                   ce: Expression, ie: Expression) -> o.Register:
    """`x in c` where x's type differs from the items': compare as CPython would
    (True == 1, 2.0 == 2, None equals no number)."""
    from unicc.ir.rtypes import F64
    res = b.reg(BOOL)
    b.assign(res, b.const(False, BOOL))
    done = b.new_block()
    if item.type.is_obj or et.is_obj:
        if item.type.is_obj and not et.is_obj:   # None (or a box) among unboxed items
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
    t = b.ctx.types.get(ce)
    name = mapper.fullname(t)
    et = iter_item_type(b, t) if name not in ("builtins.str", "builtins.bytes", "builtins.bytearray") else OBJ
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
    if name == "builtins.list" or name in DICT_VIEWS:
        return b.call_rt("rt_list_contains", [container, b.to_word(b.coerce(item, iter_item_type(b, t)))], BOOL)
    if name == "builtins.dict":
        return b.call_rt("rt_dict_contains", [container, b.to_word(b.coerce(item, elem_type(b, t)))], BOOL)
    if name == "builtins.set":
        return b.call_rt("rt_set_contains", [container, b.to_word(b.coerce(item, elem_type(b, t)))], BOOL)
    if name == "builtins.tuple":
        return b.call_rt("rt_tuple_contains", [container, b.to_word(item), b.int(item.type.kind)], BOOL)
    from unicc.irbuild.classdef import call_dunder
    r = call_dunder(b, container, t, "__contains__", [item], ce)
    if r is not None:
        return r
    if is_iterator_type(b, t):   # consumes the iterator up to the first equal item
        it = iter_of(b, container, t, ce)
        return b.call_rt("rt_iter_contains", [it, b.to_word(b.coerce(item, et)), b.int(et.kind)], BOOL)
    raise b.ctx.error(b.module, ce, f"'in' on {name or 'this type'} is not supported by unicc")


__all__ = ["lower_display", "lower_index", "for_each", "contains", "new_tuple", "tuple_items",
           "materialize", "slice_args", "Item", "SetExpr", "ListExpr", "DictExpr", "TupleExpr"]
