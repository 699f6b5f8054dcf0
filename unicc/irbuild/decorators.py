"""Decorators written in the program, on module-level and nested functions.

`@deco def f(...)` compiles f's body as an ordinary function and, when the
def statement runs, binds the name f to `deco(<f as a value>)` (stacked
decorators apply from the innermost out, as CPython's).  A module-level
decorated function is then a global of the decorated value's type; a nested
one a local variable (a cell if closures use it).  Every use of the name,
calls included, goes through that value.  `@functools.wraps(g)` on a
nested def makes its function object answer g's __name__, __qualname__
and __module__ (closures.make_closure); there is no __doc__ or __wrapped__.

ParamSpec: a generic decorator `def deco(f: Callable[P, R]) -> Callable[P, R]`
named at the decoration is compiled per decorated signature (generic.py
binds P to its parameters): its wrapper's `*args: P.args, **kwargs:
P.kwargs` become those parameters, one word each, and `f(*args, **kwargs)`
passes them on (forward_call); a call of the decorated function matches
keywords and defaults to the function's own signature (call_decorated).  A
generic decorator made at run time (a decorator factory's result) is
compiled once, P as the tuple and dict of *args and **kwargs and type
variables as objects; the function goes in and the result comes out
through adapters (adapt).  `args` and `kwargs` are only passed on: the
values a wrapper would see differ (defaults filled in, keywords placed).
"""

from __future__ import annotations

from dataclasses import replace

from mypy.expandtype import expand_type
from mypy.infer import infer_type_arguments
from mypy.subtypes import is_same_type
from mypy.nodes import (
    ARG_POS, ARG_STAR, ARG_STAR2, GDEF, LDEF, CallExpr, Decorator, Expression, FuncDef, NameExpr, RefExpr, Var,
)
from mypy.types import CallableType, ParamSpecType, Type

from unicc.frontend.validate import SINGLEDISPATCH, extern_symbol, is_lowered, registers
from unicc.frontend.walk import written
from unicc.ir import abi, ops as o
from unicc.ir.rtypes import I64, OBJ, RType
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, Context, FuncInfo, new_function
from unicc.irbuild.arguments import call_value, default_value, match_args
from unicc.irbuild.closures import call_closure, make_closure, named, optional_tail
from unicc.irbuild.names import load_var
from unicc.irbuild.sequences import new_tuple

WRAPS = "functools.wraps"
CACHES = ("functools.cache", "functools.lru_cache")


def user_decorated(d: Decorator) -> bool:
    """Whether d's decorators are the program's own (not those the compiler
    implements itself: @cache, @singledispatch, @property, ...)."""
    if not d.decorators or is_lowered(d) or extern_symbol(d) is not None or d.func.info:
        return False
    return own_decorators(d)


def decorated_method(d: object) -> bool:
    """A method with the program's own decorators (and no @staticmethod,
    @classmethod or @property, which mypy has taken off d.decorators)."""
    return isinstance(d, Decorator) and bool(d.func.info) and bool(d.decorators) and \
        not (d.func.is_static or d.func.is_class or d.func.is_property) and own_decorators(d)


def own_decorators(d: Decorator) -> bool:
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


def wraps_arg(b: Builder, d: Decorator) -> o.Register | None:
    """The function `@functools.wraps(g)` on d names, evaluated before the def
    runs (as CPython evaluates decorators): the wrapper answers its __name__."""
    dec = next((x for x in d.decorators if is_wraps(x)), None)
    return b.accept(dec.args[0]) if isinstance(dec, CallExpr) else None


def reject_library(b: Builder, dec: Expression) -> None:
    """A decorator of a library (`@contextlib.contextmanager`) is not compiled."""
    callee = dec.callee if isinstance(dec, CallExpr) else dec
    if isinstance(callee, RefExpr) and isinstance(callee.node, FuncDef) and callee.kind != LDEF and \
            not any(callee.node.fullname.startswith(m + ".") for m in b.ctx.modules):
        raise b.ctx.error(b.module, dec, f"decorator @{written(dec) or '...'} is not supported by unicc")


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
            if b.fn.name.endswith("<module>"):   # a module-level function: no object of its own to rename
                raise b.ctx.error(b.module, dec, "@functools.wraps on a module-level function is not supported "
                                                 "by unicc (on a function nested in a decorator it is)")
            continue   # evaluated by nested_def (wraps_arg)
        reject_library(b, dec)
        ct = mapper.proper(b.ctx.types.get(dec))
        rt = d.var.type if i == 0 and d.var.type is not None else applied_type(b, dec, t)   # type: ignore[arg-type]
        if rt is None:
            raise b.ctx.error(b.module, dec, f"decorator @{written(dec) or '...'}: the type of the function it "
                                             "makes is not known to unicc (give the decorator a Callable type)")
        if isinstance(ct, CallableType) and ct.variables and \
                not (isinstance(dec, RefExpr) and isinstance(dec.node, FuncDef)):
            # a generic function made at run time (a decorator factory's result), compiled
            # once with its type variables as objects: fn goes in, and the result comes
            # out, through function objects that convert between the two conventions
            formal, made = mapper.proper(ct.arg_types[0]), mapper.proper(ct.ret_type)
            if len(ct.arg_types) != 1 or not isinstance(formal, CallableType) or \
                    not isinstance(made, CallableType) or not isinstance(t, CallableType):
                raise b.ctx.error(b.module, dec, f"decorator @{written(dec) or '...'} of this generic type is not "
                                                 "supported by unicc")
            deco = b.accept(dec)
            out = call_closure(b, deco, [adapt(b, fn, t, formal, dec)], OBJ, 1)
            fn = adapt(b, out, made, rt, dec)   # type: ignore[arg-type]
            t = rt
            continue
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



def keep_defaults(b: Builder, d: Decorator, value: o.Register) -> o.Register:
    """A decorated module-level function whose value takes the function's own
    parameters, some with defaults: the value in a function object of its own
    whose vtable has the code for calls through it that leave out parameters
    (function.omitting_entries).  Each passes the function's defaults on, as a
    direct call does (call_decorated); the name is the value's (rt_fn_name)."""
    ct, f = mapper.proper(d.var.type), d.func
    info = b.ctx.funcs.get(f.fullname)
    if not isinstance(ct, CallableType) or not isinstance(f.type, CallableType) or info is None or \
            ct.arg_names != f.type.arg_names or ct.arg_kinds != f.type.arg_kinds or not optional_tail(ct.arg_kinds):
        return value
    takes = [mapper.rtype(t, b.subst) for t in ct.arg_types]
    ret = mapper.ret_rtype(ct.ret_type, b.subst)
    n, opt = len(takes), optional_tail(ct.arg_kinds)
    # the defaults as the def statement evaluated them (a loop may run it again)
    defaults = [b.coerce(default_value(b, info, i, info.defaults[i]), takes[i])  # type: ignore[arg-type]
                for i in range(n - opt, n)]
    codes = []
    for m in range(opt + 1):
        tb, (env, *xs) = new_function(b.ctx, b.module, f"{info.name}.decorated.omit{m}",
                                      [("env", OBJ)] + list(zip(info.arg_names, takes[:n - m])), ret, f.name)
        xs += [tb.get_field(env, 1 + j, takes[n - opt + j]) for j in range(opt - m, opt)]
        r = call_closure(tb, tb.get_field(env, 1 + opt, OBJ), xs, ret, n)
        tb.emit(o.Return(None if ret.is_void else r))
        tb.finish()
        codes.append(tb.fn.name)
    fields = [("code", I64)] + [(f"default{n - opt + j}", dv.type) for j, dv in enumerate(defaults)] + \
        [("<wrapped>", OBJ)]
    sym = b.ctx.builtin_class(f"type.fn.{info.name}.decorated", "", fields, b.module)
    b.ctx.classes[sym].ir.vtable = codes[1:]
    obj = b.alloc(sym, len(fields))
    b.set_field(obj, 0, b.addr(codes[0]))
    for j, dv in enumerate(defaults):
        b.set_field(obj, 1 + j, dv)
    b.set_field(obj, 1 + opt, b.coerce(value, OBJ))
    return obj


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
    if not ok and len(e.args) == 2 and e.arg_kinds == [ARG_STAR, ARG_STAR2] and isinstance(ct, CallableType) and \
            ct.param_spec() is not None and len(ct.arg_types) == 2 and not b.spread and \
            all(isinstance(a, NameExpr) and isinstance(a.node, Var) for a in e.args):
        # P not bound here (a decorator factory's): f takes the tuple and the dict
        fn = b.accept(e.callee)
        packed = [load_var(b, a, a.node) for a in e.args]  # type: ignore[attr-defined]
        return call_closure(b, fn, packed, mapper.ret_rtype(ct.ret_type, b.subst), 2)
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


def convention(b: Builder, sig: CallableType) -> tuple[list[RType], RType] | None:
    """How code of this type takes its arguments: their run-time types and its
    result's; None for Callable[P, R] with P not bound here (a tuple of the
    positional arguments and a dict of the keywords: a wrapper's *args, **kwargs)."""
    if sig.param_spec() is not None and sig.param_spec().fullname not in b.param_specs:  # type: ignore[union-attr]
        return None
    return [mapper.rtype(a, b.subst) for a in sig.arg_types], mapper.ret_rtype(sig.ret_type, b.subst)


def adapt(b: Builder, fn: o.Register, have: CallableType, want: CallableType, at: Expression) -> o.Register:
    """fn, a function object of type `have`, as one called as `want` is (boxing
    and unboxing its arguments and result, or packing them for a ParamSpec
    wrapper's *args and **kwargs)."""
    h, w = convention(b, have), convention(b, want)
    if h == w:
        return fn
    if h is None and w is None:
        return fn
    name = b.ctx.unique(f"{b.fn.name}.adapt")
    if w is None:   # called with (args tuple, kwargs dict): fn takes them one by one
        assert h is not None
        params = [("env", OBJ), ("args", OBJ), ("kwargs", OBJ)]
        ret = OBJ
    else:
        params = [("env", OBJ)] + [(f"x{i}", t) for i, t in enumerate(w[0])]
        ret = w[1]
    tb, (env, *xs) = new_function(b.ctx, b.module, name, params, ret, "adapter")
    tb.subst = b.subst
    inner = tb.get_field(env, 1, OBJ)
    if h is None:   # fn takes (args, kwargs): pack what it is given
        assert w is not None
        kw = tb.call_rt("rt_dict_new", [tb.int(OBJ.kind), tb.int(OBJ.kind)], OBJ)
        r = call_closure(tb, inner, [new_tuple(tb, list(xs)), kw], OBJ, 2)
        have_ret = OBJ
    else:
        if w is None:
            if not all(k.is_positional() and not k.is_star() for k in have.arg_kinds):
                raise b.ctx.error(b.module, at, "a ParamSpec decorator made at run time, on a function with "
                                                "parameters that are not positional, is not supported by unicc")
            args = [tb.get_field(xs[0], abi.TUPLE_ITEMS + i, t) for i, t in enumerate(h[0])]
        else:
            args = [tb.coerce(x, t) for x, t in zip(xs, h[0])]
        r = call_closure(tb, inner, args, h[1], len(args))
        have_ret = h[1]
    if ret.is_void:
        tb.emit(o.Return(None))
    elif have_ret.is_void:
        tb.emit(o.Return(tb.none()))
    else:
        tb.emit(o.Return(tb.coerce(r, ret)))
    tb.finish()
    inner_fn = b.coerce(fn, OBJ)
    return make_closure(b, name, [inner_fn], named=("", b.module, inner_fn))   # its names are fn's


# ---- methods ------------------------------------------------------------------------------
# `@deco def m(self, ...)` in a class: the class statement binds C.m to
# deco(<m as a function>), kept in a global; the method itself (what the
# vtable and every call reach) calls that value with self and its arguments,
# so overriding, inheritance and super() work as for any method.

def undecorated(fi: FuncInfo) -> FuncInfo:
    """Where a decorated method's own body is compiled."""
    return replace(fi, name=fi.name + ".undecorated")


def compile_method_entry(ctx: Context, module: str, d: Decorator, fi: FuncInfo) -> None:
    """The method as callers reach it: the decorated value, called."""
    g = ctx.globals[decorated_global(d)]
    b, params = new_function(ctx, module, fi.name, list(zip(fi.arg_names, fi.params)), fi.ret, d.name)
    fn = b.reg(g.type)
    b.emit(o.GetGlobal(fn, g.name))
    t = mapper.proper(d.var.type)
    assert isinstance(t, CallableType)
    takes = [mapper.rtype(a) for a in t.arg_types]
    ret = mapper.ret_rtype(t.ret_type)
    r = call_closure(b, fn, [b.coerce(p, want) for p, want in zip(params, takes)], ret, len(params))
    b.emit(o.Return(None if fi.ret.is_void else b.coerce(r, fi.ret) if not ret.is_void else b.none()))
    b.finish()


def method_signature_kept(d: Decorator) -> bool:
    """Whether the decorated method has the signature its def declares:
    callers reach it as the method (a decorator that changes the parameters
    or the result is not supported on methods)."""
    t, f = mapper.proper(d.var.type), d.func.type
    return isinstance(t, CallableType) and isinstance(f, CallableType) and t.arg_kinds == f.arg_kinds and \
        all(a.is_positional() for a in t.arg_kinds) and is_same_type(t.ret_type, f.ret_type) and \
        all(is_same_type(x, y) for x, y in zip(t.arg_types[1:], f.arg_types[1:]))


def init_decorated_method(b: Builder, d: Decorator, fi: FuncInfo) -> None:
    """Run by the class statement: C.m = deco(<m>)."""
    for dec in d.decorators:
        reject_library(b, dec)
    if not method_signature_kept(d):
        raise b.ctx.error(b.module, d, f"decorated method {d.name}: a decorator on a method must keep its "
                                       "parameters and result (Callable[P, R] -> Callable[P, R]) in unicc")
    inner = undecorated(fi)
    vb, (env, *xs) = new_function(b.ctx, b.module, inner.name + ".value", [("env", OBJ)] + list(
        zip(inner.arg_names, inner.params)), inner.ret, d.name)
    r = vb.call(inner, xs)
    vb.emit(o.Return(None if inner.ret.is_void else r))
    vb.finish()
    fn = make_closure(b, inner.name + ".value", [], named=named(b, d.func))
    g = b.ctx.globals[decorated_global(d)]
    b.emit(o.SetGlobal(g.name, b.coerce(decorate(b, d, fn), g.type)))
