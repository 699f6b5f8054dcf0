"""Lowering of statements, including try/except/finally and loops."""

from __future__ import annotations

from mypy.nodes import (
    AssertStmt, AssignmentStmt, Block, BreakStmt, ClassDef, ContinueStmt, Decorator, DelStmt,
    Expression, ExpressionStmt, ForStmt, FuncDef, GlobalDecl, IfStmt, Import, ImportAll, ImportFrom,
    IndexExpr, ListExpr, MemberExpr, NameExpr, NonlocalDecl, OperatorAssignmentStmt, PassStmt,
    RaiseStmt, ReturnStmt, Statement, StarExpr, TryStmt, TupleExpr, Var, WhileStmt, WithStmt,
    SliceExpr, OverloadedFuncDef, TypeAliasStmt, MatchStmt, TempNode,
)

from mypy.types import Instance, Type

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, WORD, RType
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, FinallyFrame, LoopFrame, rtype_of
from unicc.irbuild.containers import (
    Item, TUPLE_ITEMS, elem_type, for_each, list_set, slice_args, tuple_item_types,
)
from unicc.irbuild.expression import binary_op, lower, lower_as, store_var, truth


def lower_block(b: Builder, block: Block) -> None:
    for s in block.body:
        lower_stmt(b, s)


def lower_stmt(b: Builder, s: Statement) -> None:
    fn = DISPATCH.get(type(s))
    if fn is None:
        raise b.ctx.error(b.module, s, f"{type(s).__name__} is not supported by unicc")
    fn(b, s)


# ---- assignment -------------------------------------------------------------------

def lower_assignment(b: Builder, s: AssignmentStmt) -> None:
    if s.is_alias_def or (isinstance(s.rvalue, NameExpr) and s.rvalue.kind is None):
        return
    from mypy.nodes import TempNode
    if isinstance(s.rvalue, TempNode):   # a bare annotation `x: int`
        return
    if len(s.lvalues) == 1 and isinstance(s.lvalues[0], NameExpr) and is_type_alias(s):
        return
    lv0 = s.lvalues[0]
    if isinstance(lv0, NameExpr) and isinstance(lv0.node, Var):
        from unicc.irbuild.call import expect_callable
        expect_callable(b, s.rvalue, lv0.node.type)
        from mypy.nodes import DictExpr, SetExpr
        vt = lv0.node.type
        if vt is not None and mapper.optional_item(vt) is not None:
            vt = mapper.optional_item(vt)
        if isinstance(s.rvalue, (ListExpr, DictExpr, SetExpr)) and vt is not None and \
                mapper.fullname(vt) == mapper.fullname(b.ctx.types.get(s.rvalue)):
            # `row = []`: the container's item kind is the variable's, not the display's
            b.ctx.types[s.rvalue] = vt
    v = lower(b, s.rvalue)
    for lv in s.lvalues:
        assign_target(b, lv, v, s.rvalue)


def is_type_alias(s: AssignmentStmt) -> bool:
    """T = TypeVar("T"), aliases and NewType-like declarations: no run-time code."""
    lv = s.lvalues[0]
    from mypy.nodes import TypeAlias, TypeVarExpr, CallExpr, TypeVarLikeExpr
    if isinstance(s.rvalue, CallExpr) and s.rvalue.analyzed is not None:
        return True
    return isinstance(lv, NameExpr) and isinstance(lv.node, (TypeAlias, TypeVarExpr, TypeVarLikeExpr))


def assign_target(b: Builder, target: Expression, value: Item, rvalue: Expression | None = None) -> None:
    if isinstance(target, NameExpr):
        if isinstance(value, list):
            from unicc.irbuild.containers import new_tuple
            value = new_tuple(b, value)
        node = target.node
        if target.name == "_":
            return   # the throwaway name: nothing reads it (a read is a located error)
        assert isinstance(node, Var), target
        store_var(b, node, value, target)
        return
    if isinstance(target, (TupleExpr, ListExpr)):
        parts = unpack(b, target, value, rvalue)
        for t, p, pt in zip(target.items, parts, part_types(b, target, rvalue)):
            assign_target(b, t, p, typed_as(b, pt))
        return
    assert isinstance(value, o.Register)
    if isinstance(target, MemberExpr):
        from unicc.irbuild.classdef import store_attr
        store_attr(b, target, value)
        return
    if isinstance(target, IndexExpr):
        store_index(b, target, value)
        return
    raise b.ctx.error(b.module, target, "this assignment target is not supported by unicc")


def unpack(b: Builder, target: TupleExpr | ListExpr, value: Item, rvalue: Expression | None) -> list[o.Register]:
    if any(isinstance(t, StarExpr) for t in target.items):
        raise b.ctx.error(b.module, target, "starred assignment is not supported by unicc")
    n = len(target.items)
    if isinstance(value, list):
        return value
    t = b.ctx.types.get(rvalue) if rvalue is not None else None
    types = tuple_item_types(b, t) if t is not None else None
    if t is None:
        # an item of an iteration: a tuple whose item types are the targets' types
        types = [target_type(b, x) for x in target.items]
        return [b.get_field(value, TUPLE_ITEMS + i, types[i]) for i in range(n)]
    name = mapper.fullname(t)
    if name == "builtins.tuple" and types is not None:
        return [b.get_field(value, TUPLE_ITEMS + i, types[i]) for i in range(n)]
    if name not in ("builtins.tuple", "builtins.list"):
        raise b.ctx.error(b.module, target, f"unpacking a {name.removeprefix('builtins.')} "
                                            "is not supported by unicc (a tuple or a list is)")
    # a list (or variable-length tuple): check the length at run time
    got = b.get_field(value, 0, I64)
    bad, ok = b.new_block(), b.new_block()
    b.branch(b.binary("ne", got, b.int(n), BOOL), bad, ok)
    b.activate(bad)
    b.call_rt("rt_raise_unpack", [b.int(n), got], raises=False)
    b.goto(b.handler())
    b.activate(ok)
    et = elem_type(b, t) if t is not None else OBJ
    getter = "rt_tuple_get" if name == "builtins.tuple" else "rt_list_get"
    return [b.from_word(b.call_rt(getter, [value, b.int(i)], WORD), et) for i in range(n)]


def part_types(b: Builder, target: TupleExpr | ListExpr, rvalue: Expression | None) -> list[Type | None]:
    """The mypy types of what unpacking rvalue gives each item of target."""
    t = mapper.proper(b.ctx.types.get(rvalue)) if rvalue is not None else None
    if isinstance(t, mapper.TupleType):
        return list(t.items)
    from unicc.irbuild.containers import elem_mypy
    return [elem_mypy(t, 0) if t is not None else None] * len(target.items)


def typed_as(b: Builder, t: Type | None) -> Expression | None:
    """An expression standing for a value of mypy type t (for assign_target)."""
    if t is None:
        return None
    node = TempNode(t)
    b.ctx.types[node] = t
    return node


def target_type(b: Builder, e: Expression) -> RType:
    if isinstance(e, NameExpr) and isinstance(e.node, Var) and e.node.type is not None:
        return mapper.rtype(e.node.type, b.subst)
    t = b.ctx.types.get(e)
    return mapper.rtype(t, b.subst) if t is not None else OBJ


def store_index(b: Builder, target: IndexExpr, value: o.Register) -> None:
    t = b.ctx.types.get(target.base)
    name = mapper.fullname(t)
    base = lower(b, target.base)
    if isinstance(target.index, SliceExpr):
        if name == "builtins.list":
            b.call_rt("rt_list_set_slice", [base] + slice_args(b, target.index) + [value])
            return
        if name == "builtins.bytearray":
            b.call_rt("rt_bytearray_set_slice", [base] + slice_args(b, target.index) + [value])
            return
        raise b.ctx.error(b.module, target, f"slice assignment to {name} is not supported by unicc")
    if name == "builtins.list":
        i = lower_as(b, target.index, I64)
        list_set(b, base, i, b.to_word(b.coerce(value, elem_type(b, t))))
    elif name == "builtins.dict":
        k = b.to_word(lower_as(b, target.index, elem_type(b, t, 0)))
        b.call_rt("rt_dict_set", [base, k, b.to_word(b.coerce(value, elem_type(b, t, 1)))])
    elif name == "builtins.bytearray":
        i = lower_as(b, target.index, I64)
        from unicc.irbuild.containers import byte_at
        byte_at(b, base, i, True, b.coerce(value, I64))
    elif name == "unicc_buf.Buffer":
        from unicc.irbuild.containers import buffer_access
        buffer_access(b, base, lower_as(b, target.index, I64), 1, False, b.coerce(value, I64))
    else:
        from unicc.irbuild.classdef import call_dunder
        if call_dunder(b, base, t, "__setitem__", [lower(b, target.index), value], target) is None:
            raise b.ctx.error(b.module, target, f"item assignment on {name} is not supported by unicc")


def lower_op_assign(b: Builder, s: OperatorAssignmentStmt) -> None:
    """x op= y.  Lists extend in place (+=); everything else rebinds."""
    t = mapper.fullname(b.ctx.types.get(s.lvalue))
    if s.op == "+" and t == "builtins.list":
        b.call_rt("rt_list_extend", [lower(b, s.lvalue), lower(b, s.rvalue)])
        return
    if s.op == "+" and t == "builtins.bytearray":
        b.call_rt("rt_bytearray_extend", [lower(b, s.lvalue), lower(b, s.rvalue)])
        return
    if isinstance(s.lvalue, IndexExpr):
        # d[k] += v evaluates d and k once: pin their registers while the
        # target is read and written
        base_e, idx_e = s.lvalue.base, s.lvalue.index
        b.pinned[base_e] = lower(b, base_e)
        b.pinned[idx_e] = lower(b, idx_e)
        new = binary_op(b, s.op, s.lvalue, s.rvalue, s.lvalue)
        store_index(b, s.lvalue, new)
        del b.pinned[base_e], b.pinned[idx_e]
        return
    new = binary_op(b, s.op, s.lvalue, s.rvalue, s.lvalue)
    assign_target(b, s.lvalue, new)


# ---- simple statements -------------------------------------------------------------

def lower_expr_stmt(b: Builder, s: ExpressionStmt) -> None:
    from mypy.nodes import StrExpr
    if isinstance(s.expr, StrExpr):  # docstring
        return
    lower(b, s.expr)


def lower_return(b: Builder, s: ReturnStmt) -> None:
    if s.expr is not None and b.ret_type is not None:
        from unicc.irbuild.call import expect_callable
        expect_callable(b, s.expr, b.ret_type)
    ret = b.gen.ret_t if b.gen is not None else b.fn.ret
    v = lower_as(b, s.expr, ret) if s.expr is not None and not ret.is_void else None
    if s.expr is not None and ret.is_void:
        lower(b, s.expr)
    if v is not None and b.finally_stack:
        keep = b.reg(v.type)
        b.assign(keep, v)
        v = keep
    b.unwind_finally(0)
    b.emit(o.Return(v))


def lower_pass(b: Builder, s: Statement) -> None:
    pass


def cond_branch(b: Builder, e: Expression, yes: o.BasicBlock, no: o.BasicBlock) -> None:
    """Branch on the truth of e; `and`/`or`/`not` become control flow, so no
    value of a mixed type is ever built for a condition."""
    from mypy.nodes import OpExpr, UnaryExpr
    if isinstance(e, OpExpr) and e.op in ("and", "or"):
        mid = b.new_block()
        if e.op == "and":
            cond_branch(b, e.left, mid, no)
        else:
            cond_branch(b, e.left, yes, mid)
        b.activate(mid)
        cond_branch(b, e.right, yes, no)
    elif isinstance(e, UnaryExpr) and e.op == "not":
        cond_branch(b, e.expr, no, yes)
    else:
        b.branch(truth(b, lower(b, e), b.ctx.types.get(e)), yes, no)


def lower_if(b: Builder, s: IfStmt) -> None:
    done = b.new_block()
    for cond, body in zip(s.expr, s.body):
        yes, no = b.new_block(), b.new_block()
        cond_branch(b, cond, yes, no)
        b.activate(yes)
        lower_block(b, body)
        b.goto(done)
        b.activate(no)
    if s.else_body:
        lower_block(b, s.else_body)
    b.goto(done)
    b.activate(done)


def lower_while(b: Builder, s: WhileStmt) -> None:
    head, body, orelse, done = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    cond_branch(b, s.expr, body, orelse)
    b.activate(body)
    b.loops.append(LoopFrame(head, done, len(b.finally_stack)))
    lower_block(b, s.body)
    b.loops.pop()
    b.goto(head)
    b.activate(orelse)
    if s.else_body:
        lower_block(b, s.else_body)
    b.goto(done)
    b.activate(done)


def lower_for(b: Builder, s: ForStmt) -> None:
    if s.is_async:
        return lower_async_for(b, s)

    from unicc.irbuild.containers import iter_elem_mypy
    item_t = typed_as(b, iter_elem_mypy(b, s.expr))

    def body(item: Item) -> None:
        assign_target(b, s.index, item, item_t)
        lower_block(b, s.body)
    else_body = (lambda: lower_block(b, s.else_body)) if s.else_body else None  # type: ignore[arg-type]
    for_each(b, s.expr, body, else_body, loop=True)


def lower_async_for(b: Builder, s: ForStmt) -> None:
    """`async for x in src`: it = src.__aiter__(), then x = await
    it.__anext__() before each turn until that raises StopAsyncIteration
    (only that await is guarded: the body's own exceptions go on)."""
    from unicc.irbuild.classdef import call_dunder
    from unicc.irbuild.generator import await_result, delegate
    t = b.ctx.types.get(s.expr)
    it_t = method_type(t, "__aiter__")
    anext_t = method_type(it_t, "__anext__")
    if anext_t is None or not all(i is not None and i.fullname in b.ctx.classes
                                  for i in (mapper.instance_info(t), mapper.instance_info(it_t))):
        raise b.ctx.error(b.module, s.expr, "async for needs an object of a compiled class with __aiter__, "
                                            "returning one of a compiled class with __anext__ (not a "
                                            "Protocol such as AsyncIterator), in unicc")
    it = b.reg(OBJ, "ait")
    b.assign(it, call_dunder(b, lower(b, s.expr), t, "__aiter__", [], s.expr))  # type: ignore[arg-type]
    head, stop, orelse, done = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    b.handlers.append(stop)
    coro = call_dunder(b, it, it_t, "__anext__", [], s.expr)
    assert coro is not None
    item_t = await_result(anext_t)
    item = delegate(b, coro, mapper.rtype(item_t, b.subst))
    b.handlers.pop()
    b.loops.append(LoopFrame(head, done, len(b.finally_stack)))
    assign_target(b, s.index, item, typed_as(b, item_t))
    lower_block(b, s.body)
    b.loops.pop()
    b.goto(head)
    b.activate(stop)
    exc = b.reg(OBJ, "exc")
    take_exception(b, exc)
    reraise = b.new_block()
    b.branch(b.call_rt("rt_isinstance", [exc, b.addr("rt_type_StopAsyncIteration")], BOOL, raises=False),
             orelse, reraise)
    b.activate(reraise)
    b.call_rt("rt_reraise", [exc], raises=False)
    b.goto(b.handler())
    b.activate(orelse)
    if s.else_body:
        lower_block(b, s.else_body)
    b.goto(done)
    b.activate(done)


def lower_break(b: Builder, s: BreakStmt) -> None:
    frame = b.loops[-1]
    b.unwind_finally(frame.depth)
    b.goto(frame.brk)


def lower_continue(b: Builder, s: ContinueStmt) -> None:
    frame = b.loops[-1]
    b.unwind_finally(frame.depth)
    b.goto(frame.cont)


def lower_assert(b: Builder, s: AssertStmt) -> None:
    ok, bad = b.new_block(), b.new_block()
    cond_branch(b, s.expr, ok, bad)
    b.activate(bad)
    from unicc.irbuild.call import to_str
    msg = to_str(b, lower(b, s.msg), b.ctx.types.get(s.msg)) if s.msg is not None else b.none()
    exc = b.call_rt("rt_exc_new", [b.addr("rt_type_AssertionError"), msg], OBJ)
    raise_value(b, exc, s)
    b.activate(ok)


def lower_raise(b: Builder, s: RaiseStmt) -> None:
    if s.from_expr is not None:
        raise b.ctx.error(b.module, s, "raise ... from is not supported by unicc")
    if s.expr is None:
        if not b.current_exc:
            raise b.ctx.error(b.module, s, "bare raise outside an except block is not supported by unicc")
        b.call_rt("rt_reraise", [b.current_exc[-1]], raises=False)
        b.goto(b.handler())
        return
    from mypy.nodes import RefExpr, TypeInfo
    if not (isinstance(s.expr, RefExpr) and isinstance(s.expr.node, TypeInfo)):
        v = lower(b, s.expr)
    else:
        # `raise ValueError`: instantiate the class
        from mypy.nodes import CallExpr
        call = CallExpr(s.expr, [], [], [])
        call.set_line(s.expr)
        from mypy.types import Instance
        b.ctx.types[call] = Instance(s.expr.node, [])
        from unicc.irbuild.call import construct
        v = construct(b, call, s.expr.node)
    raise_value(b, v, s)


def raise_value(b: Builder, exc: o.Register, s: Statement) -> None:
    path = b.ctx.path_of.get(b.module, b.module)
    func = b.fn.source_name.rsplit(".", 1)[-1] or "<module>"   # CPython prints co_name, unqualified
    b.call_rt("rt_raise_at", [exc, b.const(o.CStrConst(path), OBJ), b.int(s.line),
                              b.const(o.CStrConst(func), OBJ)], raises=False)
    b.goto(b.handler())


# ---- try / except / finally -------------------------------------------------------------

def lower_try(b: Builder, s: TryStmt) -> None:
    if s.is_star:
        raise b.ctx.error(b.module, s, "except* is not supported by unicc")
    if s.finally_body is not None:
        lower_try_finally(b, s)
    else:
        lower_try_except(b, s)


def lower_try_finally(b: Builder, s: TryStmt) -> None:
    outer_handlers = list(b.handlers)
    outer_exc = list(b.current_exc)
    fin = s.finally_body
    assert fin is not None

    def emit_finally() -> None:
        saved_h, saved_e = b.handlers, b.current_exc
        b.handlers, b.current_exc = list(outer_handlers), list(outer_exc)
        lower_block(b, fin)
        b.handlers, b.current_exc = saved_h, saved_e
    on_error = b.new_block()
    b.handlers.append(on_error)
    b.finally_stack.append(FinallyFrame(emit_finally))
    lower_try_except(b, s) if s.handlers else lower_block(b, s.body)
    b.finally_stack.pop()
    b.handlers.pop()
    # normal completion
    done = b.new_block()
    if not b.block.terminated:
        emit_finally()
        b.goto(done)
    # exceptional completion: save the exception, run finally, re-raise
    b.activate(on_error)
    exc = b.reg(OBJ, "pending")
    take_exception(b, exc)
    emit_finally()
    if not b.block.terminated:
        b.call_rt("rt_reraise", [exc], raises=False)
        b.goto(b.handler())
    b.activate(done)


def take_exception(b: Builder, into: o.Register) -> None:
    """Move the pending exception into a register and clear it."""
    b.assign(into, b.call_rt("rt_exc_take", [], OBJ, raises=False))


def lower_try_except(b: Builder, s: TryStmt) -> None:
    handler = b.new_block()
    done = b.new_block()
    b.handlers.append(handler)
    lower_block(b, s.body)
    b.handlers.pop()
    if s.else_body is not None:
        lower_block(b, s.else_body)
    b.goto(done)
    b.activate(handler)
    exc = b.reg(OBJ, "exc")
    take_exception(b, exc)
    from unicc.irbuild.classdef import type_symbol
    from mypy.nodes import RefExpr, TypeInfo
    for typ, var, body in zip(s.types, s.vars, s.handlers):
        match, nomatch = b.new_block(), b.new_block()
        if typ is None:
            b.goto(match)
        else:
            classes = typ.items if isinstance(typ, TupleExpr) else [typ]
            for c in classes:
                if not (isinstance(c, RefExpr) and isinstance(c.node, TypeInfo)):
                    raise b.ctx.error(b.module, c, "except needs class names in unicc")
                nxt = b.new_block()
                hit = b.call_rt("rt_isinstance", [exc, b.addr(type_symbol(b, c.node, c))], BOOL, raises=False)
                b.branch(hit, match, nxt)
                b.activate(nxt)
            b.goto(nomatch)
        b.activate(match)
        if var is not None:
            assert isinstance(var.node, Var)
            store_var(b, var.node, exc, var)
        b.current_exc.append(exc)
        lower_block(b, body)
        b.current_exc.pop()
        b.goto(done)
        b.activate(nomatch)
    # no handler matched: propagate
    b.call_rt("rt_reraise", [exc], raises=False)
    b.goto(b.handler())
    b.activate(done)


# ---- with -------------------------------------------------------------------------

def lower_with(b: Builder, s: WithStmt) -> None:
    """`with a as x, c as y: body` is `with a as x: with c as y: body`."""
    with_item(b, s, 0)


def with_item(b: Builder, s: WithStmt, k: int) -> None:
    """CPython's protocol for item k: x = mgr.__enter__(); leaving the body
    (at its end, or by return, break or continue) calls
    mgr.__exit__(None, None, None); an exception calls
    mgr.__exit__(type(e), e, traceback) and is raised again unless that
    returns true.  There is no traceback object: __exit__ gets a value that
    is not None, and its parameter is only compared with None.  `async with`
    awaits __aenter__ and __aexit__ instead."""
    if k == len(s.expr):
        lower_block(b, s.body)
        return
    e, target = s.expr[k], s.target[k]
    t = b.ctx.types.get(e)
    enter_name, exit_name = ("__aenter__", "__aexit__") if s.is_async else ("__enter__", "__exit__")
    check_manager(b, e, t, enter_name, exit_name)
    mgr = b.reg(OBJ, "mgr")
    b.assign(mgr, lower_as(b, e, OBJ))
    from unicc.irbuild.generator import await_result, delegate

    def result(name: str) -> Type | None:   # what calling (and awaiting) the method gives
        r = method_type(t, name)
        return await_result(r) if s.is_async else r

    def call(name: str, args: list[o.Register]) -> o.Register:
        from unicc.irbuild.classdef import call_dunder
        r = call_dunder(b, mgr, t, name, args, e)
        assert r is not None   # check_manager found both
        return delegate(b, r, mapper.rtype(result(name), b.subst)) if s.is_async else r
    value = call(enter_name, [])
    outer_handlers, outer_exc = list(b.handlers), list(b.current_exc)

    def exit_clean() -> None:   # return, break or continue out of the body
        saved_h, saved_e = b.handlers, b.current_exc
        b.handlers, b.current_exc = list(outer_handlers), list(outer_exc)
        call(exit_name, [b.none()] * 3)
        b.handlers, b.current_exc = saved_h, saved_e
    on_error = b.new_block()
    b.handlers.append(on_error)
    b.finally_stack.append(FinallyFrame(exit_clean))
    if target is not None:   # inside: __exit__ sees an exception of the binding too
        bound = b.ctx.types.get(target)   # mypy's type of the target, else __enter__'s result
        assign_target(b, target, value, typed_as(b, bound if bound is not None else result(enter_name)))
    with_item(b, s, k + 1)
    b.finally_stack.pop()
    b.handlers.pop()
    done = b.new_block()
    if not b.block.terminated:
        call(exit_name, [b.none()] * 3)
        b.goto(done)
    b.activate(on_error)
    exc = b.reg(OBJ, "pending")
    take_exception(b, exc)
    exc_type = b.reg(OBJ)
    b.emit(o.Load(exc_type, exc, 0))   # its type descriptor
    r = call(exit_name, [exc_type, exc, exc])
    ret = result(exit_name)
    if not r.type.is_void and not mapper.is_none(ret):
        reraise = b.new_block()
        b.branch(truth(b, r, ret), done, reraise)
        b.activate(reraise)
    b.call_rt("rt_reraise", [exc], raises=False)
    b.goto(b.handler())
    b.activate(done)


def check_manager(b: Builder, e: Expression, t: object, enter_name: str, exit_name: str) -> None:
    """A `with` needs a compiled class with both methods, its __exit__'s
    parameters typed as typing's context managers type them."""
    info = mapper.instance_info(t)  # type: ignore[arg-type]
    f = method_of(t, exit_name)
    if info is None or info.fullname not in b.ctx.classes or method_of(t, enter_name) is None or f is None:
        raise b.ctx.error(b.module, e, f"with needs an object of a class with {enter_name} and {exit_name} in unicc")
    ft = f.type
    if not (isinstance(ft, mapper.CallableType) and len(ft.arg_types) == 4
            and mapper.opaque(ft.arg_types[1]) and mapper.opaque(ft.arg_types[3])):
        raise b.ctx.error(b.module, e, f"{info.name}.{exit_name} must take (type[BaseException] | None, "
                                       "BaseException | None, TracebackType | None) in unicc")


def method_of(t: object, name: str) -> FuncDef | None:
    """Method `name` of t's class, defined there or inherited."""
    from unicc.irbuild.classdef import func_of
    inst = mapper.proper(t)  # type: ignore[arg-type]
    sym = inst.type.get(name) if isinstance(inst, Instance) else None
    return func_of(sym.node if sym is not None else None)


def method_type(t: object, name: str) -> Type | None:
    """The result type of method `name` called on a t: the declared one, with
    the type arguments of t (`Twice[int]`: `tuple[T, T]` is `tuple[int, int]`)."""
    from mypy.expandtype import expand_type_by_instance
    from mypy.maptype import map_instance_to_supertype
    inst, f = mapper.proper(t), method_of(t, name)  # type: ignore[arg-type]
    if not (isinstance(inst, Instance) and f is not None and isinstance(f.type, mapper.CallableType)
            and f.info is not None):
        return None
    return expand_type_by_instance(f.type.ret_type, map_instance_to_supertype(inst, f.info))


# ---- declarations -------------------------------------------------------------------

def lower_import(b: Builder, s: Import | ImportFrom | ImportAll) -> None:
    """Importing a compiled module runs its top level once, where the import is."""
    from unicc.irbuild.module import import_module
    if isinstance(s, Import):
        for name, _ in s.ids:
            parts = name.split(".")
            for i in range(1, len(parts) + 1):
                import_module(b, ".".join(parts[:i]))
    elif isinstance(s, ImportFrom):
        mod = resolve_relative(b.module, s.id, s.relative)
        parts = mod.split(".")
        for i in range(1, len(parts) + 1):
            import_module(b, ".".join(parts[:i]))
        for name, alias in s.names:
            if f"{mod}.{name}" in b.ctx.modules:
                import_module(b, f"{mod}.{name}")
            sym = b.ctx.modules[mod].names.get(name) if mod in b.ctx.modules else None
            if sym is not None and isinstance(sym.node, Var) and "." in sym.node.fullname:
                bind_imported(b, mod, name, alias or name, sym.node)
    else:
        raise b.ctx.error(b.module, s, "from ... import * is not supported by unicc")


def bind_imported(b: Builder, mod: str, name: str, local: str, v: Var) -> None:
    """`from mod import name as local` of a variable: the importing module's
    own global gets the value it has now (mod's own global, or the binding
    mod's own from-import made)."""
    t = mapper.rtype(v.type, b.subst)
    src = b.ctx.global_var(f"{mod}.{name}", t)
    r = b.reg(t)
    b.emit(o.GetGlobal(r, src.name))
    b.emit(o.SetGlobal(b.ctx.global_var(f"{b.module}.{local}", t).name, r))


def resolve_relative(module: str, mid: str, relative: int) -> str:
    if not relative:
        return mid
    base = module.split(".")[:-relative] if module != "__main__" else []
    return ".".join(base + ([mid] if mid else []))


def lower_funcdef_stmt(b: Builder, s: FuncDef | Decorator | OverloadedFuncDef) -> None:
    """Module-level defs are compiled ahead; nested defs create closures here."""
    from unicc.irbuild.function import nested_def
    if b.fn.name.endswith("<module>"):
        from unicc.irbuild.function import init_defaults
        fdef = s.func if isinstance(s, Decorator) else s
        if isinstance(fdef, FuncDef):
            init_defaults(b, fdef)
        return
    nested_def(b, s)


def lower_classdef_stmt(b: Builder, s: ClassDef) -> None:
    from unicc.irbuild.classdef import class_body_init
    if not b.fn.name.endswith("<module>"):
        raise b.ctx.error(b.module, s, "classes defined inside functions are not supported by unicc")
    class_body_init(b, s)


def lower_decl(b: Builder, s: Statement) -> None:
    pass


def lower_del(b: Builder, s: DelStmt) -> None:
    targets = s.expr.items if isinstance(s.expr, TupleExpr) else [s.expr]
    for t in targets:
        if isinstance(t, IndexExpr):
            name = mapper.fullname(b.ctx.types.get(t.base))
            base = lower(b, t.base)
            if isinstance(t.index, SliceExpr) and name == "builtins.list":
                b.call_rt("rt_list_del_slice", [base] + slice_args(b, t.index))
            elif name == "builtins.list":
                b.call_rt("rt_list_del", [base, lower_as(b, t.index, I64)])
            elif name == "builtins.bytearray" and not isinstance(t.index, SliceExpr):
                b.call_rt("rt_bytearray_del", [base, lower_as(b, t.index, I64)])
            elif name == "builtins.dict":
                k = b.to_word(lower_as(b, t.index, elem_type(b, b.ctx.types.get(t.base), 0)))
                b.call_rt("rt_dict_del", [base, k])
            else:
                raise b.ctx.error(b.module, t, f"del on {name} is not supported by unicc")
        elif isinstance(t, NameExpr):
            continue  # the name simply goes out of use
        else:
            raise b.ctx.error(b.module, t, "del of attributes is not supported by unicc")


def unsupported(what: str):  # type: ignore[no-untyped-def]
    def fn(b: Builder, s: Statement) -> None:
        raise b.ctx.error(b.module, s, f"{what} is not supported by unicc")
    return fn


DISPATCH = {
    AssignmentStmt: lower_assignment, OperatorAssignmentStmt: lower_op_assign,
    ExpressionStmt: lower_expr_stmt, ReturnStmt: lower_return, PassStmt: lower_pass,
    IfStmt: lower_if, WhileStmt: lower_while, ForStmt: lower_for, BreakStmt: lower_break,
    ContinueStmt: lower_continue, AssertStmt: lower_assert, RaiseStmt: lower_raise,
    TryStmt: lower_try, Import: lower_import, ImportFrom: lower_import, ImportAll: lower_import,
    FuncDef: lower_funcdef_stmt, Decorator: lower_funcdef_stmt, OverloadedFuncDef: lower_funcdef_stmt,
    ClassDef: lower_classdef_stmt, GlobalDecl: lower_decl, NonlocalDecl: lower_decl,
    DelStmt: lower_del, Block: lower_block,
    WithStmt: lower_with, MatchStmt: unsupported("match statements"),
    TypeAliasStmt: lower_decl,
}
