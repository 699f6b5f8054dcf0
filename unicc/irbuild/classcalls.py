"""cls(args) for an exception class value cls (classvalues.py): the program's
class the descriptor names, constructed as a call of it names it, or the
builtin exception."""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Expression, TypeInfo
from mypy.types import Instance

from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.rtypes import OBJ
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder
from unicc.irbuild.classvalues import descriptor
from unicc.irbuild.constructors import construct as make, exception_args, special_args
from unicc.irbuild.typeof import construct_each


def call_class(b: Builder, e: CallExpr, static: TypeInfo) -> o.Register:
    """cls(args) for a value cls of type type[static]."""
    desc = descriptor(b, e.callee)
    classes = [(k, b.addr(ci.ir.symbol)) for full, ci in list(b.ctx.classes.items())
               if (k := b.ctx.infos.get(full)) is not None and k.fullname == full and not k.defn.type_vars
               and k.has_base(static.fullname)]

    def builtin(args: list[Expression]) -> o.Register:
        """A builtin exception class: its arguments become the exception's args."""
        first = mapper.proper(b.ctx.types.get(e.args[0])) if e.args else None
        int_first = isinstance(first, Instance) and first.type.fullname in ("builtins.int", "builtins.bool")
        if any(k != ARG_POS for k in e.arg_kinds) or special_args("OSError", len(args), int_first) \
                or special_args("SyntaxError", len(args), int_first):
            raise b.ctx.error(b.module, e, f"calling the class {written(e.callee) or 'value'} with these "
                                           "arguments is not supported by unicc (positional arguments, not errno first)")
        call = CallExpr(e.callee, args, e.arg_kinds, e.arg_names)
        return b.call_rt("rt_exc_new_args", [desc, exception_args(b, call)], OBJ)
    return construct_each(b, e, desc, classes, make, builtin)
