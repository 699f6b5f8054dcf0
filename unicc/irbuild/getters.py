"""operator.itemgetter, attrgetter and methodcaller where the type of what
they are given is known: passed as key= (sorted, list.sort, min, max) or to
map/filter, and called at once (`itemgetter(1)(row)`).  Each becomes a
small function compiled for the items it is given, whose body is `x[i]`,
`x.a.b` (a tuple of them for several items) or `x.name(*args, **kwargs)`,
as CPython's getters do.
Anywhere else (kept in a variable, returned) their type says nothing of
what they will be given: a located error.
"""

from __future__ import annotations

from mypy.nodes import CallExpr, Expression, IndexExpr, IntExpr, MemberExpr, NameExpr, RefExpr, StrExpr, Var
from mypy.expandtype import expand_type_by_instance
from mypy.subtypes import find_member, is_subtype
from mypy.types import CallableType, Instance, LiteralType, Overloaded, Type

from unicc.ir import ops as o
from unicc.ir.rtypes import OBJ
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, new_function
from unicc.irbuild.sequences import const_int, new_tuple

GETTERS = ("operator.itemgetter", "operator.attrgetter", "operator.methodcaller")
SEQUENCES = ("builtins.list", "builtins.tuple", "typing.Sequence", "typing.MutableSequence")


def getter_of(e: Expression) -> CallExpr | None:
    """e, when it is `operator.itemgetter(...)` or `operator.attrgetter(...)`."""
    if isinstance(e, CallExpr) and isinstance(e.callee, RefExpr) and e.callee.fullname in GETTERS and e.args and \
            all(not k.is_star() for k in e.arg_kinds) and \
            (e.callee.fullname == "operator.methodcaller" or all(n is None for n in e.arg_names)):
        return e
    return None


def misplaced(b: Builder, e: CallExpr) -> o.Register:
    name = e.callee.fullname if isinstance(e.callee, RefExpr) else "operator.itemgetter"
    raise b.ctx.error(b.module, e, f"{name}() is supported by unicc where it is passed as key= (sorted, "
                                   "list.sort, min, max) or to map/filter, or called at once; use a lambda here")


def item_type(b: Builder, g: CallExpr, t: Type | None, key: Expression) -> Type:
    """The type of x[key] for x of type t."""
    p = mapper.proper(t)
    if isinstance(p, mapper.TupleType):
        i = const_int(key)
        if i is not None and -len(p.items) <= i < len(p.items):
            return p.items[i]
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, Instance):
        name = p.type.fullname
        if name in SEQUENCES and p.args:
            return p.args[0]
        if name in ("builtins.dict", "typing.Mapping", "typing.MutableMapping") and len(p.args) == 2:
            return p.args[1]
        if name == "builtins.str":
            return p
    raise b.ctx.error(b.module, g, f"operator.itemgetter() of items of type {mapper.shown(t)} is not supported "
                                   "by unicc (lists, tuples, dicts and str)")


def attr_type(b: Builder, g: CallExpr, t: Type | None, name: str) -> Type:
    info = mapper.instance_info(t)
    sym = info.get(name) if info is not None else None
    node = sym.node if sym is not None else None
    p = mapper.proper(t)
    if isinstance(node, Var) and node.type is not None and isinstance(p, Instance):
        return expand_type_by_instance(node.type, p)
    raise b.ctx.error(b.module, g, f"operator.attrgetter('{name}') of a value of type {mapper.shown(t)} is not "
                                   "supported by unicc (attributes of compiled classes)")


def method_type(b: Builder, g: CallExpr, t: Type | None, name: str) -> CallableType:
    """The signature of x.name for x of type t, as the methodcaller's
    arguments call it (the overload they match)."""
    p = mapper.proper(t)
    p = p.fallback if isinstance(p, LiteralType) else p
    m = mapper.proper(find_member(name, p, p)) if isinstance(p, Instance) else None
    items = m.items if isinstance(m, Overloaded) else [m] if isinstance(m, CallableType) else []
    args = [(a, n) for a, n in zip(g.args[1:], g.arg_names[1:])]
    for c in items:
        if len(args) < c.min_args or any(n is None and i >= len(c.arg_types) for i, (_, n) in enumerate(args)):
            continue
        formal = [c.arg_types[i] if n is None else c.argument_by_name(n).typ  # type: ignore[union-attr]
                  if c.argument_by_name(n) is not None else None for i, (_, n) in enumerate(args)]
        if all(f is not None and is_subtype(b.ctx.types.get(a) or f, f) for (a, _), f in zip(args, formal)):
            return c
    raise b.ctx.error(b.module, g, f"operator.methodcaller('{name}', ...) of a value of type {mapper.shown(t)} "
                                   "is not supported by unicc (methods these arguments can call)")


def getter_body(b: Builder, g: CallExpr, x: Expression, t: Type | None) -> list[tuple[Expression, Type]]:
    """The expressions the getter evaluates on x (of type t), with their types."""
    out: list[tuple[Expression, Type]] = []
    if isinstance(g.callee, RefExpr) and g.callee.fullname == "operator.methodcaller":
        meth = g.args[0]
        if not isinstance(meth, StrExpr):
            raise b.ctx.error(b.module, meth, "operator.methodcaller() of a name that is not a string literal is "
                                              "not supported by unicc")
        c = method_type(b, g, t, meth.value)
        m = MemberExpr(x, meth.value)
        m.set_line(g)
        b.ctx.types[m] = c
        call = CallExpr(m, g.args[1:], g.arg_kinds[1:], g.arg_names[1:])
        call.set_line(g)
        b.ctx.types[call] = c.ret_type
        return [(call, c.ret_type)]
    attr = isinstance(g.callee, RefExpr) and g.callee.fullname == "operator.attrgetter"
    for a in g.args:
        if attr:
            if not isinstance(a, StrExpr):
                raise b.ctx.error(b.module, a, "operator.attrgetter() of a name that is not a string literal is "
                                               "not supported by unicc")
            cur, ct = x, t
            for name in a.value.split("."):
                at = attr_type(b, g, ct, name)
                m = MemberExpr(cur, name)
                m.set_line(g)
                b.ctx.types[m] = at
                cur, ct = m, at
            out.append((cur, ct))  # type: ignore[arg-type]
        else:
            it = item_type(b, g, t, a)
            ie = IndexExpr(x, a)
            ie.set_line(g)
            b.ctx.types[ie] = it
            out.append((ie, it))
    return out


def getter_code(b: Builder, g: CallExpr, item_t: Type | None) -> tuple[str, o.Register, Type | None,
                                                                      list[o.Register]]:
    """The code of a function object for the getter applied to items of type
    item_t: its name, its result register, that result's mypy type (None
    for a tuple of several) and the values the object keeps: the items that
    are not literals, evaluated here (when the getter is made, as CPython's)."""
    kept = [a for a in g.args if not isinstance(a, (IntExpr, StrExpr))]
    values = [b.coerce(b.accept(a), OBJ) for a in kept]
    name = b.ctx.unique(f"{b.fn.name}.getter")
    param = mapper.rtype(item_t, b.subst)
    body_ret: Type | None = None
    tb, (env, x) = new_function(b.ctx, b.module, name, [("env", OBJ), ("x", param)], param, "getter")
    tb.subst = b.subst
    for i, a in enumerate(kept):
        tb.pinned[a] = tb.coerce(tb.get_field(env, 1 + i, OBJ), mapper.rtype(b.ctx.types.get(a), b.subst))
    xe = NameExpr("x")
    xe.set_line(g)
    b.ctx.types[xe] = item_t  # type: ignore[assignment]
    tb.pinned[xe] = x
    parts = getter_body(tb, g, xe, item_t)
    if len(parts) == 1:
        r = tb.accept(parts[0][0])
        body_ret = parts[0][1]
    else:
        r = new_tuple(tb, [tb.accept(e) for e, _ in parts])
    tb.fn.ret = r.type
    tb.emit(o.Return(r))
    tb.finish()
    return name, r, body_ret, values


def call_getter(b: Builder, e: CallExpr, g: CallExpr) -> o.Register:
    """`itemgetter(1)(row)`: row[1], evaluated here."""
    if len(e.args) != 1 or e.arg_names[0] is not None:
        raise b.ctx.error(b.module, e, "a getter takes one argument")
    for a in g.args:   # the items first, as the getter is made before it is called
        b.pinned[a] = b.accept(a)
    x = b.accept(e.args[0])
    xe = NameExpr("x")
    xe.set_line(e)
    t = b.ctx.types.get(e.args[0])
    b.ctx.types[xe] = t  # type: ignore[assignment]
    b.pinned[xe] = x
    parts = getter_body(b, g, xe, t)
    if len(parts) == 1:
        return b.accept(parts[0][0])
    return new_tuple(b, [b.accept(p) for p, _ in parts])
