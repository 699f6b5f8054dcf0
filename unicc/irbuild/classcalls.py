"""cls(args) for an exception class value cls (classvalues.py): the program's
class the descriptor names, constructed as a call of it names it, or the
builtin exception."""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Expression, NameExpr, TempNode, TypeInfo
from mypy.types import AnyType, Instance, TypeOfAny

from unicc.errors import UserError
from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder
from unicc.irbuild.classvalues import descriptor
from unicc.irbuild.constructors import construct as make, exception_args, special_args


def call_class(b: Builder, e: CallExpr, static: TypeInfo) -> o.Register:
    """cls(args) for a value cls of type type[static]."""
    desc = descriptor(b, e.callee)
    args: list[Expression] = []
    for a in e.args:   # evaluated once, after the class, as CPython does
        node = TempNode(b.ctx.types.get(a) or AnyType(TypeOfAny.special_form))
        b.ctx.types[node] = b.ctx.types.get(a)  # type: ignore[assignment]
        b.pinned[node] = b.accept(a)
        args.append(node)
    res = b.reg(OBJ)
    done = b.new_block()
    for full, ci in list(b.ctx.classes.items()):
        k = b.ctx.infos.get(full)
        if k is None or k.fullname != full or k.defn.type_vars or not k.has_base(static.fullname):
            continue
        ref = NameExpr(k.name)
        ref.node, ref.fullname = k, k.fullname
        call = CallExpr(ref, args, e.arg_kinds, e.arg_names)
        call.set_line(e)
        b.ctx.types[call] = Instance(k, [])
        here, nxt = b.new_block(), b.new_block()
        b.branch(b.binary("eq", desc, b.addr(ci.ir.symbol), BOOL), here, nxt)
        b.activate(here)
        try:
            b.assign(res, b.coerce(make(b, call, k), OBJ))
        except UserError:   # arguments k does not take: CPython's TypeError, at run time
            b.raise_new("rt_type_TypeError", f"{k.name}() does not take these arguments")
            b.activate(nxt)
            continue
        b.goto(done)
        b.activate(nxt)
    # a builtin exception class
    first = mapper.proper(b.ctx.types.get(e.args[0])) if e.args else None
    int_first = isinstance(first, Instance) and first.type.fullname in ("builtins.int", "builtins.bool")
    if any(k != ARG_POS for k in e.arg_kinds) or special_args("OSError", len(args), int_first) \
            or special_args("SyntaxError", len(args), int_first):
        raise b.ctx.error(b.module, e, f"calling the class {written(e.callee) or 'value'} with these arguments "
                                       "is not supported by unicc (positional arguments, not errno first)")
    call = CallExpr(e.callee, args, e.arg_kinds, e.arg_names)
    b.assign(res, b.call_rt("rt_exc_new_args", [desc, exception_args(b, call)], OBJ))
    b.goto(done)
    b.activate(done)
    for a in args:
        del b.pinned[a]
    return res
