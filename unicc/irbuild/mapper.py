"""Map mypy types to run-time types (RType) and to element kinds."""

from __future__ import annotations

from mypy.nodes import TypeInfo
from mypy.types import (
    AnyType, CallableType, Instance, TypeOfAny, LiteralType, NoneType, ProperType, TupleType, Type,
    TypedDictType, TypeType, TypeVarType, UninhabitedType, UnionType, get_proper_type,
)

from unicc.ir.rtypes import BOOL, F64, FIXED, I64, OBJ, RType, VOID

FIXED_MODULE = "unicc_types"
# mypyc's native ints: under CPython, what i64(x) makes and i64 arithmetic
# gives is a plain int, so they are unicc's int (not unicc_types' wrapping ones)
NATIVE_INTS = {f"mypy_extensions.{n}" for n in ("i64", "i32", "i16", "i8", "u8", "u16", "u32", "u64")}


def proper(t: Type | None) -> ProperType:
    """A proper type; an expression mypy did not record (unreachable code) is Any."""
    if t is None:
        return AnyType(TypeOfAny.special_form)
    return get_proper_type(t)


# a frozenset is a set that no method changes (the runtime's set, typed
# frozenset): everything but its name and hash is compiled as a set's
SAME_AS = {"builtins.frozenset": "builtins.set"}


def fullname(t: Type | None) -> str:
    """The class name of an instance type ('builtins.list'), '' otherwise."""
    p = proper(t) if t is not None else None
    if isinstance(p, Instance):
        return "builtins.int" if p.type.fullname in NATIVE_INTS else SAME_AS.get(p.type.fullname, p.type.fullname)
    if isinstance(p, LiteralType):
        return p.fallback.type.fullname
    if isinstance(p, TupleType):
        return "builtins.tuple"
    if isinstance(p, TypedDictType):   # a dict[str, object]: each value read as its key's type
        return "builtins.dict"
    if isinstance(p, UnionType):   # Literal['a'] | Literal['b'] is a str
        names = {fullname(i) for i in p.items}
        if len(names) == 1:
            return names.pop()
    return ""


def rtype(t: Type | None, subst: dict[str, RType] | None = None) -> RType:
    p = proper(t) if t is not None else NoneType()
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, Instance):
        name = p.type.fullname
        if name == "builtins.int" or name in NATIVE_INTS:
            return I64
        if name == "builtins.float":
            return F64
        if name == "builtins.bool":
            return BOOL
        mod, _, short = name.rpartition(".")
        if mod == FIXED_MODULE and short in FIXED:
            return FIXED[short]
        if is_int_enum(p.type):
            return I64
        return OBJ
    if isinstance(p, UnionType):
        # Literal[1] | Literal[2] is an int; a union with None or of mixed kinds is boxed
        kinds = {rtype(i, subst) for i in p.items if not isinstance(proper(i), NoneType)}
        has_none = any(isinstance(proper(i), NoneType) for i in p.items)
        if len(kinds) == 1 and not has_none:
            return kinds.pop()
        if not has_none and kinds <= {I64, F64, BOOL}:
            return F64 if F64 in kinds else I64   # float | int (sum of floats): a float
        return OBJ
    if isinstance(p, TypeVarType) and subst and p.fullname in subst:
        return subst[p.fullname]
    return OBJ   # Never (items of an empty list) included: any word will do


INT_ENUMS = ("enum.IntEnum", "enum.Flag")   # IntFlag derives from Flag


def is_int_enum(info: TypeInfo) -> bool:
    """An enum whose members unicc keeps as plain ints (IntEnum, Flag, IntFlag)."""
    return info.is_enum and any(b.fullname in INT_ENUMS for b in info.mro)


def ret_rtype(t: Type | None, subst: dict[str, RType] | None = None) -> RType:
    p = proper(t) if t is not None else NoneType()
    if isinstance(p, (NoneType, UninhabitedType)):
        return VOID
    return rtype(t, subst)


def is_none(t: Type | None) -> bool:
    return isinstance(proper(t), NoneType)


def optional_item(t: Type | None) -> Type | None:
    """X for `X | None`, else None."""
    p = proper(t)
    if isinstance(p, UnionType):
        items = [i for i in p.items if not isinstance(proper(i), NoneType)]
        if len(items) == 1 and len(items) < len(p.items):
            return items[0]
    return None


def opaque(t: Type | None) -> bool:
    """`TracebackType | None`, the type of __exit__'s last parameter: unicc has
    no traceback objects, so such a value is only compared with None."""
    item = optional_item(t) if t is not None else None
    p = proper(item or t) if t is not None else None
    return isinstance(p, Instance) and p.type.fullname == "types.TracebackType"


def type_args(t: Type | None) -> list[Type]:
    p = proper(t)
    if isinstance(p, Instance):
        return list(p.args)
    if isinstance(p, TupleType):
        return list(p.items)
    if isinstance(p, TypedDictType):
        return typeddict_args(p)
    return []


def typeddict_args(p: TypedDictType) -> list[Type]:
    """[str, object] from the Mapping[str, object] a TypedDict's fallback derives from."""
    for base in p.fallback.type.mro:
        for b in base.bases:
            if b.type.fullname == "typing.Mapping":
                return list(b.args)
    raise AssertionError("a TypedDict is a Mapping")


def instance_info(t: Type | None) -> TypeInfo | None:
    p = proper(t)
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, Instance):
        return p.type
    if isinstance(p, TypeType) and isinstance(p.item, Instance):
        return p.item.type
    if isinstance(p, TupleType) and "namedtuple" in p.partial_fallback.type.metadata:
        return p.partial_fallback.type   # a NamedTuple: a tuple of its class
    return None


__all__ = ["rtype", "ret_rtype", "fullname", "proper", "is_none", "optional_item", "opaque",
           "type_args", "instance_info", "AnyType", "CallableType", "TupleType", "UnionType"]


def shown(t: Type | None) -> str:
    """A type as a message shows it, as the program writes it: `list[int]`,
    `mypy_extensions.i64`, `str | None`."""
    if t is None:
        return "this type"
    p = proper(t)
    if isinstance(p, TupleType) and p.partial_fallback.type.fullname != "builtins.tuple":
        p = p.partial_fallback   # a NamedTuple: its class
    return str(p).replace("builtins.", "")
