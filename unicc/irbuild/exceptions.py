"""raise, try/except/finally and with statements."""

from __future__ import annotations

from functools import partial
from typing import Callable

from mypy.expandtype import expand_type_by_instance
from mypy.maptype import map_instance_to_supertype
from mypy.nodes import (
    ARG_STAR, CallExpr, Expression, FuncDef, RaiseStmt, RefExpr, Statement, TryStmt, TupleExpr, TypeAlias, TypeInfo,
    Var, WithStmt,
)
from mypy.types import Instance, Type, TypeType

from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, OBJ, PTR
from unicc.irbuild import classcalls, classtypes, classvalues, mapper
from unicc.irbuild.assignment import assign_target, typed_as
from unicc.irbuild.builder import Builder, FinallyFrame
from unicc.irbuild.constructors import construct
from unicc.irbuild.generator import delegate
from unicc.irbuild.itemtype import await_result
from unicc.irbuild.members import call_dunder
from unicc.irbuild.names import store_var
from unicc.irbuild.prepare import func_of, type_symbol
from unicc.irbuild.sequences import new_tuple
from unicc.irbuild.valueops import truth


def lower_raise(b: Builder, s: RaiseStmt) -> None:
    if s.expr is None:
        if not b.current_exc:
            raise b.ctx.error(b.module, s, "bare raise outside an except block is not supported by unicc")
        b.call_rt("rt_reraise", [b.current_exc[-1]], raises=False)
        b.goto(b.handler())
        return
    v = exception_value(b, s.expr)
    if s.from_expr is not None:
        # raise v from c: v.__cause__ = c (None too), v.__suppress_context__ = True
        keep = b.reg(OBJ, "exc")
        b.assign(keep, v)
        c = b.none() if mapper.is_none(b.ctx.types.get(s.from_expr)) else exception_value(b, s.from_expr)
        b.set_field(keep, abi.EXC_CAUSE, c)
        b.set_field(keep, abi.EXC_SUPPRESS, b.int(1))
        v = keep
    raise_value(b, v, s)


def exception_value(b: Builder, e: Expression) -> o.Register:
    """The exception `raise e` raises: e, or a new instance when e names a class."""
    static = classtypes.class_type(b.ctx.types.get(e))
    if static is not None and not (isinstance(e, RefExpr) and isinstance(e.node, (TypeInfo, TypeAlias))):
        call = CallExpr(e, [], [], [])   # `raise cls` of a class value: cls()
        call.set_line(e)
        b.ctx.types[call] = Instance(static, [])
        return classcalls.call_class(b, call, static)
    if not (isinstance(e, RefExpr) and isinstance(e.node, TypeInfo)):
        return b.accept(e)
    # `raise ValueError`: instantiate the class
    call = CallExpr(e, [], [], [])
    call.set_line(e)
    b.ctx.types[call] = Instance(e.node, [])
    return construct(b, call, e.node)


def chained(b: Builder, handled: o.Register, emit: Callable[[], None]) -> None:
    """emit() with `handled` being handled: an exception leaving it takes
    `handled` as its __context__ (unless one raised deeper has one already)."""
    chain = b.new_block()
    b.handlers.append(chain)
    emit()
    b.handlers.pop()
    after = b.block
    b.activate(chain)
    new = b.reg(OBJ, "raised")
    take_exception(b, new)
    b.call_rt("rt_exc_chain", [new, handled], raises=False)
    b.call_rt("rt_reraise", [new], raises=False)
    b.goto(b.handler())
    b.activate(after)


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

    def emit_finally(pending: o.Register | None = None) -> None:
        saved_h, saved_e = b.handlers, b.current_exc
        b.handlers, b.current_exc = list(outer_handlers), list(outer_exc)
        if pending is None:
            b.accept_block(fin)
        else:   # what the finally block raises has the pending exception as __context__
            chained(b, pending, lambda: b.accept_block(fin))
        b.handlers, b.current_exc = saved_h, saved_e
    on_error = b.new_block()
    b.handlers.append(on_error)
    b.finally_stack.append(FinallyFrame(emit_finally))
    lower_try_except(b, s) if s.handlers else b.accept_block(s.body)
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
    emit_finally(exc)
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
    b.accept_block(s.body)
    b.handlers.pop()
    if s.else_body is not None:
        b.accept_block(s.else_body)
    b.goto(done)
    b.activate(handler)
    exc = b.reg(OBJ, "exc")
    take_exception(b, exc)
    if b.current_exc:   # raised and caught while an outer handler runs
        b.call_rt("rt_exc_chain", [exc, b.current_exc[-1]], raises=False)
    else:   # ...or while a caller's does
        handled = b.reg(OBJ)
        b.emit(o.GetGlobal(handled, "rt_handled"))
        b.call_rt("rt_exc_chain", [exc, handled], raises=False)
    for typ, var, body in zip(s.types, s.vars, s.handlers):
        match, nomatch = b.new_block(), b.new_block()
        if typ is None:
            b.goto(match)
        else:
            classes = typ.items if isinstance(typ, TupleExpr) else [typ]
            for c in classes:
                info = class_named(c)
                if info is None and classvalues.matches(b, exc, c, match):
                    continue   # a class value, or a tuple of them
                if info is None:
                    raise b.ctx.error(b.module, c, "except needs class names in unicc")
                nxt = b.new_block()
                hit = b.call_rt("rt_isinstance", [exc, b.addr(type_symbol(b, info, c))], BOOL, raises=False)
                b.branch(hit, match, nxt)
                b.activate(nxt)
            b.goto(nomatch)
        b.activate(match)
        if var is not None:
            assert isinstance(var.node, Var)
            store_var(b, var.node, exc, var)
        b.current_exc.append(exc)
        chained(b, exc, partial(b.accept_block, body))
        b.current_exc.pop()
        if var is not None and not b.block.terminated and isinstance(var.node, Var):
            # `except E as e` deletes e at the end of the handler
            key = b.locals[var.node] if var.node in b.locals else var.node.fullname
            b.unbinds.append((b.block, len(b.block.ops), len(b.local_reads) + len(b.unbinds), key))
        b.goto(done)
        b.activate(nomatch)
    # no handler matched: propagate
    b.call_rt("rt_reraise", [exc], raises=False)
    b.goto(b.handler())
    b.activate(done)


def class_named(e: Expression) -> TypeInfo | None:
    """The class e names: a class, or an alias of one (IOError is OSError)."""
    node = e.node if isinstance(e, RefExpr) else None
    if isinstance(node, TypeAlias):
        target = mapper.proper(node.target)
        node = target.type if isinstance(target, Instance) else None
    return node if isinstance(node, TypeInfo) else None


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
        b.accept_block(s.body)
        return
    e, target = s.expr[k], s.target[k]
    t = b.ctx.types.get(e)
    enter_name, exit_name = ("__aenter__", "__aexit__") if s.is_async else ("__enter__", "__exit__")
    check_manager(b, e, t, enter_name, exit_name)
    mgr = b.reg(OBJ, "mgr")
    b.assign(mgr, b.accept_as(e, OBJ))

    def result(name: str) -> Type | None:   # what calling (and awaiting) the method gives
        r = method_type(t, name)
        return await_result(r) if s.is_async else r

    def call(name: str, args: list[o.Register]) -> o.Register:
        if name == exit_name and star_exit(t, exit_name):   # __exit__(self, *exc): one tuple of the three
            args = [new_tuple(b, [b.coerce(a, OBJ) for a in args])]
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
    desc = b.reg(PTR)
    b.emit(o.Load(desc, exc, abi.TYPE_OFFSET))   # its type descriptor, and its class
    exc_type = b.call_rt("rt_class_of", [desc], OBJ, raises=False)
    got: list[o.Register] = []   # what __exit__ raises has the exception as __context__
    chained(b, exc, lambda: got.append(call(exit_name, [exc_type, exc, exc])))
    r = got[0]
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
    if star_exit(t, exit_name):
        return
    def loose(x: Type) -> bool:   # `object` takes what is passed too
        return mapper.fullname(x) == "builtins.object"
    if not (isinstance(ft, mapper.CallableType) and len(ft.arg_types) == 4
            and (isinstance(mapper.proper(mapper.optional_item(ft.arg_types[1])), TypeType) or loose(ft.arg_types[1]))
            and (mapper.opaque(ft.arg_types[3]) or loose(ft.arg_types[3]))):
        raise b.ctx.error(b.module, e, f"{info.name}.{exit_name} must take (type[BaseException] | None, "
                                       "BaseException | None, TracebackType | None) in unicc")


def star_exit(t: object, exit_name: str) -> bool:
    """`def __exit__(self, *exc: object)`: the three values come as one tuple
    (the traceback is the exception itself: there are no traceback objects)."""
    f = method_of(t, exit_name)
    ft = f.type if f is not None else None
    return isinstance(ft, mapper.CallableType) and len(ft.arg_kinds) == 2 and ft.arg_kinds[1] == ARG_STAR \
        and mapper.fullname(ft.arg_types[1]) == "builtins.object"


def method_of(t: object, name: str) -> FuncDef | None:
    """Method `name` of t's class, defined there or inherited."""
    inst = mapper.proper(t)  # type: ignore[arg-type]
    sym = inst.type.get(name) if isinstance(inst, Instance) else None
    return func_of(sym.node if sym is not None else None)


def method_type(t: object, name: str) -> Type | None:
    """The result type of method `name` called on a t: the declared one, with
    the type arguments of t (`Twice[int]`: `tuple[T, T]` is `tuple[int, int]`)."""
    inst, f = mapper.proper(t), method_of(t, name)  # type: ignore[arg-type]
    if not (isinstance(inst, Instance) and f is not None and isinstance(f.type, mapper.CallableType)
            and f.info is not None):
        return None
    return expand_type_by_instance(f.type.ret_type, map_instance_to_supertype(inst, f.info))
