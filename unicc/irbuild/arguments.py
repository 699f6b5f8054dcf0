"""Calls: matching a call's arguments to a function's parameters (keywords,
defaults, *args), and calls of function values."""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Expression, FuncDef, TupleExpr
from mypy.types import Type, has_type_vars

from unicc.frontend.walk import written
from unicc.ir import abi, ops as o
from unicc.ir.rtypes import RType
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, FuncInfo
from unicc.irbuild.closures import call_closure, closure_defaults, func_info, is_literal


EXC_TYPES = frozenset(abi.BUILTIN_EXCEPTIONS)   # the builtin exception classes (runtime/include/exc_types.h)


def match_args(b: Builder, e: CallExpr, info: FuncInfo, fdef: FuncDef | None, skip: int = 0,
               env: o.Register | None = None) -> list[o.Register]:
    """Arguments in parameter order, defaults filled in (evaluated left to right).
    `env`: the function object of a nested def, which keeps its defaults."""
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
            if env is not None and fdef is not None and not is_literal(d):
                # the nested def's function object keeps it (closure_defaults)
                field = 1 + closure_defaults(fdef).index(skip + i - 1)
                s = b.get_field(env, field, info.params[skip + i])
            else:
                ft = fdef.type if fdef is not None else None
                declared = ft.arg_types[skip + i - int(info.has_env)] if isinstance(ft, mapper.CallableType) else None
                s = default_value(b, info, skip + i, d, declared)
        out.append(s)
    return out


def expect_callable(b: Builder, arg: Expression, t: object) -> None:
    """A function value passed where a Callable type is declared must follow that type."""
    if t is not None and has_type_vars(t):  # type: ignore[arg-type]
        return   # a generic parameter: the argument keeps its own type
    p = mapper.proper(t) if t is not None else None  # type: ignore[arg-type]
    if isinstance(mapper.proper(mapper.optional_item(p)), mapper.CallableType):
        t = p = mapper.proper(mapper.optional_item(p))   # Callable[[T], object] | None: the function when given
    if isinstance(p, mapper.CallableType):
        b.expected.setdefault(arg, t)  # type: ignore[arg-type]  # the outermost context wins
    elif isinstance(p, mapper.TupleType) and isinstance(arg, TupleExpr):
        for x, xt in zip(arg.items, p.items):
            expect_callable(b, x, xt)


def default_value(b: Builder, info: FuncInfo, i: int, d: Expression, declared: Type | None = None) -> o.Register:
    """Defaults are evaluated once, when the def runs, and every call shares the
    value: those that are not literals live in a global (set by set_default)."""
    if is_literal(d) or info.fresh_defaults:
        return b.accept_as(d, info.params[i])
    t = declared if declared is not None else info.ptypes[i] if len(info.ptypes) > i else None
    if t is not None and has_type_vars(t):
        # its items would differ in representation between the copies of the function
        raise b.ctx.error(b.module, d, "a default value other than a literal for a parameter whose type "
                                       "has a type variable is not supported by unicc")
    g = default_global(b, info, i, d)
    r = b.reg(g.type)
    b.emit(o.GetGlobal(r, g.name))
    return b.coerce(r, info.params[i])


def default_global(b: Builder, info: FuncInfo, i: int, d: Expression) -> o.GlobalIR:
    return default_global_for(b, info.name, i, info.params[i], d)


def default_global_for(b: Builder, name: str, i: int, t: RType, d: Expression) -> o.GlobalIR:
    g = b.ctx.default_globals.get(d)
    if g is None:
        g = b.ctx.default_globals[d] = b.ctx.global_var(f"{name}.default{i}", t)
    return g


def set_def_defaults(b: Builder, f: FuncDef) -> None:
    """The def statement of a module-level function or of a method (in the class
    body) runs: its defaults are evaluated."""
    ft = f.type
    for i, a in enumerate(f.arguments):
        d = a.initializer
        if d is not None and not is_literal(d) and isinstance(ft, mapper.CallableType) \
                and not has_type_vars(ft.arg_types[i]):
            g = default_global_for(b, f.fullname, i, mapper.rtype(ft.arg_types[i], b.subst), d)
            b.emit(o.SetGlobal(g.name, b.accept_as(d, g.type)))


def call_nested(b: Builder, e: CallExpr, f: FuncDef) -> o.Register:
    """A call of a nested def by its name: keywords and defaults as for any def."""
    fn = b.accept(e.callee)
    info = func_info(b.ctx, f.name, f, has_env=True, subst=b.subst)
    args = match_args(b, e, info, f, skip=1, env=fn)
    return call_closure(b, fn, args, info.ret, len(args))


def call_value(b: Builder, e: CallExpr) -> o.Register:
    """Calling a Callable value: closure object, field 0 is the code address."""
    ct = mapper.proper(b.ctx.types.get(e.callee))
    if not isinstance(ct, mapper.CallableType):
        what = f"'{written(e.callee)}', a value of type" if written(e.callee) else "a value of type"
        raise b.ctx.error(b.module, e, f"calling {what} {mapper.shown(ct)} is not supported by unicc")
    if any(k != ARG_POS for k in e.arg_kinds):
        raise b.ctx.error(b.module, e, "keyword arguments to Callable values are not supported by unicc")
    if len(e.args) < len(ct.arg_types):   # the value's defaults are not known where it is called
        raise b.ctx.error(b.module, e, "calling a function value without all its arguments (leaving its "
                                       "defaults out) is not supported by unicc; pass them all, or give "
                                       "the value a Callable type with fewer parameters")
    fn = b.accept(e.callee)
    params = [mapper.rtype(t, b.subst) for t in ct.arg_types]
    args = []
    for a, t, mt in zip(e.args, params, ct.arg_types):
        expect_callable(b, a, mt)
        args.append(b.accept_as(a, t))
    return call_closure(b, fn, args, mapper.ret_rtype(ct.ret_type, b.subst), len(params))
