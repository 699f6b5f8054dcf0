"""Decorators written in the program, on module-level and nested functions.

`@deco def f(...)` compiles f's body as an ordinary function and, when the
def statement runs, binds the name f to `deco(<f as a value>)` (stacked
decorators apply from the innermost out, as CPython's).  A module-level
decorated function is then a global of the decorated value's type; a nested
one a local variable (a cell if closures use it).  Every use of the name,
calls included, goes through that value.  `@functools.wraps(g)` gives the
function back unchanged: unicc's function objects have no __name__,
__doc__ or __wrapped__ to copy.
"""

from __future__ import annotations

from mypy.expandtype import expand_type
from mypy.infer import infer_type_arguments
from mypy.nodes import ARG_POS, ARG_STAR, ARG_STAR2, GDEF, CallExpr, Decorator, Expression, FuncDef, NameExpr, RefExpr
from mypy.types import CallableType, ParamSpecType, Type

from unicc.frontend.validate import SINGLEDISPATCH, extern_symbol, is_lowered, registers
from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder
from unicc.irbuild.arguments import call_value, match_args
from unicc.irbuild.closures import call_closure

WRAPS = "functools.wraps"
CACHES = ("functools.cache", "functools.lru_cache")


def user_decorated(d: Decorator) -> bool:
    """Whether d's decorators are the program's own (not those the compiler
    implements itself: @cache, @singledispatch, @property, ...)."""
    if not d.decorators or is_lowered(d) or extern_symbol(d) is not None or d.func.info:
        return False
    for dec in d.decorators:
        callee = dec.callee if isinstance(dec, CallExpr) else dec
        name = callee.fullname if isinstance(callee, RefExpr) else ""
        if name in CACHES or name in SINGLEDISPATCH or registers(dec) or \
                name in ("typing.overload", "typing_extensions.overload", "typing.final", "typing.override",
                         "typing_extensions.final", "typing_extensions.override"):
            return False
    return True


def decorated_global(d: Decorator) -> str:
    return f"{d.func.fullname}.<decorated>"


def is_wraps(dec: Expression) -> bool:
    return isinstance(dec, CallExpr) and isinstance(dec.callee, RefExpr) and dec.callee.fullname == WRAPS


def applied_type(b: Builder, dec: Expression, arg: Type) -> Type | None:
    """The type of `dec(x)` for x of type arg (a generic decorator's result
    with its type variables bound by arg)."""
    ct = mapper.proper(b.ctx.types.get(dec))
    if not isinstance(ct, CallableType) or not ct.arg_types:
        return None
    if not ct.variables:
        return ct.ret_type
    found = infer_type_arguments(ct.variables, ct.arg_types[0], arg)
    if any(t is None for t in found):
        return None
    return expand_type(ct.ret_type, {v.id: t for v, t in zip(ct.variables, found)})  # type: ignore[misc]


def decorate(b: Builder, d: Decorator, fn: o.Register) -> o.Register:
    """Apply d's decorators to fn (the undecorated function as a value)."""
    t: Type | None = d.func.type
    for i in reversed(range(len(d.decorators))):
        dec = d.decorators[i]
        if isinstance(dec, CallExpr) and is_wraps(dec):
            b.accept(dec.args[0])   # evaluated, as CPython does
            continue
        callee = dec.callee if isinstance(dec, CallExpr) else dec
        if isinstance(callee, RefExpr) and isinstance(callee.node, FuncDef) and \
                not any(callee.node.fullname.startswith(m + ".") for m in b.ctx.modules):
            raise b.ctx.error(b.module, dec, f"decorator @{written(dec) or '...'} is not supported by unicc")
        ct = mapper.proper(b.ctx.types.get(dec))
        if isinstance(ct, CallableType) and ct.variables and \
                not (isinstance(dec, RefExpr) and isinstance(dec.node, FuncDef)) and \
                t is not None and any(x is not None and not mapper.rtype(x).is_obj
                                      for x in infer_type_arguments(ct.variables, ct.arg_types[0], t)):
            raise b.ctx.error(b.module, dec, f"decorator @{written(dec) or '...'}: a generic function made at run "
                                             "time (a decorator factory's result), applied to a function of "
                                             "ints, floats or bools, is not supported by unicc; give the factory's "
                                             "result a Callable type without type variables")
        rt = d.var.type if i == 0 and d.var.type is not None else applied_type(b, dec, t)   # type: ignore[arg-type]
        if rt is None:
            raise b.ctx.error(b.module, dec, f"decorator @{written(dec) or '...'}: the type of the function it "
                                             "makes is not known to unicc (give the decorator a Callable type)")
        arg = NameExpr(d.func.name)
        arg.set_line(dec)
        assert t is not None
        b.ctx.types[arg] = t
        b.pinned[arg] = fn
        call = CallExpr(dec, [arg], [ARG_POS], [None])
        call.set_line(dec)
        b.ctx.types[call] = rt
        fn = b.accept(call)
        t = rt
    return fn



def forward_call(b: Builder, e: CallExpr) -> o.Register:
    """`f(*args, **kwargs)` in a wrapper taking `*args: P.args, **kwargs:
    P.kwargs`, f a Callable[P, R]: f called with the wrapper's own
    parameters, which are P's in the copy compiled for the decorated function."""
    star = [a for a, k in zip(e.args, e.arg_kinds) if k == ARG_STAR]
    star2 = [a for a, k in zip(e.args, e.arg_kinds) if k == ARG_STAR2]
    ct = mapper.proper(b.ctx.types.get(e.callee))
    ok = len(e.args) == 2 and e.arg_kinds == [ARG_STAR, ARG_STAR2] and isinstance(ct, CallableType) and \
        ct.param_spec() is not None and len(ct.arg_types) == 2 and \
        isinstance(star[0], NameExpr) and star[0].node in b.spread and \
        isinstance(star2[0], NameExpr) and isinstance(mapper.proper(getattr(star2[0].node, "type", None)),
                                                          ParamSpecType)
    if not b.spread:
        raise b.ctx.error(b.module, e, f"{written(e.callee) or 'f'}(*args, **kwargs) with `*args: P.args`: unicc "
                                       "compiles it in a generic decorator called with the decorated function, "
                                       "which binds P; not in a function nested in a decorator factory or "
                                       "another function that leaves P unbound")
    if not ok or not isinstance(ct, CallableType):
        raise b.ctx.error(b.module, e, f"this call of {written(e.callee) or 'a function'} with *args: P.args: "
                                       "unicc passes `*args: P.args, **kwargs: P.kwargs` on only as "
                                       "f(*args, **kwargs), f a Callable[P, R]")
    fn = b.accept(e.callee)
    assert isinstance(star[0], NameExpr) and star[0].node is not None
    args = b.spread[star[0].node]
    return call_closure(b, fn, list(args), mapper.ret_rtype(ct.ret_type, b.subst), len(args))


def call_decorated(b: Builder, e: CallExpr, d: Decorator) -> o.Register:
    """A call of a decorated module-level function.  Where the decorated value
    takes the function's own parameters (a decorator typed Callable[P, R] ->
    Callable[P, R]), keywords and defaults are matched to the function's
    signature and the value is called with every argument in order."""
    ct = mapper.proper(b.ctx.types.get(e.callee))
    f = d.func
    info = b.ctx.funcs.get(f.fullname)
    if isinstance(ct, CallableType) and isinstance(f.type, CallableType) and info is not None and \
            isinstance(e.callee, RefExpr) and e.callee.kind == GDEF and \
            ct.arg_names == f.type.arg_names and ct.arg_kinds == f.type.arg_kinds and \
            not any(k.is_star() for k in ct.arg_kinds) and \
            (len(e.args) < len(ct.arg_types) or any(k != ARG_POS for k in e.arg_kinds)):
        fn = b.accept(e.callee)
        args = match_args(b, e, info, f)
        params = [mapper.rtype(t, b.subst) for t in ct.arg_types]
        return call_closure(b, fn, [b.coerce(a, t) for a, t in zip(args, params)],
                            mapper.ret_rtype(ct.ret_type, b.subst), len(args))
    return call_value(b, e)


def is_param_spec(b: Builder, e: Expression) -> bool:
    """e is a `*args: P.args` parameter."""
    return isinstance(mapper.proper(b.ctx.types.get(e)), ParamSpecType)
