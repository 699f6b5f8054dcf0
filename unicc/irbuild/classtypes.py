"""Which types and names are classes used as values (the types mypy gives
them), apart from how classvalues.py compiles them, so that argument and
assignment lowering can check them without importing it."""

from __future__ import annotations

from mypy.nodes import Expression, RefExpr, TypeAlias, TypeInfo
from mypy.types import CallableType, Instance, Overloaded, Type, TypeType, UnionType

from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, is_cls


def is_exception(info: TypeInfo) -> bool:
    return any(c.fullname == "builtins.BaseException" for c in info.mro)


def named_class(e: Expression) -> TypeInfo | None:
    """The class e names (a class, or an alias: IOError), else None."""
    node = e.node if isinstance(e, RefExpr) else None
    if isinstance(node, TypeAlias):
        target = mapper.proper(node.target)
        node = target.type if isinstance(target, Instance) else None
    return node if isinstance(node, TypeInfo) else None


def class_type(t: Type | None) -> TypeInfo | None:
    """C, when t is `type[C]` for a class C, or the type mypy gives a class's
    name (its constructor), or a union of those: then the nearest class they
    all derive from."""
    p = mapper.proper(t)
    if isinstance(p, TypeType) and isinstance(p.item, Instance):
        return p.item.type
    if isinstance(p, (CallableType, Overloaded)) and p.is_type_obj():   # int's constructors are overloaded
        return p.type_object()
    if isinstance(p, UnionType):
        infos = [class_type(i) for i in p.items]
        if infos and all(i is not None for i in infos):
            first = infos[0]
            assert first is not None
            return next(c for c in first.mro if all(i is not None and i.has_base(c.fullname) for i in infos))
    return None


def value_class(b: Builder, e: Expression) -> TypeInfo | None:
    """C, when e is a class value of type type[C]: not a class's name (nor
    `cls` in a classmethod, which stands for its class) but a value such as a
    variable, a parameter or `type(x)`."""
    if isinstance(e, RefExpr) and isinstance(e.node, (TypeInfo, TypeAlias)) or is_cls(e):
        return None
    t = b.ctx.types.get(e)
    return None if mapper.opaque(t) else class_type(t)
