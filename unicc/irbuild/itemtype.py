"""What iterating a value gives: the mypy and run-time types of its items.

One rule answers "what does iterating a value of type t give": item_mypy,
and item_rtype is the run-time type derived from it.  The loops
(for_helpers.py), the builtins that consume iterables, `in` and the unpacking
of assignments all ask it, so a str, bytes, list, dict view, range, tuple,
generator or iterator gives the same item type wherever it is iterated.

A container's storage is a different question: slot_kind is the kind a list,
set, dict (keys, values) or tuple[X, ...] keeps its items in, the run-time
type of that type argument; collected_kind is that of the list a generator
expression is collected into.
"""

from __future__ import annotations

from mypy.expandtype import expand_type_by_instance
from mypy.maptype import map_instance_to_supertype
from mypy.nodes import DictExpr, Expression, GeneratorExpr, ListExpr, OpExpr, SetExpr
from mypy.typeops import tuple_fallback
from typing import Callable

from mypy.types import AnyType, Instance, LiteralType, NoneType, Type, TypeOfAny, UninhabitedType

from unicc.ir.rtypes import OBJ, RType
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, UnknownItems, rtype_of


def item_mypy(b: Builder, t: Type | None) -> Type | None:
    """The mypy type of the items that iterating a value of type t gives: X of
    the Iterable[X] it is (str gives str, bytes and bytearray int, range int,
    a dict its keys, dict_items tuple[K, V], a fixed tuple the union of its
    items, enumerate[str] tuple[int, str]); for an instance of a compiled
    class, what its __next__ returns, or the items of its __iter__'s result.
    None: not known to be iterable."""
    p = mapper.proper(t)
    if isinstance(p, LiteralType):
        p = p.fallback
    if isinstance(p, mapper.TupleType):
        p = tuple_fallback(p)
    if not isinstance(p, Instance):
        return None
    info = p.type
    if info.fullname in b.ctx.infos:   # a class with __next__ or __iter__
        m = info.get_method("__next__")
        if m is not None and isinstance(m.type, mapper.CallableType):
            return expand_type_by_instance(m.type.ret_type, p)
        r = iter_result_type(p)   # Ring[int].__iter__ -> Iterator[int]
        if mapper.instance_info(r) is not info:
            return item_mypy(b, r)
    for base in info.mro:
        if base.fullname == "typing.Iterable":
            args = map_instance_to_supertype(p, base).args
            return args[0] if args else None
    return None


NARROWED_CONTAINERS = ("builtins.list", "builtins.set", "builtins.frozenset", "builtins.dict")
SIZED_CONTAINERS = NARROWED_CONTAINERS + ("builtins.tuple",)   # their storage follows their type arguments


def check_known_items(t: Type | None) -> None:
    p = mapper.proper(t)
    if isinstance(p, Instance) and p.type.fullname in NARROWED_CONTAINERS and any(
            isinstance(a, AnyType) and a.type_of_any == TypeOfAny.special_form
            for a in (mapper.proper(x) for x in p.args)):
        name = p.type.name
        raise UnknownItems(f"the items of a {name} narrowed by isinstance to {p} are not supported by "
                           f"unicc (their type is unknown: give the value its {name} type)")


def union_kind(u: mapper.UnionType, kind: Callable[[Type], RType]) -> RType | None:
    """The one kind a union of lists, sets, dicts or tuple[X, ...] keeps its
    items in (`dict[str, float] | None`, a dict narrowed by isinstance from a
    union); refused when its types store them differently, since a value of
    either may come.  None: not such a union."""
    members = [mapper.proper(x) for x in u.items if not isinstance(mapper.proper(x), NoneType)]
    if not members or not all(isinstance(x, Instance) and x.type.fullname in SIZED_CONTAINERS for x in members):
        return None
    kinds = {kind(x) for x in members}
    if len(kinds) > 1:
        raise UnknownItems(f"the items of a value of type {u} are stored differently by the types of the union: "
                           "this is not supported by unicc (give the value one container type)")
    return kinds.pop()


def item_rtype(b: Builder, t: Type | None) -> RType:
    """The run-time type of the items that iterating a value of type t gives.
    A fixed tuple keeps each item in its own kind: its items are read as one
    kind only when they all share it, else boxed (tuple[int, bool]: OBJ,
    though item_mypy gives int)."""
    p = mapper.proper(t)
    if isinstance(p, mapper.TupleType):
        kinds = {mapper.rtype(x, b.subst) for x in p.items}
        return kinds.pop() if len(kinds) == 1 else OBJ
    check_known_items(t)
    one = union_kind(p, lambda x: item_rtype(b, x)) if isinstance(p, mapper.UnionType) else None
    return one or mapper.rtype(item_mypy(b, t), b.subst)


def slot_kind(b: Builder, t: Type | None, i: int = 0) -> RType:
    """The kind a container of type t keeps its items in: the run-time type of
    its i-th type argument (list[X], set[X], tuple[X, ...]: X; dict[K, V]:
    K for 0, V for 1); OBJ when it has none."""
    check_known_items(t)
    p = mapper.proper(t)
    one = union_kind(p, lambda x: slot_kind(b, x, i)) if isinstance(p, mapper.UnionType) else None
    return one or mapper.rtype(type_arg(t, i), b.subst)


def type_arg(t: Type | None, i: int = 0) -> Type | None:
    """The i-th type argument of t (dict[K, V]: K for 0, V for 1), or None."""
    args = mapper.type_args(t)
    return args[i] if len(args) > i else None


def collected_kind(b: Builder, g: GeneratorExpr) -> RType:
    """The kind of the list a generator expression is collected into (for_helpers
    lower_display): its item expression's own run-time type."""
    return rtype_of(b, g.left_expr)


def tuple_item_types(b: Builder, t: Type | None) -> list[RType] | None:
    p = mapper.proper(t)
    if isinstance(p, mapper.TupleType):
        return [mapper.rtype(x, b.subst) for x in p.items]
    return None


GENERATOR_TYPES = {"typing.Generator", "typing.Iterator", "typing.Iterable",
                   "collections.abc.Generator", "collections.abc.Iterator", "collections.abc.Iterable"}


SEQUENCES = ("typing.Sequence", "typing.MutableSequence")
MAPPINGS = ("typing.Mapping", "typing.MutableMapping")
# abstract collection types (abstract.py): the object itself, iterated through
# rt_iter; Mapping.keys()/values()/items() give the views, lists here as dict's are
ABSTRACT = SEQUENCES + MAPPINGS + ("typing.Collection", "typing.Container", "typing.Sized",
                                   "typing.AbstractSet", "typing.MutableSet", "typing.KeysView",
                                   "typing.ValuesView", "typing.ItemsView")


# Their values are generators (generator.py lower_lazy); consumed in place, loops.
BUILTIN_ITERATORS = {"builtins.map", "builtins.filter", "builtins.zip", "builtins.enumerate",
                     "builtins.reversed"}


def is_iterator_type(b: Builder, t: Type | None) -> bool:
    """Values iterated through the iterator protocol: generators, coroutines'
    iterators, Iterator/Iterable-typed values, classes with __iter__/__next__."""
    if mapper.fullname(t) in GENERATOR_TYPES or mapper.fullname(t) in BUILTIN_ITERATORS or \
            mapper.fullname(t) in ABSTRACT:
        return True
    info = mapper.instance_info(t)
    return info is not None and info.fullname in b.ctx.infos and \
        (info.get_method("__iter__") is not None or info.get_method("__next__") is not None)


def iter_result_type(t: Type | None) -> Type | None:
    """The type of iter(x) for an instance of a compiled class: its __iter__'s
    result (Ring[int].__iter__ -> Iterator[int]), or x's own type."""
    info = mapper.instance_info(t)
    m = info.get_method("__iter__") if info is not None else None
    p = mapper.proper(t)
    if m is None or not isinstance(m.type, mapper.CallableType) or not isinstance(p, Instance):
        return t
    return expand_type_by_instance(m.type.ret_type, p)


DICT_VIEWS = {"_collections_abc.dict_keys": 0, "_collections_abc.dict_values": 1,
              "_collections_abc.dict_items": -1}


COROUTINE_TYPES = {"typing.Coroutine", "collections.abc.Coroutine"}   # always frames


def await_result(t: Type | None) -> Type | None:
    """What awaiting a coroutine of type t gives: T of Coroutine[_, _, T]."""
    p = mapper.proper(t)
    if isinstance(p, Instance) and p.type.fullname in COROUTINE_TYPES and p.args:
        return p.args[-1]
    return t


def adopt_declared(b: Builder, e: Expression, vt: Type) -> None:
    """`row = []`, `xs: list[int] = [] + []`: an empty display, or an operator
    of empty ones (list[Never]), is built with the item kinds of the variable
    it is assigned to, not as a container of objects."""
    if mapper.fullname(vt) != mapper.fullname(b.ctx.types.get(e)):
        return
    if isinstance(e, (ListExpr, DictExpr, SetExpr)):
        b.ctx.types[e] = vt
    elif isinstance(e, OpExpr) and e.op in ("+", "*", "|") and never_items(b.ctx.types.get(e)):
        b.ctx.types[e] = vt
        adopt_declared(b, e.left, vt)
        adopt_declared(b, e.right, vt)


def never_items(t: Type | None) -> bool:
    """The type of an empty display, `[]` (list[Never]): it holds nothing."""
    args = mapper.type_args(t)
    return bool(args) and all(isinstance(mapper.proper(a), UninhabitedType) for a in args)
