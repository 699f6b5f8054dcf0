"""Monomorphisation of generic functions: one compiled copy per assignment of
run-time types to the function's type variables, made at first use.

A type variable bound to int compiles to i64 code, to float to double code,
and anything that is an object to pointer code, so `first(xs: list[T]) -> T`
called on a list[int] reads unboxed words, as a list[int] holds them.
"""

from __future__ import annotations

from mypy.checkexpr import has_any_type
from mypy.expandtype import expand_type
from mypy.maptype import map_instance_to_supertype
from mypy.nodes import CallExpr, Expression, FuncDef
from mypy.types import (
    AnyType, CallableType, Instance, NoneType, Parameters, ParamSpecType, TupleType, Type, TypeVarType, UnionType,
    has_type_vars,
)

from unicc.ir.rtypes import OBJ, RType
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, Context, FuncInfo
from unicc.irbuild.closures import func_info


def is_generic(f: FuncDef) -> bool:
    return isinstance(f.type, CallableType) and bool(f.type.variables)


def unify(outer: dict[str, RType] | None, formal: Type, actual: Type | None, out: dict[str, RType],
          types: dict[object, Type] | None = None) -> None:
    """Bind the type variables in `formal` from the matching parts of `actual`
    (run-time types in `out`, mypy types by type-variable id in `types`);
    `outer`: the substitution of the code the call is in."""
    f, a = mapper.proper(formal), mapper.proper(actual)
    if types is None:
        types = {}
    if isinstance(f, TypeVarType):
        # an Any (mypy's inference from an outer generic context) binds nothing: the arguments decide
        if f.fullname not in out and actual is not None and not isinstance(a, AnyType):
            out[f.fullname] = mapper.rtype(actual, outer)
            types[f.id] = actual
    elif isinstance(f, Instance) and isinstance(a, Instance):
        base = map_to_base(a, f.type.fullname)
        for fa, aa in zip(f.args, base.args if base else []):
            unify(outer, fa, aa, out, types)
    elif isinstance(f, TupleType) and isinstance(a, TupleType):
        for fa, aa in zip(f.items, a.items):
            unify(outer, fa, aa, out, types)
    elif isinstance(f, CallableType) and isinstance(a, CallableType) and f.param_spec() is not None:
        p = f.param_spec()   # Callable[P, R] (or Concatenate[X, P]): P is the rest of a's parameters
        assert p is not None
        n = len(f.arg_types) - 2
        for fa, aa in zip(f.arg_types[:n], a.arg_types):
            unify(outer, fa, aa, out, types)
        if p.fullname not in out and len(a.arg_types) >= n and not a.param_spec():
            out[p.fullname] = OBJ
            types[p.id] = Parameters(a.arg_types[n:], a.arg_kinds[n:], a.arg_names[n:])
        unify(outer, f.ret_type, a.ret_type, out, types)
    elif isinstance(f, CallableType) and isinstance(a, CallableType):
        for fa, aa in zip(f.arg_types, a.arg_types):
            unify(outer, fa, aa, out, types)
        unify(outer, f.ret_type, a.ret_type, out, types)
    elif isinstance(f, UnionType):
        items = [i for i in f.items if not isinstance(mapper.proper(i), NoneType)]
        if len(items) == 1:
            inner = mapper.optional_item(actual) if isinstance(a, UnionType) else actual
            unify(outer, items[0], inner, out, types)


def map_to_base(a: Instance, base: str) -> Instance | None:
    """`a` seen as an instance of its base class `base` (list[int] as Sequence[int])."""
    for info in a.type.mro:
        if info.fullname == base:
            return map_instance_to_supertype(a, info)
    return None


def arg_type(ctx: Context, e: CallExpr, arg: Expression, j: int) -> Type | None:
    """The type an argument binds type variables with.  A generic function
    value (`key=abs`, abs being `def [T] (SupportsAbs[T]) -> T`) binds them
    with the parameter as mypy instantiated it for this call (`def (int) ->
    int`), which is what the value made for it takes and returns."""
    t = ctx.types.get(arg)
    own = mapper.proper(t)
    if isinstance(own, CallableType) and own.variables:
        called = mapper.proper(ctx.types.get(e.callee))
        if isinstance(called, CallableType) and j < len(called.arg_types) \
                and not has_type_vars(called.arg_types[j]):
            return called.arg_types[j]
    return t


def instance(ctx: Context, outer: dict[str, RType] | None, e: CallExpr,
             f: FuncDef) -> tuple[str, dict[str, RType], dict[object, Type]]:
    """The compiled copy of generic `f` that call `e` (in code of substitution
    `outer`) uses: its key, run-time and mypy types of the type variables."""
    t = f.type
    assert isinstance(t, CallableType)
    subst: dict[str, RType] = {}
    tsubst: dict[object, Type] = {}
    # the call's own type binds result-only variables; arguments bind the rest
    unify(outer, t.ret_type, ctx.types.get(e), subst, tsubst)
    # a keyword argument binds the parameter of its name, not of its position
    pairs = []
    for i, (arg, name) in enumerate(zip(e.args, e.arg_names)):
        j = t.arg_names.index(name) if name is not None and name in t.arg_names else i
        if j < len(t.arg_types):
            pairs.append((t.arg_types[j], arg_type(ctx, e, arg, j)))
    for formal, actual in pairs:
        if not isinstance(mapper.proper(formal), CallableType):
            unify(outer, formal, actual, subst, tsubst)
    for formal, actual in pairs:
        unify(outer, formal, actual, subst, tsubst)
    for v in t.variables:
        subst.setdefault(v.fullname, OBJ)
    called = ctx.types.get(e)
    if called is not None and has_any_type(called) and all(v.id in tsubst for v in t.variables):
        # sorted(xs, key=to_key(cmp)): mypy's inference in the outer call's context says
        # Any where the arguments say int; what uses the result must see the copy's types
        ctx.types[e] = expand_type(t.ret_type, tsubst)  # type: ignore[arg-type]
    # one copy per run-time types, and per mypy types where builtins dispatch on them
    key = f"{f.fullname}[{','.join(f'{subst[v.fullname]}:{tsubst.get(v.id)}' for v in t.variables)}]"
    return key, subst, tsubst


def specialise(b: Builder, e: CallExpr, f: FuncDef) -> FuncInfo:
    key, subst, tsubst = instance(b.ctx, b.subst, e, f)
    info = b.ctx.funcs.get(key)
    if info is None:
        info = func_info(b.ctx, key, f, subst=subst)
        info.ptypes = [expand_type(pt, tsubst) if pt is not None else None for pt in info.ptypes]  # type: ignore[arg-type]
        b.ctx.funcs[key] = info
        b.ctx.param_specs[key] = {v.fullname: p for v in f.type.variables   # type: ignore[union-attr]
                                  if isinstance(v, ParamSpecType) and isinstance(p := tsubst.get(v.id), Parameters)}
        module = b.ctx.generic_defs[f.fullname]
        b.ctx.compile_function(module, f, info, f.name, subst=subst)
    return info
