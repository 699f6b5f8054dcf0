"""functools.singledispatch: the registrations are decorators of module-level
defs, so the compiler knows them all; the generic function begins by testing
its first argument against each registered class, the most derived first
(with single inheritance that is the first one of the argument's MRO, which
CPython picks), and calls that implementation.  A value none matches runs
the body of the generic function itself."""

from __future__ import annotations

from mypy.nodes import CallExpr, Decorator, Expression, FuncDef, MemberExpr, RefExpr, TypeInfo
from mypy.types import Instance

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, Context
from unicc.irbuild.prepare import type_symbol

SINGLEDISPATCH = "functools.singledispatch"


def is_singledispatch(d: Decorator) -> bool:
    return len(d.decorators) == 1 and isinstance(d.decorators[0], RefExpr) and \
        d.decorators[0].fullname == SINGLEDISPATCH


def registered_on(dec: Expression) -> tuple[FuncDef, Expression | None] | None:
    """For `@f.register` or `@f.register(C)` of a singledispatch f: f, and C's expression."""
    cls = None
    if isinstance(dec, CallExpr) and len(dec.args) == 1:
        cls, dec = dec.args[0], dec.callee
    if isinstance(dec, MemberExpr) and dec.name == "register" and isinstance(dec.expr, RefExpr) and \
            isinstance(dec.expr.node, Decorator) and is_singledispatch(dec.expr.node):
        return dec.expr.node.func, cls
    return None


def register(ctx: Context, module: str, d: Decorator) -> None:
    """Record `@f.register(C) def impl` (or C from impl's first annotation)."""
    reg = registered_on(d.decorators[0]) if len(d.decorators) == 1 else None
    if reg is None:
        raise ctx.error(module, d, "@register combined with other decorators is not supported by unicc")
    generic, cls = reg
    info: TypeInfo | None = None
    if isinstance(cls, RefExpr) and isinstance(cls.node, TypeInfo):
        info = cls.node
    elif cls is None and isinstance(d.func.type, mapper.CallableType) and d.func.type.arg_types:
        first = mapper.proper(d.func.type.arg_types[0])
        info = first.type if isinstance(first, Instance) else None
    if info is None:
        raise ctx.error(module, d, f"@{generic.name}.register of this type is not supported by unicc "
                                   "(register a class, by name or by the first parameter's annotation)")
    ctx.dispatch.setdefault(generic.fullname, []).append((info, d.func))


def dispatch_prologue(b: Builder, f: FuncDef) -> None:
    """Call the implementation registered for the first argument's class, if any."""
    impls = sorted(b.ctx.dispatch.get(f.fullname, []), key=lambda r: -len(r[0].mro))
    if not impls or not b.py_params:
        return
    x = b.py_params[0]
    for info, impl in impls:
        fi = b.ctx.funcs[impl.fullname]
        if x.type.is_obj:
            hit = b.call_rt("rt_isinstance", [x, b.addr(type_symbol(b, info, impl))], BOOL, raises=False)
        else:   # an unboxed int or float: its static type says
            ft = f.type
            declared = mapper.instance_info(ft.arg_types[0]) if isinstance(ft, mapper.CallableType) else None
            hit = b.const(declared is not None and info in declared.mro, BOOL)
        yes, no = b.new_block(), b.new_block()
        b.branch(hit, yes, no)
        b.activate(yes)
        args = [b.coerce(r, t) for r, t in zip(b.py_params, fi.params)]
        r = b.call(fi, args)
        b.emit(o.Return(None if b.fn.ret.is_void else b.coerce(r, b.fn.ret)))
        b.activate(no)
