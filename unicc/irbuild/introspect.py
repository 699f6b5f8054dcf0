"""callable(x) and hasattr(x, "name") (a str literal).

x's static type answers where it decides: a builtin value, a function or
bound method, a class, an instance of a class whose every instance has the
attribute (a method, a class-body value, one __init__ always sets).  Else
the answer is a switch on x's class over the compiled classes the program
constructs that derive from x's type (prepare.constructed_kinds): a subclass
that defines `__call__` or the attribute, an attribute that __init__ sets on
some paths only (read as attrdefs.py keeps it).  A value of static type
`object`, Any or a union whose members answer differently is a located
error: unicc cannot tell what it is."""

from __future__ import annotations

from mypy.nodes import CallExpr, Expression, MemberExpr, NameExpr, StrExpr, TypeInfo, Var
from mypy.types import CallableType, Instance, NoneType, Overloaded, ProperType, TupleType, TypeType, UnionType

from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL
from unicc.irbuild import mapper
from unicc.irbuild.attrdefs import class_body_value, maybe_undefined
from unicc.irbuild.builder import Builder
from unicc.irbuild.members import attr_is_set, type_of
from unicc.irbuild.prepare import can_be, constructed_kinds, make_planned
from unicc.irbuild.registry import BUILTIN_FUNCS


# CPython 3.11's dir(None)
NONE_ATTRS = frozenset(
    "__bool__ __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ "
    "__hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ "
    "__setattr__ __sizeof__ __str__ __subclasshook__".split())


class Probe:
    """One question about x: `name` among the attributes of x's class
    (callable: `__call__`, which CPython looks up on the class only) or of x
    itself (hasattr: instance attributes too)."""

    def __init__(self, what: str, name: str, instance: bool) -> None:
        self.what, self.name, self.instance = what, name, instance


def b_callable(b: Builder, e: CallExpr) -> o.Register:
    return ask(b, e, e.args[0], Probe("callable()", "__call__", False))


def b_hasattr(b: Builder, e: CallExpr) -> o.Register:
    x, n = e.args
    if not isinstance(n, StrExpr):
        raise b.ctx.error(b.module, n, f"hasattr() with the name {written(n) or 'given here'}: only a str literal "
                                       "as the name is supported by unicc")
    return ask(b, e, x, Probe("hasattr()", n.value, True))


def ask(b: Builder, e: CallExpr, x: Expression, q: Probe) -> o.Register:
    t = mapper.proper(b.ctx.types.get(x))
    items = [mapper.proper(i) for i in t.items] if isinstance(t, UnionType) else [t]
    some = [i for i in items if not isinstance(i, NoneType)]
    answers: list[bool | None] = [static_answer(b, i, q) for i in some]
    if len(some) < len(items):
        answers.append(q.instance and q.name in NONE_ATTRS)
    if isinstance(x, (NameExpr, MemberExpr)) and not isinstance(x.node, Var) and x.node is not None \
            and None not in answers and len(set(answers)) == 1:
        return b.const(answers[0], BOOL)   # a def's or a class's name: no value to evaluate
    v = b.accept(x)
    if len(some) == 1 and answers[0] is None and compiled(b, mapper.instance_info(some[0])):
        if len(items) == 1:
            return run_time(b, v, some[0], q)
        if answers[1] is not None:   # X | None: None's answer, else X's at run time
            res = b.reg(BOOL)
            b.assign(res, b.const(answers[1], BOOL))
            yes, done = b.new_block(), b.new_block()
            b.branch(b.binary("eq", v, b.none(), BOOL), done, yes)
            b.activate(yes)
            b.assign(res, run_time(b, v, some[0], q))
            b.goto(done)
            b.activate(done)
            return res
    known = set(answers)
    if None in known or len(known) != 1:
        raise b.ctx.error(b.module, e, f"{q.what} of a value of type {mapper.shown(b.ctx.types.get(x))} is not "
                                       "supported by unicc (its class is not known when compiling)")
    return b.const(known.pop(), BOOL)


def compiled(b: Builder, info: TypeInfo | None) -> bool:
    """Whether objects of static type info may be of the program's classes
    (an Enum's members are all of its own class: not)."""
    return info is not None and not info.is_enum and (info.fullname in b.ctx.classes or info.is_protocol)


def static_answer(b: Builder, t: ProperType, q: Probe) -> bool | None:
    """The answer x's type gives; None: only x's class at run time tells."""
    if isinstance(t, (CallableType, Overloaded)):
        c = t if isinstance(t, CallableType) else t.items[0]
        if q.name == "__call__" and not q.instance:
            return True
        if c.is_type_obj():   # a class: what its body defines, and type's attributes (__name__, ...)
            return class_level(c.type_object(), q.name) or c.fallback.type.get(q.name) is not None
        return c.fallback.type.get(q.name) is not None   # a function's
    if isinstance(t, TypeType):
        if not q.instance:
            return True
        return True if isinstance(t.item, Instance) and class_level(t.item.type, q.name) else None
    info = t.partial_fallback.type if isinstance(t, TupleType) else mapper.instance_info(t)
    if info is None:
        return None
    if info.fullname == "builtins.object":
        return True if info.get(q.name) is not None and q.name != "__call__" else None
    if not compiled(b, info):
        return info.get(q.name) is not None
    node = info.get(q.name)
    if node is not None and not info.is_protocol and \
            (not isinstance(node.node, Var) or not maybe_undefined(b.ctx.modules, info, q.name, b.ctx.attr_undefined)):
        return True
    return None


def class_level(info: TypeInfo, name: str) -> bool:
    """Whether the class itself (not only its instances) has attribute name."""
    sym = info.get(name)
    return sym is not None and (not isinstance(sym.node, Var) or class_body_value(info, name))


def run_time(b: Builder, v: o.Register, t: ProperType, q: Probe) -> o.Register:
    """The answer of the class x has, among those of the program that can be
    x's: a switch on x's type descriptor."""
    info = mapper.instance_info(t)
    assert info is not None
    make_planned(b.ctx, lambda i: can_be(b.ctx, i, info))
    res = b.reg(BOOL)
    b.assign(res, b.const(False, BOOL))
    done = b.new_block()
    tp = None
    for _, ci, k in constructed_kinds(b.ctx, info):
        sym = k.get(q.name)
        if sym is None:
            continue
        tp = tp or type_of(b, v)
        yes, no = b.new_block(), b.new_block()
        b.branch(b.binary("eq", tp, b.addr(ci.ir.symbol), BOOL), yes, no)
        b.activate(yes)
        is_set = None
        if q.instance and isinstance(sym.node, Var) and q.name in ci.fields and \
                maybe_undefined(b.ctx.modules, k, q.name, b.ctx.attr_undefined):
            is_set = attr_is_set(b, v, ci, q.name)
        b.assign(res, is_set if is_set is not None else b.const(True, BOOL))
        b.goto(done)
        b.activate(no)
    b.goto(done)
    b.activate(done)
    return res


BUILTIN_FUNCS.update({"builtins.callable": b_callable, "builtins.hasattr": b_hasattr})
