"""type(x) in the forms typed code uses it: `type(x) is C` (also `is not`,
`==`, `!=`, and `type(x) is type(y)`) and `type(x).__name__`, `__qualname__`
or `__module__`; `x.__class__` is the same as `type(x)`.  Elsewhere type(x)
is the class object of this descriptor (classvalues.type_value).

The type of an object is its descriptor (the header's first word); a value
kept unboxed (int, float, bool, an IntEnum member) has the type mypy gives it.
"""

from __future__ import annotations

from typing import Callable

from mypy.nodes import (
    ARG_NAMED, ARG_OPT, ARG_POS, ARG_STAR, ARG_STAR2, CallExpr, ComparisonExpr, Expression, FuncDef, MemberExpr,
    NameExpr, RefExpr, TypeInfo,
)
from mypy.types import AnyType, Instance, TypeOfAny

from unicc.errors import UserError
from unicc.frontend.validate import TYPE_ATTRS, type_call_arg
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ, PTR
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, class_named, qualname
from unicc.irbuild.prepare import constructed_kinds, find_method, type_symbol

# How a branch constructs its class (constructors.construct; passed in, since
# constructors imports this module's users).
Construct = Callable[[Builder, CallExpr, TypeInfo], o.Register]

def names_list(names: list[str]) -> str:
    """'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's lists in its TypeErrors)."""
    quoted = [f"'{n}'" for n in names]
    if len(quoted) <= 2:
        return " and ".join(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def binding_error(b: Builder, k: TypeInfo, e: CallExpr) -> str:
    """CPython's TypeError for a call of class k with e's arguments that its
    __init__ does not take (the checks in the order CPython makes them)."""
    owner = next((c for c in k.mro if "__init__" in c.names and c.fullname in b.ctx.classes), None)
    init = find_method(b.ctx.classes[owner.fullname], "__init__") if owner is not None else None
    if owner is None or init is None:
        return f"{k.name}() takes no arguments"
    where = f"{qualname(b.ctx, owner)}.__init__()"
    names, defaults = init.arg_names[1:], init.defaults[1:]
    kinds = init.kinds[1:] or [ARG_POS] * len(names)
    if ARG_STAR in e.arg_kinds or ARG_STAR2 in e.arg_kinds:
        return f"{k.name}() does not take these arguments"
    pos = [n for n, kd in zip(names, kinds) if kd in (ARG_POS, ARG_OPT)]
    kwonly = [n for n, kd in zip(names, kinds) if kd.is_named() and not kd.is_positional()]
    npos = sum(1 for kd in e.arg_kinds if kd == ARG_POS)
    given = [n for n, kd in zip(e.arg_names, e.arg_kinds) if kd == ARG_NAMED and n is not None]
    for n in given:
        if n not in pos and n not in kwonly and ARG_STAR2 not in kinds:
            return f"{where} got an unexpected keyword argument '{n}'"
        if n in pos[:npos]:
            return f"{where} got multiple values for argument '{n}'"
    if npos > len(pos) and ARG_STAR not in kinds:
        required = sum(1 for n, kd in zip(names, kinds) if kd == ARG_POS)
        takes = plural(1 + len(pos), "positional argument") if required == len(pos) else \
            f"from {1 + required} to {1 + len(pos)} positional arguments"
        kw = sum(1 for n in given if n in kwonly)
        if kw:
            return f"{where} takes {takes} but {plural(1 + npos, 'positional argument')} " \
                   f"(and {plural(kw, 'keyword-only argument')}) were given"
        return f"{where} takes {takes} but {1 + npos} {'was' if npos == 0 else 'were'} given"
    missing = [n for i, (n, kd) in enumerate(zip(names, kinds))
               if kd == ARG_POS and n in pos and pos.index(n) >= npos and n not in given]
    if missing:
        return f"{where} missing {plural(len(missing), 'required positional argument')}: {names_list(missing)}"
    missing = [n for n, kd, d in zip(names, kinds, defaults) if kd == ARG_NAMED and d is None and n not in given]
    if missing:
        return f"{where} missing {plural(len(missing), 'required keyword-only argument')}: {names_list(missing)}"
    return f"{k.name}() does not take these arguments"


def static_type(b: Builder, e: Expression) -> TypeInfo | None:
    """The class e names, or the type of a `type(x)` whose x is kept unboxed
    (so mypy's type is its type); None when the object must be asked."""
    if isinstance(e, RefExpr) and isinstance(e.node, TypeInfo):
        return e.node
    x = type_call_arg(e)
    assert x is not None
    if mapper.rtype(b.ctx.types.get(x), b.subst).is_obj or mapper.rtype(b.ctx.types.get(x), b.subst).is_float:
        return None   # a float may hold an int (transform/numtags.py)
    info = mapper.instance_info(b.ctx.types.get(x))
    if info is None:
        raise b.ctx.error(b.module, e, "type() of this value is not supported by unicc")
    return info


def descriptor(b: Builder, e: Expression) -> o.Register:
    info = static_type(b, e)
    if info is not None:
        return b.addr(type_symbol(b, info, e))
    x = type_call_arg(e)
    assert x is not None
    v = b.accept(x)
    if v.type.is_float:
        return b.call_rt("rt_num_type", [v], PTR, raises=False)
    return b.call_rt("rt_type_of", [v], PTR, raises=False)


def evaluate(b: Builder, e: Expression) -> None:
    """The x of a `type(x)` whose type is known statically, for its effects."""
    x = type_call_arg(e)
    if x is not None:
        b.accept(x)


def compare_types(b: Builder, e: ComparisonExpr) -> o.Register:
    negate = e.operators[0] in ("is not", "!=")
    left, right = (static_type(b, x) for x in e.operands)
    if left is not None and right is not None:
        for operand in e.operands:
            evaluate(b, operand)
        return b.const((left is right) != negate, BOOL)
    same = b.binary("eq", descriptor(b, e.operands[0]), descriptor(b, e.operands[1]), BOOL)
    return b.unary("not", same) if negate else same


def type_attr(b: Builder, e: MemberExpr) -> o.Register:
    info = static_type(b, e.expr)
    if info is not None:
        evaluate(b, e.expr)
        return b.str_const([info.name, info.module_name, qualname(b.ctx, info)][TYPE_ATTRS[e.name]])
    return b.call_rt("rt_type_name", [descriptor(b, e.expr), b.int(TYPE_ATTRS[e.name])], OBJ)


def function_attr(b: Builder, e: MemberExpr) -> o.Register:
    """`f.__name__`, `__qualname__`, `__module__` of a function: known here for a
    function named directly (a method's __name__ too), else asked of the
    function object (rt_fn_name)."""
    which = TYPE_ATTRS[e.name]
    f = e.expr.node if isinstance(e.expr, RefExpr) else None
    if isinstance(f, FuncDef) and f.fullname == f"builtins.{f.name}":   # len.__name__
        return b.str_const([f.name, "builtins", f.name][which])
    if isinstance(f, FuncDef) and f in b.ctx.fn_qualnames and not f.is_property:
        module, qualname = b.ctx.fn_qualnames[f]
        if not f.info or which == 0 or isinstance(e.expr, MemberExpr) and class_named(b, e.expr.expr):
            return b.str_const([f.name, module, qualname][which])
    if isinstance(e.expr, MemberExpr) and mapper.instance_info(b.ctx.types.get(e.expr.expr)) is not None:
        if which == 0:   # a bound method's name, whichever override it runs
            b.accept(e.expr.expr)
            return b.str_const(e.expr.name)
        raise b.ctx.error(b.module, e, f"attribute '{e.name}' of a bound method is not supported by unicc")
    return b.call_rt("rt_fn_name", [b.accept(e.expr), b.int(which)], OBJ)


def construct_like(b: Builder, e: CallExpr, x: Expression, construct: Construct) -> o.Register:
    """`type(x)(args)`: a new object of x's class at run time, one of the
    compiled classes the program constructs that derive from x's static type
    (each branch constructs that class with the same arguments)."""
    info = mapper.instance_info(b.ctx.types.get(x))
    if info is None or info.defn.type_vars or info.fullname not in b.ctx.classes:
        raise b.ctx.error(b.module, e, "type(x)(...) of a value that is not an object of a compiled class that is "
                                       "not generic is not supported by unicc")
    desc = b.call_rt("rt_type_of", [b.coerce(b.accept(x), OBJ)], PTR, raises=False)
    classes = [(k, b.addr(type_symbol(b, k, e))) for k in kinds_of(b, info)]

    def otherwise(args: list[Expression]) -> o.Register | None:
        b.raise_new("rt_type_SystemError", "type(x)(...): a class unicc did not compile")
        return None
    return construct_each(b, e, desc, classes, construct, otherwise)


def construct_each(b: Builder, e: CallExpr, desc: o.Register, classes: list[tuple[TypeInfo, o.Register]],
                   construct: Construct, otherwise: Callable[[list[Expression]], o.Register | None]) -> o.Register:
    """A call of a class known only at run time by its descriptor desc: e's
    arguments are evaluated once, now (after the callee, as CPython does),
    then one branch per candidate class (its descriptor) constructs it with
    them; `otherwise` handles a descriptor none matches (its value, or None
    when it raised).  Arguments a candidate does not take are CPython's
    TypeError, raised only if that class is the one called."""
    args: list[Expression] = []
    for a in e.args:
        args.append(b.held(b.ctx.types.get(a) or AnyType(TypeOfAny.special_form), b.accept(a)))
    res = b.reg(OBJ)
    done = b.new_block()
    for k, sym in classes:
        ref = NameExpr(k.name)
        ref.node, ref.fullname = k, k.fullname
        call = CallExpr(ref, args, e.arg_kinds, e.arg_names)
        call.set_line(e)
        b.ctx.types[call] = Instance(k, [])
        here, nxt = b.new_block(), b.new_block()
        b.branch(b.binary("eq", desc, sym, BOOL), here, nxt)
        b.activate(here)
        try:
            b.assign(res, b.coerce(construct(b, call, k), OBJ))
            b.goto(done)
        except UserError:
            b.raise_new("rt_type_TypeError", binding_error(b, k, call))
        b.activate(nxt)
    last = otherwise(args)
    if last is not None:
        b.assign(res, last)
        b.goto(done)
    b.activate(done)
    for a in args:
        del b.pinned[a]
    return res


def kinds_of(b: Builder, info: TypeInfo) -> list[TypeInfo]:
    """The classes an object of static type info (not generic) can have: those
    the program constructs that derive from it, unspecialised."""
    return [i for full, _, i in constructed_kinds(b.ctx, info) if full == i.fullname]
