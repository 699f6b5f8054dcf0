"""Calls: matching a call's arguments to a function's parameters (keywords,
defaults, *args), and calls of function values."""

from __future__ import annotations

from mypy.nodes import (
    ARG_POS, ARG_STAR, ARG_STAR2, CallExpr, ConditionalExpr, DictExpr, Expression, FuncDef, IndexExpr, MemberExpr,
    NameExpr, OpExpr, StarExpr, TupleExpr, Var,
)
from mypy.types import Instance, Type, has_type_vars

from unicc.frontend.walk import written
from unicc.ir import abi, ops as o
from unicc.ir.rtypes import OBJ, PTR, RType
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, FuncInfo
from unicc.irbuild.classtypes import class_type, is_exception
from unicc.irbuild.closures import call_closure, closure_defaults, func_info, is_literal, optional_tail
from unicc.irbuild import kwargs_spread
from unicc.irbuild.itemtype import adopt_declared, check_known_items, type_arg
from unicc.irbuild.kwargs_spread import Spread


EXC_TYPES = frozenset(abi.BUILTIN_EXCEPTIONS)   # the builtin exception classes (runtime/include/exc_types.h)


def match_args(b: Builder, e: CallExpr, info: FuncInfo, fdef: FuncDef | None, skip: int = 0,
               env: o.Register | None = None) -> list[o.Register]:
    """Arguments in parameter order, defaults filled in (evaluated left to right).
    Positional arguments past the named parameters, and `*xs`, make the
    tuple of a `*args` parameter; keywords that name no parameter, the dict
    of a `**kwargs` one.  `env`: the function object of a nested def, which
    keeps its defaults."""
    names = info.arg_names[skip:]
    kinds = info.kinds[skip:] or [ARG_POS] * len(names)
    star = next((i for i, k in enumerate(kinds) if k == ARG_STAR), None)
    star2 = next((i for i, k in enumerate(kinds) if k == ARG_STAR2), None)
    slots: list[o.Register | None] = [None] * len(names)
    extra: list[tuple[Expression, o.Register, bool]] = []   # for *args: (arg, value, is *xs)
    extra_kw: list[tuple[str, o.Register] | Spread] = []     # for **kwargs, in the call's order
    spreads: list[Spread] = []                               # the **d arguments
    given: set[str] = set()
    for arg, name, kind in zip(e.args, e.arg_names, e.arg_kinds):
        if kind == ARG_STAR2 and isinstance(arg, DictExpr) and not arg.items:
            continue   # f(**{}): nothing
        if kind == ARG_STAR2 and kwargs_spread.definition(b, e, fdef) is not None:
            spreads.append(Spread(b, e, arg))
            extra_kw.append(spreads[-1])
            continue
        if kind == ARG_STAR2 or kind == ARG_STAR and star is None:
            raise b.ctx.error(b.module, e, f"{'**' if kind == ARG_STAR2 else '*'}{written(arg) or '...'} in "
                                           f"this call: *args/**kwargs in calls are not supported by unicc")
        free = next((i for i, s in enumerate(slots) if s is None and kinds[i].is_positional()
                     and i != star), None) if name is None else None
        if kind == ARG_STAR or name is None and free is None:
            if kind == ARG_STAR and free is not None and (star is None or free < star):
                raise b.ctx.error(b.module, e, f"*{written(arg) or '...'} in this call fills named parameters: "
                                               "this is not supported by unicc (only the *args parameter)")
            extra.append((arg, b.accept(arg), kind == ARG_STAR))
            continue
        if name is not None and name not in names or name is not None and kinds[names.index(name)].is_star():
            extra_kw.append((name, b.accept_as(arg, star_item_rtype(b, info, skip + (star2 or 0)))))
            continue
        idx = names.index(name) if name is not None else free
        assert idx is not None
        declared = info.ptypes[skip + idx] if len(info.ptypes) > skip + idx else None
        expect_callable(b, arg, declared)
        if declared is not None and not has_type_vars(declared):   # (the callee's, not ours)
            adopt_declared(b, arg, declared)
        slots[idx] = b.accept_as(arg, info.params[skip + idx])
        if name is not None:
            given.add(name)

    def default_for(i: int) -> o.Register | None:
        d = info.defaults[skip + i]
        if d is None:
            return None
        if env is not None and fdef is not None and not is_literal(d):
            # the nested def's function object keeps it (closure_defaults)
            field = 1 + closure_defaults(fdef).index(skip + i - 1)
            return b.get_field(env, field, info.params[skip + i])
        ft = fdef.type if fdef is not None else None
        declared = ft.arg_types[skip + i - int(info.has_env)] if isinstance(ft, mapper.CallableType) else None
        return default_value(b, info, skip + i, d, declared)
    # mypy checked the calls written in the program; a call the compiler
    # makes (type(self)(...) of a subclass) can still not fit
    if extra and star is None:
        raise b.ctx.error(b.module, e, f"{len(e.args)} arguments given: too many positional arguments")
    if star2 is None and any(not isinstance(kw, Spread) for kw in extra_kw):
        raise b.ctx.error(b.module, e, "an unexpected keyword argument")
    keywordable: list[int] = []
    if spreads:
        fd = kwargs_spread.definition(b, e, fdef)
        assert fd is not None
        kwargs_spread.check_repeated(b, e, kwargs_spread.names(b, fd), spreads)
        args = fd.arguments[skip - int(info.has_env):]
        keywordable = [i for i, k in enumerate(kinds) if not k.is_star() and names[i] and not args[i].pos_only]
        kwargs_spread.bind(b, kwargs_spread.names(b, fd), kinds, names, info.params[skip:], keywordable, slots, given, spreads,
                    [d is not None for d in info.defaults[skip:]], default_for, star2 is not None)
    if star is not None:
        slots[star] = star_tuple(b, info.ptypes[skip + star], extra)
    if star2 is not None:
        kw = slots[star2] = kwargs_dict(b, info, info.ptypes[skip + star2], extra_kw)
        if spreads:
            kwargs_spread.drop_params(b, kw, [names[i] for i in keywordable])
    out = []
    for i, s in enumerate(slots):
        if s is None:
            s = default_for(i)
            if s is None:
                raise b.ctx.error(b.module, e, f"missing argument '{names[i]}'")
        out.append(s)
    return out


def star_item_rtype(b: Builder, info: FuncInfo, i: int) -> RType:
    """The type of the items of a *args tuple or the values of a **kwargs dict."""
    t = info.ptypes[i] if i < len(info.ptypes) else None
    return callee_kind(info, t, 1 if mapper.fullname(t) == "builtins.dict" else 0)


def callee_kind(info: FuncInfo, t: Type | None, i: int) -> RType:
    """slot_kind of a parameter's type as the callee compiled it: its type
    variables bound by the callee's specialisation (`**kw: V` of Box[int]'s
    method keeps int values), not by the caller's."""
    check_known_items(t)
    return mapper.rtype(type_arg(t, i), info.subst)


def star_tuple(b: Builder, t: Type | None, extra: list[tuple[Expression, o.Register, bool]]) -> o.Register:
    """The *args tuple: the display `(x, *xs, ...)` of the values already
    evaluated, lowered as any tuple display (through Builder.accept)."""
    items: list[Expression] = []
    for arg, v, spread in extra:
        at = b.ctx.types.get(arg)
        if at is None:
            raise b.ctx.error(b.module, arg, "an argument of unknown type for *args is not supported by unicc")
        node = b.held(at, v)   # stands for the value already evaluated, in its place
        items.append(StarExpr(node) if spread else node)
    display = TupleExpr(items)
    if t is not None:
        b.ctx.types[display] = t
    return b.accept(display)


def kwargs_dict(b: Builder, info: FuncInfo, t: Type | None,
                extra: list[tuple[str, o.Register] | Spread]) -> o.Register:
    vt = callee_kind(info, t, 1)
    d = b.call_rt("rt_dict_new", [b.int(callee_kind(info, t, 0).kind), b.int(vt.kind)], OBJ)
    for x in extra:
        if isinstance(x, Spread):   # **m: its items, where they come in the call
            if x.values != vt:
                raise b.ctx.error(b.module, x.at, "**m into **kwargs with values of another representation is "
                                                  "not supported by unicc")
            b.call_rt("rt_dict_update", [d, x.dict])
        else:
            b.call_rt("rt_dict_set", [d, b.to_word(b.str_const(x[0])), b.to_word(b.coerce(x[1], vt))])
    return d


def fewer_parameters(b: Builder, arg: Expression, want: mapper.CallableType) -> None:
    """A function held in a variable, a field or a container cannot go where
    a Callable with fewer parameters is declared (its defaults filling the
    rest): the value does not carry its defaults, only a function named there
    (a def, a method, a lambda) is adapted (function.function_value)."""
    have = mapper.proper(b.ctx.types.get(arg))
    if isinstance(have, mapper.CallableType) and not have.is_type_obj() and held(b, arg) \
            and len(want.arg_types) < len(have.arg_types):
        raise b.ctx.error(b.module, arg, f"{written(arg) or 'a function value'}, with {len(have.arg_types)} "
                          f"parameters, where a Callable with {len(want.arg_types)} is declared (its defaults "
                          "filling the others) is not supported by unicc; name the function itself there")


def held(b: Builder, e: Expression) -> bool:
    """Whether e's value comes from a variable, a field, an item or a call,
    not from the definition of a function, method or lambda named there."""
    if isinstance(e, NameExpr):
        return isinstance(e.node, Var)
    if isinstance(e, MemberExpr):
        if e.node is not None:   # a module's attribute
            return isinstance(e.node, Var)
        obj = mapper.proper(b.ctx.types.get(e.expr))
        sym = obj.type.get(e.name) if isinstance(obj, Instance) else None
        return sym is not None and isinstance(sym.node, Var)
    return isinstance(e, (IndexExpr, CallExpr, ConditionalExpr, OpExpr))


def expect_callable(b: Builder, arg: Expression, t: object) -> None:
    """A function value passed where a Callable type is declared must follow that type."""
    if t is not None and has_type_vars(t):  # type: ignore[arg-type]
        return   # a generic parameter: the argument keeps its own type
    p = mapper.proper(t) if t is not None else None  # type: ignore[arg-type]
    if isinstance(p, mapper.UnionType):
        # `str | Callable[[], T]`, `Callable[[], T] | None`: once narrowed, the
        # value is called as the union's one Callable; a tuple display passed
        # as a Union is the one tuple type of its length
        calls = [m for m in map(mapper.proper, p.items) if isinstance(m, mapper.CallableType)]
        shapes = [i for i in map(mapper.proper, p.items) if isinstance(arg, TupleExpr)
                  and isinstance(i, mapper.TupleType) and len(i.items) == len(arg.items)]
        if len(calls) == 1:
            t = p = calls[0]
        elif len(shapes) == 1:
            t = p = shapes[0]
    held = class_type(b.ctx.types.get(arg))
    if isinstance(p, mapper.CallableType) and not p.is_type_obj() and not isinstance(arg, TupleExpr) \
            and held is not None and is_exception(held):
        raise b.ctx.error(b.module, arg, "an exception class as a Callable value is not supported by unicc; "
                                         "give it the type type[...]")
    if isinstance(p, mapper.CallableType):
        fewer_parameters(b, arg, p)
        b.expected.setdefault(arg, t)  # type: ignore[arg-type]  # the outermost context wins
    elif isinstance(p, mapper.TupleType) and isinstance(arg, TupleExpr):
        # the display stores its items as the declared tuple does (an int boxed
        # for an `int | str` item, converted for a float one): lower_display
        b.expected.setdefault(arg, t)  # type: ignore[arg-type]
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
    b.callees.add(e.callee)   # a call, not a use as a value (function_value)
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
    if any(k.is_star() for k in e.arg_kinds):
        raise b.ctx.error(b.module, e, "*xs or **d in the call of a function value is not supported by unicc")
    # each argument's parameter: keywords by the value's parameter names (mypy checked them)
    slots = [i if k == ARG_POS else ct.arg_names.index(name) for i, (k, name) in
             enumerate(zip(e.arg_kinds, e.arg_names))]
    if sorted(slots) != list(range(len(slots))):
        raise b.ctx.error(b.module, e, "keyword arguments to a function value that leave out a parameter "
                                       "before them are not supported by unicc; pass that one too")
    omitted = len(ct.arg_types) - len(e.args)
    if omitted > optional_tail(ct.arg_kinds):
        raise b.ctx.error(b.module, e, "calling a function value with *args, **kwargs or keyword-only "
                                       "parameters without all its arguments is not supported by unicc")
    fn = b.accept(e.callee)
    args: list[o.Register | None] = [None] * len(slots)
    for a, i in zip(e.args, slots):   # evaluated in the order written
        expect_callable(b, a, ct.arg_types[i])
        args[i] = b.accept_as(a, mapper.rtype(ct.arg_types[i], b.subst))
    params = [r for r in args if r is not None]
    ret = mapper.ret_rtype(ct.ret_type, b.subst)
    if omitted:   # the function object's code for that call fills in its defaults (function.omitting_entries)
        code = b.call_rt("rt_fn_entry", [b.coerce(fn, OBJ), b.int(omitted - 1)], PTR)
        return b.call_ptr(code, [fn, *params], ret)
    return call_closure(b, fn, params, ret, len(params))
