"""`dataclasses.replace`, `asdict` and `astuple` on the program's dataclasses.

replace(obj, **changes) is a call of obj's class (the one it has at run
time) with every init field: the changes given, the others read from obj.
asdict/astuple walk the fields in order, as CPython's do: a nested dataclass
becomes its own dict or tuple, and so does each one inside lists, tuples and
dicts (keys too), which are rebuilt; a list or dict of plain values is a
copy (CPython deep-copies; for such values that is a copy), a tuple of them
or a scalar the value itself.  A field of another type (a set, a class that
is not a dataclass) is a located error.

fields(x) (x a dataclass or one of its objects) is a tuple of Field objects
of which unicc knows `.name` only (members.py)."""

from __future__ import annotations

from mypy.nodes import ARG_NAMED, CallExpr, Expression, MemberExpr, RefExpr, TempNode, TypeInfo
from mypy.types import Instance, NoneType, TupleType, Type, UnionType

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder
from unicc.irbuild.constructors import construct
from unicc.irbuild.registry import BUILTIN_FUNCS
from unicc.irbuild.for_helpers import for_each
from unicc.irbuild.sequences import as_value, new_tuple, tuple_items
from unicc.irbuild.typeof import construct_like

PLAIN = {"builtins.int", "builtins.float", "builtins.bool", "builtins.str", "builtins.bytes", "builtins.complex"}


def dataclass_of(b: Builder, e: CallExpr, x: Expression) -> TypeInfo:
    info = mapper.instance_info(b.ctx.types.get(x))
    if info is None or not any("dataclass" in c.metadata for c in info.mro) or \
            info.fullname not in b.ctx.classes or info.defn.type_vars:
        what = e.callee.fullname if isinstance(e.callee, RefExpr) else "this call"
        raise b.ctx.error(b.module, e, f"{what}() of a value that is not a compiled dataclass is not supported "
                                       "by unicc")
    return info


def fields(info: TypeInfo) -> list[dict[str, object]]:
    """The dataclass fields of info (a plain subclass has its base's)."""
    dc = next(c for c in info.mro if "dataclass" in c.metadata)
    return [a for a in dc.metadata["dataclass"]["attributes"] if not a.get("is_init_var")]


def field_type(info: TypeInfo, name: str) -> Type | None:
    sym = info.get(name)
    node = sym.node if sym is not None else None
    return getattr(node, "type", None)


def b_replace(b: Builder, e: CallExpr) -> o.Register:
    obj = e.args[0]
    info = dataclass_of(b, e, obj)
    pins: list[Expression] = []
    changes: dict[str, Expression] = {}
    for arg, name in zip(e.args[1:], e.arg_names[1:]):   # evaluated first, in the call's order
        node = TempNode(b.ctx.types.get(arg))  # type: ignore[arg-type]
        b.ctx.types[node] = b.ctx.types.get(arg)  # type: ignore[assignment]
        b.pinned[node] = b.accept(arg)
        pins.append(node)
        changes[name or ""] = node
    subject = TempNode(b.ctx.types.get(obj))  # type: ignore[arg-type]
    b.ctx.types[subject] = b.ctx.types.get(obj)  # type: ignore[assignment]
    b.pinned[subject] = b.accept(obj)
    args: list[Expression] = []
    names: list[str | None] = []
    for f in fields(info):
        name = str(f["name"])
        if not f.get("is_in_init", True):
            continue
        if name in changes:
            args.append(changes[name])
        else:
            m = MemberExpr(subject, name)
            m.set_line(e)
            b.ctx.types[m] = field_type(info, name)  # type: ignore[assignment]
            args.append(m)
        names.append(name)
    call = CallExpr(e.callee, args, [ARG_NAMED] * len(args), names)
    call.set_line(e)
    b.ctx.types[call] = b.ctx.types.get(obj)  # type: ignore[assignment]
    try:
        return construct_like(b, call, subject, construct)
    finally:
        for p in pins + [subject]:
            del b.pinned[p]


def b_asdict(b: Builder, e: CallExpr) -> o.Register:
    info = dataclass_of(b, e, e.args[0])
    return as_dict(b, e, b.accept(e.args[0]), info)


def b_astuple(b: Builder, e: CallExpr) -> o.Register:
    info = dataclass_of(b, e, e.args[0])
    return as_tuple(b, e, b.accept(e.args[0]), info)


def b_fields(b: Builder, e: CallExpr) -> o.Register:
    """fields(x): a tuple of Field objects (field 0: the name), one per field
    of x's class (not the InitVars), in order.  x is evaluated unless it
    names the class."""
    x = e.args[0]
    if isinstance(x, RefExpr) and isinstance(x.node, TypeInfo):
        info = x.node
        if not any("dataclass" in c.metadata for c in info.mro) or info.fullname not in b.ctx.classes:
            raise b.ctx.error(b.module, e, "dataclasses.fields() of a class that is not a compiled dataclass is "
                                           "not supported by unicc")
    else:
        info = dataclass_of(b, e, x)
        b.accept(x)
    sym = b.ctx.builtin_class("type.dataclasses.Field", "Field", [("name", OBJ)], "dataclasses")
    out = []
    for f in fields(info):
        if f.get("is_init_var"):
            continue
        obj = b.alloc(sym, 1)
        b.set_field(obj, 0, b.str_const(str(f["name"])))
        out.append(obj)
    return new_tuple(b, out)


def field_values(b: Builder, e: CallExpr, v: o.Register, info: TypeInfo,
                 nested: str) -> list[tuple[str, o.Register]]:
    ci = b.ctx.classes[info.fullname]
    out = []
    for f in fields(info):
        name = str(f["name"])
        t = field_type(info, name)
        x = b.get_field(v, ci.fields[name], ci.field_types[name], name)
        out.append((name, convert(b, e, x, t, nested)))
    return out


def convert(b: Builder, e: CallExpr, x: o.Register, t: Type | None, nested: str) -> o.Register:
    p = mapper.proper(t) if t is not None else None
    info = mapper.instance_info(p)
    if info is not None and any("dataclass" in c.metadata for c in info.mro) and info.fullname in b.ctx.classes:
        return as_dict(b, e, x, info) if nested == "dict" else as_tuple(b, e, x, info)
    if is_plain(p):
        return b.coerce(x, OBJ)
    name = mapper.fullname(p)
    args = mapper.type_args(p) if isinstance(p, Instance) else []
    if name in ("builtins.list", "builtins.dict") and all(mapper.fullname(a) in PLAIN for a in args):
        return b.call_rt("rt_list_copy" if name == "builtins.list" else "rt_dict_copy", [x], OBJ)
    if isinstance(p, UnionType) and mapper.optional_item(p) is not None:   # X | None
        res = b.reg(OBJ)
        b.assign(res, b.none())
        some, done = b.new_block(), b.new_block()
        b.branch(b.binary("eq", x, b.none(), BOOL), done, some)
        b.activate(some)
        b.assign(res, convert(b, e, b.coerce(x, mapper.rtype(mapper.optional_item(p), b.subst)),
                              mapper.optional_item(p), nested))
        b.goto(done)
        b.activate(done)
        return res
    if isinstance(p, TupleType):
        kinds = [mapper.rtype(i, b.subst) for i in p.items]
        return new_tuple(b, [convert(b, e, v, i, nested) for v, i in zip(tuple_items(b, x, kinds), p.items)])
    if name in ("builtins.list", "builtins.tuple", "builtins.dict") and len(args) in (1, 2) and p is not None:
        return rebuilt(b, e, x, p, args, nested)
    raise b.ctx.error(b.module, e, f"as{nested}() of a dataclass with a field of type {mapper.shown(t)} is not "
                                   "supported by unicc (scalars, str, dataclasses, and lists, tuples and dicts "
                                   "of these are)")


def is_plain(p: Type | None) -> bool:
    return mapper.fullname(p) in PLAIN or isinstance(p, NoneType) or \
        isinstance(p, TupleType) and all(is_plain(mapper.proper(i)) for i in p.items)


def rebuilt(b: Builder, e: CallExpr, x: o.Register, t: Type, args: list[Type], nested: str) -> o.Register:
    """A list, tuple or dict of values to convert: a new one of the same kind
    holding the converted items (a dict's keys converted too), in order."""
    name = mapper.fullname(t)
    node = b.held(t, x)
    it: Expression = node
    if name == "builtins.dict":
        d = b.call_rt("rt_dict_new", [b.int(OBJ.kind), b.int(OBJ.kind)], OBJ)
        items = MemberExpr(node, "items")
        it = CallExpr(items, [], [], [])

        def put(item: object) -> None:
            assert isinstance(item, list)
            k, v = (convert(b, e, r, a, nested) for r, a in zip(item, args))
            b.call_rt("rt_dict_set", [d, b.to_word(k), b.to_word(v)])
        for_each(b, it, put)
        del b.pinned[node]
        return d
    out = b.call_rt("rt_list_new", [b.int(OBJ.kind), b.int(0)], OBJ)
    for_each(b, it, lambda item: b.call_rt("rt_list_append", [out, b.to_word(
        convert(b, e, as_value(b, item), args[0], nested))]))
    del b.pinned[node]
    return b.call_rt("rt_tuple_from_list", [out], OBJ) if name == "builtins.tuple" else out


def as_dict(b: Builder, e: CallExpr, v: o.Register, info: TypeInfo) -> o.Register:
    d = b.call_rt("rt_dict_new", [b.int(OBJ.kind), b.int(OBJ.kind)], OBJ)
    for name, x in field_values(b, e, v, info, "dict"):
        b.call_rt("rt_dict_set", [d, b.to_word(b.str_const(name)), b.to_word(x)])
    return d


def as_tuple(b: Builder, e: CallExpr, v: o.Register, info: TypeInfo) -> o.Register:
    return new_tuple(b, [x for _, x in field_values(b, e, v, info, "tuple")])


BUILTIN_FUNCS.update({"dataclasses.replace": b_replace, "dataclasses.asdict": b_asdict, "dataclasses.fields": b_fields,
                      "dataclasses.astuple": b_astuple})
