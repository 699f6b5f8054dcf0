"""functools.partial(func, *args, **keywords).

mypy's functools plugin types `partial(f, 1, c="?")` as `partial[R]` with
the signature left to call it with (`__mypy_partial`): f's parameters after
those given by position, a keyword-fixed one keyword-only.  A partial here is
a function object of that signature's positional parameters: field 0 its
code, then func (f as a value of its whole signature), args (the tuple of
the values given by position) and keywords (the dict of those given by
keyword), which its attributes read.  Its code calls func with args, the
parameters and the keywords in f's order, so it is called, and passed as a
Callable, as any function value is.

The subset: f's parameters that the partial leaves must be positional
without defaults (the function object's code takes each); keywords fixed by
the partial are not given again in its calls.
"""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Expression, MemberExpr
from mypy.types import CallableType, Instance, Type

from unicc.ir import abi, ops as o
from unicc.ir.rtypes import I64, OBJ, WORD
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, new_function
from unicc.irbuild.closures import PARTIAL, call_closure, partial_type
from unicc.irbuild.sequences import new_tuple

FIELDS = {"func": 1, "args": 2, "keywords": 3}


def is_partial(t: Type | None) -> bool:
    p = mapper.proper(t)
    return isinstance(p, Instance) and p.type.fullname == PARTIAL


def make_partial(b: Builder, e: CallExpr) -> o.Register:
    sig = partial_type(b.ctx.types.get(e), whole=True)
    if e.args and is_partial(b.ctx.types.get(e.args[0])):
        raise b.ctx.error(b.module, e, "functools.partial() of a partial object is not supported by unicc")
    ft = mapper.proper(b.ctx.types.get(e.args[0])) if e.args else None
    if sig is None or not isinstance(ft, CallableType) or ft.variables or \
            any(k.is_star() for k in ft.arg_kinds) or any(k.is_star() for k in e.arg_kinds):
        raise b.ctx.error(b.module, e, "this functools.partial() is not supported by unicc (unicc makes a "
                                       "partial of a function or function value of a non-generic signature "
                                       "without *args/**kwargs, given values by position and keyword)")
    fixed_kw = [n for n in e.arg_names[1:] if n is not None]
    if any(k != ARG_POS and n not in fixed_kw for k, n in zip(sig.arg_kinds, sig.arg_names)):
        raise b.ctx.error(b.module, e, "functools.partial() leaving parameters with defaults is not supported "
                                       "by unicc: give them in the partial or drop their defaults")
    npos = sum(1 for k in e.arg_kinds[1:] if k == ARG_POS)
    # func: f as a value of its whole signature
    b.expected[e.args[0]] = ft
    fn = b.coerce(b.accept(e.args[0]), OBJ)
    pos: list[o.Register] = []
    kws: list[tuple[str, o.Register]] = []
    for a, name, t in zip(e.args[1:], e.arg_names[1:], fixed_types(ft, e)):
        v = b.accept_as(a, mapper.rtype(t, b.subst))
        if name is None:
            pos.append(v)
        else:
            kws.append((name, b.coerce(v, OBJ)))
    args = new_tuple(b, pos)
    kwd = b.call_rt("rt_dict_new", [b.int(OBJ.kind), b.int(OBJ.kind)], OBJ)
    for name, v in kws:
        b.call_rt("rt_dict_set", [kwd, b.to_word(b.str_const(name)), b.to_word(v)])
    # the code: the remaining positional parameters, in order
    rest = [i for i in range(npos, len(ft.arg_types)) if ft.arg_names[i] not in fixed_kw]
    ret = mapper.ret_rtype(ft.ret_type, b.subst)
    name = b.ctx.unique(f"{b.fn.name}.partial")
    params = [("env", OBJ)] + [(ft.arg_names[i] or f"x{i}", mapper.rtype(ft.arg_types[i], b.subst)) for i in rest]
    tb, (env, *xs) = new_function(b.ctx, b.module, name, params, ret, "partial")
    tb.subst = b.subst
    full: list[o.Register] = []
    t_args = tb.get_field(env, FIELDS["args"], OBJ)
    t_kws = tb.get_field(env, FIELDS["keywords"], OBJ)
    given = iter(xs)
    for i, pt in enumerate(ft.arg_types):
        rt = mapper.rtype(pt, b.subst)
        if i < npos:
            full.append(tb.get_field(t_args, abi.TUPLE_ITEMS + i, pos[i].type))
        elif ft.arg_names[i] in fixed_kw:
            w = tb.call_rt("rt_dict_get", [t_kws, tb.to_word(tb.str_const(ft.arg_names[i] or ""))], WORD)
            full.append(tb.from_word(w, OBJ))
        else:
            full.append(next(given))
        full[-1] = tb.coerce(full[-1], rt)
    r = call_closure(tb, tb.get_field(env, FIELDS["func"], OBJ), full, ret, len(full))
    tb.emit(o.Return(None if ret.is_void else r))
    tb.finish()
    sym = b.ctx.builtin_class("type.functools.partial.object", "partial",
                              [("code", I64), ("func", OBJ), ("args", OBJ), ("keywords", OBJ)])
    obj = b.alloc(sym, 4)
    b.set_field(obj, 0, b.addr(name))
    b.set_field(obj, 1, fn)
    b.set_field(obj, 2, args)
    b.set_field(obj, 3, kwd)
    return obj


def fixed_types(ft: CallableType, e: CallExpr) -> list[Type]:
    """The parameter type each value given to partial() after func fills."""
    out = []
    i = 0
    for name in e.arg_names[1:]:
        if name is None:
            out.append(ft.arg_types[i])
            i += 1
        else:
            out.append(ft.arg_types[ft.arg_names.index(name)])
    return out


def call_partial(b: Builder, e: CallExpr) -> o.Register:
    """p(...): its code takes the remaining positional parameters, in order;
    keywords naming them are put in their places."""
    sig = partial_type(b.ctx.types.get(e.callee), whole=True)
    if sig is None:
        raise b.ctx.error(b.module, e, "calling this functools.partial object is not supported by unicc")
    positional = [i for i, k in enumerate(sig.arg_kinds) if k == ARG_POS]
    slots: list[Expression | None] = [None] * len(positional)
    j = 0
    for a, name in zip(e.args, e.arg_names):
        if name is None:
            slots[j] = a
            j += 1
        elif name in [sig.arg_names[i] for i in positional]:
            slots[[sig.arg_names[i] for i in positional].index(name)] = a
        else:
            raise b.ctx.error(b.module, e, f"giving {name}= again to a functools.partial that fixed it is not "
                                           "supported by unicc")
    fn = b.accept(e.callee)
    args = []
    for s, i in zip(slots, positional):
        assert s is not None
        args.append(b.accept_as(s, mapper.rtype(sig.arg_types[i], b.subst)))
    return call_closure(b, fn, args, mapper.ret_rtype(sig.ret_type, b.subst), len(args))


def partial_attr(b: Builder, e: MemberExpr) -> o.Register:
    if e.name not in FIELDS:
        raise b.ctx.error(b.module, e, f"attribute '{e.name}' of functools.partial is not supported by unicc")
    return b.get_field(b.accept(e.expr), FIELDS[e.name], OBJ)

