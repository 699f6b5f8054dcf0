"""Calls: matching a call's arguments to a function's parameters (keywords,
defaults, *args), and calls of function values."""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Expression, FuncDef, TupleExpr
from mypy.types import has_type_vars

from unicc.ir import abi, ops as o
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, FuncInfo
from unicc.irbuild.closures import call_closure


EXC_TYPES = frozenset(abi.BUILTIN_EXCEPTIONS)   # the builtin exception classes (runtime/include/exc_types.h)


def match_args(b: Builder, e: CallExpr, info: FuncInfo, fdef: FuncDef | None, skip: int = 0) -> list[o.Register]:
    """Arguments in parameter order, defaults filled in (evaluated left to right)."""
    names = info.arg_names[skip:]
    slots: list[o.Register | None] = [None] * len(names)
    for arg, name in zip(e.args, e.arg_names):
        idx = names.index(name) if name is not None else next(i for i, s in enumerate(slots) if s is None)
        expect_callable(b, arg, info.ptypes[skip + idx] if len(info.ptypes) > skip + idx else None)
        slots[idx] = b.accept_as(arg, info.params[skip + idx])
    out = []
    for i, s in enumerate(slots):
        if s is None:
            d = info.defaults[skip + i]
            if d is None:
                raise b.ctx.error(b.module, e, f"missing argument '{names[i]}'")
            s = default_value(b, info, skip + i, d)
        out.append(s)
    return out


def expect_callable(b: Builder, arg: Expression, t: object) -> None:
    """A function value passed where a Callable type is declared must follow that type."""
    if t is not None and has_type_vars(t):  # type: ignore[arg-type]
        return   # a generic parameter: the argument keeps its own type
    p = mapper.proper(t) if t is not None else None  # type: ignore[arg-type]
    if isinstance(p, mapper.CallableType):
        b.expected.setdefault(arg, t)  # type: ignore[arg-type]  # the outermost context wins
    elif isinstance(p, mapper.TupleType) and isinstance(arg, TupleExpr):
        for x, xt in zip(arg.items, p.items):
            expect_callable(b, x, xt)


def default_value(b: Builder, info: FuncInfo, i: int, d: Expression) -> o.Register:
    """Defaults are evaluated once, when the def runs: non-literal ones live in a global."""
    g = b.ctx.globals.get(f"{info.name}.default{i}")
    if g is not None:
        r = b.reg(g.type)
        b.emit(o.GetGlobal(r, g.name))
        return r
    return b.accept_as(d, info.params[i])


def call_value(b: Builder, e: CallExpr) -> o.Register:
    """Calling a Callable value: closure object, field 0 is the code address."""
    ct = mapper.proper(b.ctx.types.get(e.callee))
    if not isinstance(ct, mapper.CallableType):
        raise b.ctx.error(b.module, e, "calling this kind of object is not supported by unicc")
    if any(k != ARG_POS for k in e.arg_kinds):
        raise b.ctx.error(b.module, e, "keyword arguments to Callable values are not supported by unicc")
    fn = b.accept(e.callee)
    params = [mapper.rtype(t, b.subst) for t in ct.arg_types]
    args = []
    for a, t, mt in zip(e.args, params, ct.arg_types):
        expect_callable(b, a, mt)
        args.append(b.accept_as(a, t))
    return call_closure(b, fn, args, mapper.ret_rtype(ct.ret_type, b.subst), len(params))
