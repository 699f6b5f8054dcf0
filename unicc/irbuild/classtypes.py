"""Which types and names are exception classes used as values (the types
mypy gives them), apart from how classvalues.py compiles them, so that
argument and assignment lowering can check them without importing it."""

from __future__ import annotations

from mypy.nodes import Expression, RefExpr, TypeAlias, TypeInfo
from mypy.types import AnyType, CallableType, Instance, Type, TypeType, UnionType

from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder


def is_exception(info: TypeInfo) -> bool:
    return any(c.fullname == "builtins.BaseException" for c in info.mro)


def named_class(e: Expression) -> TypeInfo | None:
    """The exception class e names (a class, or an alias: IOError), else None."""
    node = e.node if isinstance(e, RefExpr) else None
    if isinstance(node, TypeAlias):
        target = mapper.proper(node.target)
        node = target.type if isinstance(target, Instance) else None
    return node if isinstance(node, TypeInfo) and is_exception(node) else None


def class_type(t: Type | None) -> TypeInfo | None:
    """E, when t is `type[E]` for an exception class E, or the type mypy gives
    an exception class's name (its constructor), or a union of those: then
    the nearest class they all derive from."""
    p = mapper.proper(t)
    if isinstance(p, TypeType) and isinstance(p.item, Instance) and is_exception(p.item.type):
        return p.item.type
    if isinstance(p, CallableType) and p.is_type_obj() and is_exception(p.type_object()):
        return p.type_object()
    if isinstance(p, UnionType):
        infos = [class_type(i) for i in p.items]
        if infos and all(i is not None for i in infos):
            first = infos[0]
            assert first is not None
            return next(c for c in first.mro if all(i is not None and i.has_base(c.fullname) for i in infos))
    return None


def reject_as_object(b: Builder, e: Expression, target: Type | None) -> None:
    """A class value is a type descriptor, not an object: where it would be
    held as `object` (or Any) and printed, hashed or compared as one, stop."""
    if target is None or class_type(b.ctx.types.get(e)) is None:
        return
    p = mapper.proper(target)
    if isinstance(p, AnyType) or isinstance(p, Instance) and p.type.fullname == "builtins.object":
        raise b.ctx.error(b.module, e, f"an exception class held as {mapper.shown(target)} is not supported "
                                       "by unicc; give it the type type[...]")
