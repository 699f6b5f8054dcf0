"""cls(args) for a class value cls (classvalues.py): the program's class the
descriptor names, constructed as a call of it names it, or the builtin
exception."""

from __future__ import annotations

from typing import Callable

from mypy.nodes import ARG_POS, CallExpr, Decorator, Expression, MemberExpr, NameExpr, TypeInfo
from mypy.types import AnyType, Instance, TypeOfAny

from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ, PTR
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder
from unicc.irbuild.classtypes import is_exception
from unicc.irbuild.classvalues import descriptor
from unicc.irbuild.constructors import construct as make, exception_args, special_args
from unicc.irbuild.members import static_call
from unicc.irbuild.typeof import construct_each


def call_class(b: Builder, e: CallExpr, static: TypeInfo) -> o.Register:
    """cls(args) for a value cls of type type[static]."""
    if not is_exception(static) and (static.fullname not in b.ctx.classes or static.defn.type_vars
                                     or static.is_protocol):
        raise b.ctx.error(b.module, e, f"calling a value of type type[{static.name}] is not supported by unicc "
                                       "(only of a class the program defines that is not generic)")
    desc = descriptor(b, e.callee)
    classes = candidates(b, static)

    def builtin(args: list[Expression]) -> o.Register | None:
        """A builtin exception class: its arguments become the exception's args."""
        if not is_exception(static):
            b.raise_new("rt_type_SystemError", f"{static.name} value: a class unicc did not compile")
            return None
        first = mapper.proper(b.ctx.types.get(e.args[0])) if e.args else None
        int_first = isinstance(first, Instance) and first.type.fullname in ("builtins.int", "builtins.bool")
        if any(k != ARG_POS for k in e.arg_kinds) or special_args("OSError", len(args), int_first) \
                or special_args("SyntaxError", len(args), int_first):
            raise b.ctx.error(b.module, e, f"calling the class {written(e.callee) or 'value'} with these "
                                           "arguments is not supported by unicc (positional arguments, not errno first)")
        call = CallExpr(e.callee, args, e.arg_kinds, e.arg_names)
        return b.call_rt("rt_exc_new_args", [desc, exception_args(b, call)], OBJ)
    def construct(b: Builder, call: CallExpr, k: TypeInfo) -> o.Register:
        return abstract_error(b, k) if k.is_abstract else make(b, call, k)
    return construct_each(b, e, desc, classes, construct, builtin)


def candidates(b: Builder, static: TypeInfo) -> list[tuple[TypeInfo, o.Register]]:
    """The compiled classes (not generic) a value of type type[static] may
    hold, each with its descriptor."""
    return [(k, b.addr(ci.ir.symbol)) for full, ci in list(b.ctx.classes.items())
            if (k := b.ctx.infos.get(full)) is not None and k.fullname == full and not k.defn.type_vars
            and k.has_base(static.fullname)]


def class_ref(k: TypeInfo, name: str, like: Expression) -> MemberExpr:
    """`K.name`, as the program would write it."""
    ref = NameExpr(k.name)
    ref.node, ref.fullname = k, k.fullname
    m = MemberExpr(ref, name)
    m.set_line(like)
    return m


def on_class(b: Builder, e: Expression, cls: Expression, static: TypeInfo, args: list[Expression],
             each: Callable[[TypeInfo, list[Expression]], o.Register]) -> o.Register:
    """e's value for the class the class value cls holds at run time: cls is
    evaluated, then args (once), then each(K, args) for the candidate K whose
    descriptor it is, as the program would write it with K's name."""
    if not eligible(b, static):
        raise b.ctx.error(b.module, e, f"attributes of a value of type type[{static.name}] are not supported by "
                                       "unicc (only of a class the program defines that is not generic)")
    return on_descriptor(b, e, descriptor(b, cls), static, args, each)


def eligible(b: Builder, static: TypeInfo) -> bool:
    """The classes a value of class static may hold at run time are known: the
    program's own, not generic, not a Protocol."""
    return static.fullname in b.ctx.classes and not static.defn.type_vars and not static.is_protocol


def on_descriptor(b: Builder, e: Expression, desc: o.Register, static: TypeInfo, args: list[Expression],
                  each: Callable[[TypeInfo, list[Expression]], o.Register]) -> o.Register:
    """on_class's work once the class's type descriptor desc is known."""
    held: list[Expression] = [b.held(b.ctx.types.get(a) or AnyType(TypeOfAny.special_form), b.accept(a)) for a in args]
    res = b.reg(mapper.rtype(b.ctx.types.get(e), b.subst))
    done = b.new_block()
    for k, sym in candidates(b, static):
        here, nxt = b.new_block(), b.new_block()
        b.branch(b.binary("eq", desc, sym, BOOL), here, nxt)
        b.activate(here)
        b.assign(res, b.coerce(each(k, held), res.type))
        b.goto(done)
        b.activate(nxt)
    b.raise_new("rt_type_SystemError", f"a class derived from {static.name} that unicc did not compile")
    b.activate(done)
    for a in held:
        del b.pinned[a]
    return res


def call_on_class(b: Builder, e: CallExpr, callee: MemberExpr, static: TypeInfo) -> o.Register:
    """cls.method(args) of a class value cls: a classmethod or staticmethod of
    the class it holds."""
    return on_class(b, e, callee.expr, static, e.args, static_call_each(b, e, callee))


def call_on_instance(b: Builder, e: CallExpr, callee: MemberExpr, static: TypeInfo) -> o.Register:
    """obj.create(args) of a classmethod or staticmethod: that of obj's class
    at run time (a subclass may redefine it)."""
    obj = b.accept(callee.expr)
    desc = b.call_rt("rt_type_of", [obj], PTR, raises=False)
    return on_descriptor(b, e, desc, static, e.args, static_call_each(b, e, callee))


def static_call_each(b: Builder, e: CallExpr, callee: MemberExpr) -> Callable[[TypeInfo, list[Expression]],
                                                                              o.Register]:
    def each(k: TypeInfo, args: list[Expression]) -> o.Register:
        call = CallExpr(class_ref(k, callee.name, callee), args, e.arg_kinds, e.arg_names)
        call.set_line(e)
        b.ctx.types[call] = b.ctx.types[e]
        return static_call(b, call, k, callee.name)
    return each


def class_level_method(b: Builder, static: TypeInfo, name: str) -> bool:
    """name is a classmethod or staticmethod, which obj.name(...) calls on obj's class."""
    sym = static.get(name)
    return sym is not None and isinstance(sym.node, Decorator) and \
        (sym.node.func.is_class or sym.node.func.is_static) and eligible(b, static)


def abstract_error(b: Builder, k: TypeInfo) -> o.Register:
    """k(...) of an abstract class k held as a value (or cls() in its copy of a
    classmethod): CPython's TypeError, when it runs."""
    names = sorted(name for name, _ in k.abstract_attributes)
    s = "s" if len(names) > 1 else ""
    b.raise_new("rt_type_TypeError", f"Can't instantiate abstract class {k.name} with abstract method{s} "
                                     f"{', '.join(names)}")
    b.activate(b.new_block())
    return b.none()
