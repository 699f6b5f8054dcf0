"""Class declaration: layouts, vtables, specialisations of generic classes,
and the whole-program questions about classes (which implementations a
method call can reach, which properties a class declares).

Objects of compiled classes are RT_L_FIELDS objects: a header and one word per
field, the base class's fields first.  These functions work over `Context`
(declaration); classdef.py lowers the bodies.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mypy.maptype import map_instance_to_supertype
from mypy.nodes import (
    AssignmentStmt, CallExpr, ClassDef, Decorator, Expression, FloatExpr, FuncDef, IntExpr, NameExpr,
    OverloadedFuncDef, RefExpr, StrExpr, TempNode, TupleExpr, TypeInfo, UnaryExpr, Var,
)
from mypy.subtypes import is_subtype
from mypy.types import AnyType, CallableType, Instance, Type
from mypy.typevars import fill_typevars, fill_typevars_with_any

from unicc.frontend.check import is_declaration, type_parts
from unicc.frontend.validate import class_bases, mixed_bases_rejected
from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, RType, VOID
from unicc.irbuild import complexes, mapper, slices
from unicc.irbuild.attrdefs import attr_flag, maybe_undefined, null_sentinel
from unicc.irbuild.builder import Builder, ClassInfo, Context, EnumDecl, FuncInfo, qualname
from unicc.irbuild.cached_props import cached_names, fields as cached_fields
from unicc.irbuild.closures import func_info
from unicc.irbuild.decorators import decorated_global, decorated_method
from unicc.irbuild.flags import check_members, is_flag
from unicc.irbuild.instances import constructed_classes
from unicc.irbuild.sequences import is_constant


def type_symbol(b: Builder, info: TypeInfo, node: object) -> str:
    if info.fullname == complexes.NAME:   # builtin classes the compiler declares at their first use
        complexes.declare(b.ctx)
    if info.fullname == slices.NAME:
        slices.declare(b.ctx)
    if info.fullname in b.ctx.classes:
        return b.ctx.classes[info.fullname].ir.symbol
    if info.fullname.startswith("builtins."):
        if any(c.fullname == "builtins.BaseException" for c in info.mro) and info.name not in abi.BUILTIN_EXCEPTIONS:
            raise b.ctx.error(b.module, node, f"class {info.fullname} is not supported by unicc")  # type: ignore[arg-type]
        if info.name in ("int", "str", "float", "bool", "list", "dict", "set", "frozenset", "tuple", "bytes",
                         "bytearray", "object", "type") or info.name[0].isupper():
            return f"rt_type_{info.name}"
    raise b.ctx.error(b.module, node, f"isinstance of {info.fullname} is not supported by unicc")  # type: ignore[arg-type]


# ---- declaration (before any code is compiled) ----------------------------------------

def declare_classes(ctx: Context, module: str, defs: list[ClassDef]) -> None:
    for cdef in defs:
        declare_class(ctx, module, cdef)


def builtin_base(info: TypeInfo) -> str | None:
    for base in info.mro[1:]:
        if base.fullname.startswith("builtins.") and base.name != "object":
            return base.name
    return None


def declare_class(ctx: Context, module: str, cdef: ClassDef) -> None:
    info = cdef.info
    if info.fullname in ctx.classes:
        return
    if info.is_enum:
        return declare_enum(ctx, info, cdef)
    if info.tuple_type is not None and "namedtuple" in info.metadata:
        return declare_namedtuple(ctx, module, info, cdef)
    if info.is_protocol or info.typeddict_type is not None:
        return
    if info.metaclass_type is not None and info.metaclass_type.type.fullname not in ("abc.ABCMeta", "builtins.type"):
        raise ctx.error(module, cdef, "metaclasses are not supported by unicc")
    if len(class_bases(info)) > 1 and (why := mixed_bases_rejected(info)) is not None:
        raise ctx.error(module, cdef, f"multiple inheritance {why} is not supported by unicc")
    new_class(ctx, module, info, info.fullname, {}, cdef)


def builtin_mixins(ctx: Context, module: str, cdef: ClassDef, bases: list[Instance]) -> list[str]:
    """The rt_type of each builtin exception among a class's bases after the
    first (`class NotFound(AppError, KeyError)`), for isinstance and except."""
    out = []
    for t in (t.type for t in bases if t.type.fullname.startswith("builtins.")):
        if t.name not in abi.BUILTIN_EXCEPTIONS:
            raise ctx.error(module, cdef, f"class {t.fullname} is not supported by unicc")
        out.append(f"rt_type_{t.name}")
    return out


def new_class(ctx: Context, module: str, info: TypeInfo, key: str, subst: dict[str, RType],
              cdef: ClassDef) -> ClassInfo:
    """The layout and methods of a class, or of one specialisation of a generic
    class (`key` 'm.Box[i64]', `subst` the run-time types of its type variables)."""
    bases = class_bases(info) or info.bases[:1]
    base_ci = class_of(ctx, bases[0], subst) if bases else None
    mixins = [m for m in (class_of(ctx, t, subst) for t in bases[1:]) if m is not None]
    bb = builtin_base(info)
    fields: list[tuple[str, RType]] = []
    is_exc = False
    if base_ci is not None:
        fields = list(base_ci.ir.fields)
        base_sym = base_ci.ir.symbol
        is_exc = base_ci.is_exception
    elif bb is not None:
        if not any(t.fullname == "builtins.BaseException" for t in info.mro):
            if info.tuple_type is not None:
                raise ctx.error(module, cdef, "typing.NamedTuple classes are not supported by unicc")
            raise ctx.error(module, cdef, f"class {info.name}: subclassing {bb} is not supported by unicc")
        # the words of a builtin exception come first (abi.EXC_ARGS ...)
        fields = [("<args>", OBJ), ("<cause>", OBJ), ("<context>", OBJ), ("<suppress>", I64)]
        if any(t.fullname == "builtins.StopIteration" for t in info.mro):
            fields.append(("<value>", OBJ))
        base_sym = f"rt_type_{bb}"
        is_exc = True
    else:
        base_sym = "rt_type_object"
    for m in mixins:   # then the fields of the other bases (and their bases) it lacks
        have = {n for n, _ in fields}
        fields += [f for f in m.ir.fields if f[0] not in have]
    if info.fullname in ctx.obj_enums:   # an Enum member: its name and its value
        fields = [("_name_", OBJ), ("_value_", ctx.obj_enums[info.fullname].vtype)]
    for name, sym in info.names.items():
        v = sym.node
        if isinstance(v, Var) and not info.is_enum and not v.is_classvar and name not in dict(fields) \
                and not class_final(info, name) and v.line >= 0 and not name.startswith("__"):
            fields.append((name, mapper.rtype(v.type, subst)))
            if not (fields[-1][1].is_obj and null_sentinel(v.type)) and \
                    maybe_undefined(ctx.modules, info, name, ctx.attr_undefined):
                fields.append((attr_flag(name), BOOL))   # set by each assignment (attrdefs.py)
    for name in cached_names(info):
        getter = info.names[name].node
        assert isinstance(getter, Decorator) and isinstance(getter.func.type, CallableType)
        fields += cached_fields(name, mapper.rtype(getter.func.type.ret_type, subst))
    generic = key != info.fullname
    if generic:   # isinstance(x, Box) walks from Box[i64] through Box
        base_sym = ctx.classes[info.fullname].ir.symbol
    ci = o.ClassIR(qualname(ctx, info), module, f"type.{key}", base_sym, fields,
                   mixin_symbols=[m.ir.symbol for m in mixins] + builtin_mixins(ctx, module, cdef, bases[1:]))
    ctx.ir.classes.append(ci)
    cinfo = ClassInfo(ci, is_exception=is_exc, is_dataclass="dataclass" in info.metadata,
                      base=base_ci, subst=subst)
    if mixins or base_ci is not None and lineage(base_ci) != chain(base_ci):   # (never generic: see above)
        cinfo.mro = [cinfo, *(c for t in info.mro[1:] if (c := ctx.classes.get(t.fullname)) is not None)]
        primary = chain(cinfo)
        ctx.displaced.update(c.ir.symbol for c in cinfo.mro if c not in primary)
    cinfo.fields = {n: i for i, (n, _) in enumerate(fields)}
    cinfo.field_types = dict(fields)
    ctx.classes[key] = cinfo
    ctx.infos[key] = info
    if not generic and not info.is_enum:
        declare_class_attrs(ctx, info, cdef)
    declare_methods(ctx, module, info, key, cinfo, subst)
    if cinfo.is_dataclass and "__init__" not in cinfo.methods:
        params = dc_fields(cinfo, info, init_vars=True)
        cinfo.methods["__init__"] = FuncInfo(f"{key}.__init__", [OBJ] + [t for n, t in params],
                                             VOID, ["self"] + [n for n, _ in params],
                                             [None, *dc_defaults(ctx, info, cdef)], fresh_defaults=True)
    return cinfo


def declare_namedtuple(ctx: Context, module: str, info: TypeInfo, cdef: ClassDef) -> None:
    """A NamedTuple class: its objects are tuples (items in the fields' own run-time
    types) whose type descriptor derives from tuple; the constructor's signature is
    kept in ctx.namedtuples, its defaults that are not constants in globals."""
    assert info.tuple_type is not None
    names = list(info.metadata["namedtuple"]["fields"])
    types: list[Type | None] = list(info.tuple_type.items)
    if any(isinstance(mapper.proper(t), AnyType) for t in types):
        raise ctx.error(module, cdef, f"namedtuple {info.name} has untyped fields (Any); "
                                      "unicc compiles typing.NamedTuple classes")
    ci = o.ClassIR(info.name, module, f"type.{info.fullname}", "rt_type_tuple", [], layout=abi.L_TUPLE)
    ctx.ir.classes.append(ci)
    cinfo = ClassInfo(ci)
    ctx.classes[info.fullname] = cinfo
    ctx.infos[info.fullname] = info
    defaults: dict[str, Expression] = {}
    for s in cdef.defs.body:
        if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and \
                not isinstance(s.rvalue, TempNode):
            defaults[s.lvalues[0].name] = s.rvalue
    rtypes = [mapper.rtype(t) for t in types]
    new = FuncInfo(f"{info.fullname}.__new__", rtypes, OBJ, names, [defaults.get(n) for n in names],
                   ptypes=types)
    ctx.namedtuples[info.fullname] = new
    for i, n in enumerate(names):
        if n in defaults and not is_constant(defaults[n]):
            ctx.global_var(f"{new.name}.default{i}", rtypes[i])
    declare_methods(ctx, module, info, info.fullname, cinfo, {})


def declare_methods(ctx: Context, module: str, info: TypeInfo, key: str, cinfo: ClassInfo,
                    subst: dict[str, RType]) -> None:
    generic = key != info.fullname
    for name, sym in info.names.items():
        node = sym.node
        if sym.plugin_generated:   # the dataclass plugin's __init__ etc.: we make our own
            continue
        if isinstance(node, OverloadedFuncDef) and not node.is_property and node.impl is not None:
            node = node.impl   # the @overload items only tell mypy the types
        f = node.func if isinstance(node, Decorator) else node
        if isinstance(f, FuncDef) and is_declaration(f):
            continue
        if isinstance(f, FuncDef) and not (f.is_static or f.is_class) and not f.is_trivial_body:
            fi = func_info(ctx, f"{key}.{name}", f, self_type=OBJ, subst=subst)
            cinfo.methods[name] = fi
            if not generic:
                ctx.funcs[f.fullname] = fi
            if decorated_method(node):   # the value the class statement binds (decorators.py)
                assert isinstance(node, Decorator)
                if generic:
                    raise ctx.error(module, node, f"decorated method {name} of a generic class is not supported "
                                                  "by unicc")
                ctx.global_var(decorated_global(node), mapper.rtype(node.var.type))
        elif isinstance(f, FuncDef) and f.is_static and not f.is_trivial_body and not generic:
            fi = func_info(ctx, f"{info.fullname}.{name}", f)
            ctx.funcs[f.fullname] = fi
        elif isinstance(node, OverloadedFuncDef) and node.is_property:
            for mname in (name, name + SETTER):
                pf = method_def(info, mname)
                if pf is not None and not pf.is_trivial_body:
                    fi = func_info(ctx, f"{key}.{mname}", pf, self_type=OBJ, subst=subst)
                    cinfo.methods[mname] = fi
                    if not generic and mname == name:
                        ctx.funcs[pf.fullname] = fi
        elif isinstance(node, OverloadedFuncDef):
            raise ctx.error(module, node, "overloaded methods are not supported by unicc")
    for alias, target in method_aliases(info):   # `__rmul__ = __mul__`: one function, two names
        if target in cinfo.methods:
            cinfo.methods[alias] = cinfo.methods[target]
    if is_total_ordering(info):
        declare_ordering(ctx, module, info, cinfo, key)


def method_aliases(info: TypeInfo) -> list[tuple[str, str]]:
    """`name = method` in the class body, of a method the class defines."""
    return [(s.lvalues[0].name, s.rvalue.name) for s in info.defn.defs.body
            if isinstance(s, AssignmentStmt) and len(s.lvalues) == 1 and isinstance(s.lvalues[0], NameExpr)
            and isinstance(s.rvalue, NameExpr) and isinstance(s.rvalue.node, (FuncDef, Decorator, OverloadedFuncDef))
            and s.rvalue.node.info is info]


# ---- generic classes: one specialisation per run-time type arguments -----------------------
#
# A generic class is compiled once per assignment of run-time types to its
# type variables, as generic functions are (generic.py): Box[int] holds an
# unboxed i64 field and its list[T] attribute is a list of unboxed ints, the
# same representation the code outside the class uses for a list[int], so
# lists pass in and out without copying or boxing and stay shared.  Type
# arguments that are all objects use the class as declared ("erased"); the
# others are made at first use, named by their run-time types (m.Box[i64]).


def class_key(info: TypeInfo, rts: list[RType]) -> str:
    if all(r == OBJ for r in rts):
        return info.fullname
    return f"{info.fullname}[{','.join(r.name for r in rts)}]"


def class_of(ctx: Context, t: object, subst: dict[str, RType]) -> ClassInfo | None:
    """The compiled class (or specialisation) of objects of mypy type t."""
    p = mapper.proper(t)  # type: ignore[arg-type]
    if not isinstance(p, Instance):
        item = mapper.optional_item(t)  # type: ignore[arg-type]
        return class_of(ctx, item, subst) if item is not None else None
    ci = ctx.classes.get(p.type.fullname)
    if ci is None or not p.args or not p.type.defn.type_vars:
        return ci
    if any(isinstance(mapper.proper(a), AnyType) for a in p.args):
        return None   # Box[Any] after isinstance(x, Box): any specialisation
    return specialise(ctx, p.type, [mapper.rtype(a, subst) for a in p.args])


def specialise(ctx: Context, info: TypeInfo, rts: list[RType]) -> ClassInfo:
    key = class_key(info, rts)
    ci = ctx.classes.get(key)
    if ci is not None:
        return ci
    if ctx.ready and key not in ctx.planned:
        raise AssertionError(f"unicc internal error: specialisation {key} was not found "
                             "before lowering (irbuild/discover.py)")
    subst = {tv.fullname: rt for tv, rt in zip(info.defn.type_vars, rts)}
    ci = new_class(ctx, info.module_name, info, key, subst, info.defn)
    if ctx.ready:
        ctx.compile_methods(info.module_name, info, ci)
    else:
        ctx.pending.append((info, ci))
    return ci


def make_planned(ctx: Context, which: Callable[[TypeInfo], bool]) -> None:
    """Make the planned specialisations of the classes `which` accepts that are
    not made yet: a run-time dispatch about to be compiled must see them."""
    for key, (info, rts) in list(ctx.planned.items()):
        if key not in ctx.classes and which(info):
            specialise(ctx, info, rts)


def specialise_static(ctx: Context) -> None:
    """Make the specialisations the program's static types name (Box[int]) before
    any code is compiled; those that only generic code makes are planned
    (discover.py) and made at first use."""
    seen: set[object] = set()

    def visit(t: object) -> None:
        p = mapper.proper(t)  # type: ignore[arg-type]
        if p in seen:
            return
        seen.add(p)
        if isinstance(p, Instance):
            class_of(ctx, p, {})
        for sub in type_parts(p):
            visit(sub)
        if isinstance(p, mapper.CallableType):
            for sub in [*p.arg_types, p.ret_type]:
                visit(sub)
    for t in list(ctx.types.values()):
        visit(t)


def view_key(ci: ClassInfo, info: TypeInfo, static: TypeInfo) -> str:
    """The key of `static` as class ci (a subclass, maybe a specialisation) sees it."""
    inst = map_instance_to_supertype(fill_typevars(info), static)  # type: ignore[arg-type]
    return class_key(static, [mapper.rtype(a, ci.subst) for a in inst.args])


def key_of(ci: ClassInfo) -> str:
    return ci.ir.symbol[len("type."):]


def dc_fields(ci: ClassInfo, info: TypeInfo, init_vars: bool = False) -> list[tuple[str, RType]]:
    """The fields __init__ takes, in order; with init_vars, its InitVar
    parameters too (passed on to __post_init__, never stored)."""
    attrs = info.metadata["dataclass"]["attributes"]
    return [(a["name"], init_var_rtype(info, a["name"], ci.subst) if a.get("is_init_var") else
             ci.field_types[a["name"]])
            for a in attrs if a.get("is_in_init", True) and (init_vars or not a.get("is_init_var"))]


def dc_option(info: TypeInfo, name: str, option: str) -> bool | None:
    """A field's `field(..., compare=False)` (or repr=, hash=), as written in
    the class body that declares it last; None when not given (mypy's plugin
    does not record these)."""
    for cls in info.mro:
        for s in cls.defn.defs.body:
            if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and s.lvalues[0].name == name:
                v = s.rvalue
                if isinstance(v, CallExpr) and isinstance(v.callee, RefExpr) and \
                        v.callee.fullname == "dataclasses.field":
                    given = dict(zip(v.arg_names, v.args)).get(option)
                    if isinstance(given, NameExpr) and given.fullname in ("builtins.True", "builtins.False"):
                        return given.fullname == "builtins.True"
                return None
    return None


def dc_selected(info: TypeInfo, option: str) -> list[str]:
    """The fields, in order (init=False ones too), that dataclasses compares
    (option "compare": __eq__ and order=True), hashes ("hash": those
    compared unless hash= says otherwise) or shows ("repr")."""
    out = []
    for a in info.metadata["dataclass"]["attributes"]:
        if a.get("is_init_var"):
            continue
        on = dc_option(info, a["name"], option)
        if on is None and option == "hash":
            on = dc_option(info, a["name"], "compare")
        if on is not False:
            out.append(a["name"])
    return out


def init_var_rtype(info: TypeInfo, name: str, subst: dict[str, RType]) -> RType:
    for cls in info.mro:   # `x: InitVar[int]`: mypy types the name as the InitVar
        sym = cls.names.get(name)
        if sym is not None and isinstance(sym.node, Var):
            t = mapper.proper(sym.node.type)
            return mapper.rtype(t.args[0] if isinstance(t, Instance) and t.args else t, subst)
    return OBJ


def dc_defaults(ctx: Context, info: TypeInfo, cdef: ClassDef | None, init: bool = True) -> list[Expression | None]:
    """Default of each dataclass field __init__ takes (with init=False: of each
    one it does not take): its class-body value, or a call of its
    default_factory (evaluated at each construction, as dataclasses do)."""
    values: dict[str, Expression] = {}
    for cls in reversed(info.mro):
        for s in cls.defn.defs.body:
            if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and \
                    not isinstance(s.rvalue, TempNode):
                values[s.lvalues[0].name] = s.rvalue
    out: list[Expression | None] = []
    for a in info.metadata["dataclass"]["attributes"]:
        if a.get("is_in_init", True) != init:
            continue
        v = values.get(a["name"])
        if isinstance(v, CallExpr) and isinstance(v.callee, RefExpr) and v.callee.fullname == "dataclasses.field":
            fact = dict(zip(v.arg_names, v.args)).get("default_factory")
            dflt = dict(zip(v.arg_names, v.args)).get("default")
            if fact is not None:
                call = CallExpr(fact, [], [], [])
                call.set_line(v)
                var = info.get(a["name"])
                ctx.types[call] = var.node.type if var is not None and isinstance(var.node, Var) else None  # type: ignore[assignment]
                v = call
            else:
                v = dflt
        out.append(v if a.get("has_default") or not init and v is not None else None)
    return out


ENUM_BASES = ("enum.Enum", "enum.IntEnum", "enum.ReprEnum", "enum.Flag", "enum.IntFlag", "builtins.int",
              "builtins.object")


def declare_enum(ctx: Context, info: TypeInfo, cdef: ClassDef) -> None:
    module = info.module_name
    if any(t.fullname not in ENUM_BASES for t in info.mro[1:]):
        other = next(t for t in info.mro[1:] if t.fullname not in ENUM_BASES)
        raise ctx.error(module, cdef, f"enums deriving from {other.fullname} are not supported by unicc")
    for name in ("__init__", "__new__", "_generate_next_value_", "_missing_"):
        if name in info.names:
            raise ctx.error(module, cdef, f"an enum defining {name} is not supported by unicc")
    body = [s for s in cdef.defs.body if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr)
            and not isinstance(s.rvalue, TempNode) and not is_sunder(s.lvalues[0].name)]
    if mapper.is_int_enum(info):
        flag = is_flag(info)
        members: dict[str, int] = {}
        for s in body:
            if flag and is_auto(s.rvalue):   # the next power of two
                high = max(members.values(), default=0)
                members[s.lvalues[0].name] = 1 << high.bit_length() if members else 1  # type: ignore[attr-defined]
                continue
            if not isinstance(s.rvalue, IntExpr):
                raise ctx.error(module, s, f"{'Flag' if flag else 'IntEnum'} members must be integer literals "
                                           f"{'or auto() ' if flag else ''}in unicc")
            members[s.lvalues[0].name] = s.rvalue.value  # type: ignore[attr-defined]
        ctx.enums[info.fullname] = members
        problem = check_members(ctx, info) if flag else None
        if problem is not None:
            raise ctx.error(module, cdef, f"{problem}: not supported by unicc")
        return declare_int_enum_methods(ctx, module, info)
    decl = EnumDecl({}, {}, VOID)
    seen: list[object] = []
    for s in body:
        name = s.lvalues[0].name  # type: ignore[attr-defined]
        v = enum_literal(ctx, module, s.rvalue, seen)
        seen.append(v)
        same = [m for m, w in decl.values.items() if w == v and type(w) is type(v) or
                w == v and {type(w), type(v)} <= {int, float, bool}]
        decl.names[name] = same[0] if same else name
        if same and type(decl.values[same[0]]) is not type(v):
            raise ctx.error(module, s, f"enum alias {name} of {same[0]} with a value of another type "
                                       "is not supported by unicc")
        if not same:
            decl.values[name] = v
    kinds = {literal_rtype(v) for v in decl.values.values()}
    decl.vtype = kinds.pop() if len(kinds) == 1 else OBJ
    ctx.obj_enums[info.fullname] = decl
    for name in decl.names:
        ctx.global_var(f"{info.fullname}.{name}", OBJ)
    new_class(ctx, module, info, info.fullname, {}, cdef)


def declare_int_enum_methods(ctx: Context, module: str, info: TypeInfo) -> None:
    """Methods and read-only properties of an IntEnum or a Flag: functions whose self
    is the member's int (compiled by classdef.compile_class)."""
    for name, sym in info.names.items():
        node = sym.node
        f = node.func if isinstance(node, Decorator) else node
        if not isinstance(f, (FuncDef, OverloadedFuncDef)):
            continue
        if name.startswith("__") or not isinstance(f, FuncDef) or f.is_static or f.is_class or \
                isinstance(node, Decorator) and not f.is_property:
            raise ctx.error(module, f, f"{info.name}.{name}: unicc compiles plain methods and read-only "
                                          "properties of an IntEnum or Flag, not this")
        ctx.funcs[f.fullname] = func_info(ctx, f"{info.fullname}.{name}", f, self_type=I64)


def is_sunder(name: str) -> bool:
    """_ignore_, __private and the like: not members."""
    return name.startswith("_") and (name.endswith("_") or name.startswith("__"))


def enum_literal(ctx: Context, module: str, e: Expression, previous: list[object]) -> object:
    """The value of an enum member: a literal (int, float, str, bool, None, a tuple of
    them) or auto(), which is one more than the last value that is a number."""
    if isinstance(e, (IntExpr, StrExpr, FloatExpr)):
        return e.value
    if isinstance(e, NameExpr) and e.fullname in ("builtins.True", "builtins.False", "builtins.None"):
        return {"builtins.True": True, "builtins.False": False, "builtins.None": None}[e.fullname]
    if isinstance(e, UnaryExpr) and e.op == "-" and isinstance(e.expr, (IntExpr, FloatExpr)):
        return -e.expr.value
    if isinstance(e, TupleExpr):
        return tuple(enum_literal(ctx, module, x, []) for x in e.items)
    if is_auto(e):
        return next_auto(list(previous))
    raise ctx.error(module, e, "enum member values must be literals or auto() in unicc")


def next_auto(last_values: list[Any]) -> object:
    """auto(): Enum._generate_next_value_ of CPython 3.11, run on the values before it."""
    if not last_values:
        return 1
    try:
        last = last_values[-1]
        last_values.sort()
        if last == last_values[-1]:
            return last + 1
        raise TypeError
    except TypeError:
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return 1


def is_auto(e: Expression) -> bool:
    return isinstance(e, CallExpr) and isinstance(e.callee, RefExpr) and e.callee.fullname == "enum.auto" \
        and not e.args


def literal_rtype(v: object) -> RType:
    return BOOL if isinstance(v, bool) else I64 if isinstance(v, int) else F64 if isinstance(v, float) else OBJ


def enum_members(ctx: Context, info: TypeInfo) -> dict[str, int]:
    return ctx.enums.get(info.fullname, {})


def declare_class_attrs(ctx: Context, info: TypeInfo, cdef: ClassDef) -> None:
    for s in cdef.defs.body:
        if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and \
                not isinstance(s.rvalue, TempNode) and isinstance(s.lvalues[0].node, Var):
            if isinstance(s.rvalue, CallExpr) and isinstance(s.rvalue.callee, RefExpr) and \
                    s.rvalue.callee.fullname == "dataclasses.field":
                continue
            ctx.global_var(f"{info.fullname}.{s.lvalues[0].name}", mapper.rtype(s.lvalues[0].node.type))


def class_final(info: TypeInfo, name: str) -> bool:
    """name is a Final given its value in the class body (`LIMIT: Final = 3`):
    the class's.  `self.x: Final = x` in __init__, or `x: Final[int]` in the
    body set there, is each instance's."""
    sym = info.names.get(name)
    if not (sym is not None and isinstance(sym.node, Var) and sym.node.is_final):
        return False
    return any(isinstance(s, AssignmentStmt) and not isinstance(s.rvalue, TempNode) and
               any(isinstance(lv, NameExpr) and lv.name == name for lv in s.lvalues) for s in info.defn.defs.body)


def find_method(ci: ClassInfo | None, name: str) -> FuncInfo | None:
    """The method a class has or inherits (in its method resolution order)."""
    return find_method_in(lineage(ci), name)


def find_method_in(classes: list[ClassInfo], name: str) -> FuncInfo | None:
    return next((c.methods[name] for c in classes if name in c.methods), None)


def lineage(ci: ClassInfo | None) -> list[ClassInfo]:
    """The class and its compiled bases in method resolution order."""
    return [] if ci is None else ci.mro or chain(ci)


# ---- attributes ---------------------------------------------------------------------------------

RANGE_FIELDS = {"start": abi.RANGE_START, "stop": abi.RANGE_STOP, "step": abi.RANGE_STEP}   # range's attributes


SETTER = ".setter"   # the setter of property x is method "x.setter" of its class


def method_def(info: TypeInfo, name: str) -> FuncDef | None:
    """The definition of method `name` in class `info` itself ("x.setter": the
    setter of property x)."""
    sym = info.names.get(name.removesuffix(SETTER))
    node = sym.node if sym is not None else None
    if isinstance(node, OverloadedFuncDef) and node.is_property:
        getter, setter = property_parts(node)
        return setter if name.endswith(SETTER) else getter
    return func_of(node)


def func_of(node: object) -> FuncDef | None:
    """The function a symbol defines, decorated (@staticmethod...) or not, or
    the implementation of an @overload."""
    if isinstance(node, OverloadedFuncDef) and not node.is_property and node.impl is not None:
        node = node.impl
    f = node.func if isinstance(node, Decorator) else node
    return f if isinstance(f, FuncDef) else None


def property_parts(node: OverloadedFuncDef) -> tuple[FuncDef, FuncDef | None]:
    """The getter and the setter of a property defined with `@x.setter`."""
    items = [i.func if isinstance(i, Decorator) else i for i in node.items]
    return items[0], items[node.setter_index] if node.setter_index is not None else None


def declared_property(info: TypeInfo, name: str) -> OverloadedFuncDef | Decorator | None:
    """Property `name` where the class or its nearest base defines that name."""
    for cls in info.mro:
        sym = cls.names.get(name)
        if sym is None:
            continue
        node = sym.node
        if isinstance(node, Decorator) and node.func.is_property or \
                isinstance(node, OverloadedFuncDef) and node.is_property:
            return node
        return None
    return None


def property_getter(ctx: Context, info: TypeInfo, name: str) -> FuncInfo | None:
    node = declared_property(info, name)
    if isinstance(node, OverloadedFuncDef):
        return ctx.funcs.get(property_parts(node)[0].fullname)
    return ctx.funcs.get(node.func.fullname) if node is not None else None


# ---- method calls ----------------------------------------------------------------------------------

def implementations(ctx: Context, static: TypeInfo, name: str,
                    key: ClassInfo | None = None) -> list[tuple[str, FuncInfo]]:
    """(class symbol, implementation) for every compiled class an object of static
    type `static` can be at run time (constructed_kinds), for method `name`.
    `key`: the specialisation of `static` the object is known to be (Box[int]
    is a Box[i64] or a subclass of one, never a Box)."""
    make_planned(ctx, lambda i: can_be(ctx, i, static))
    out = []
    for _, ci, cinfo in constructed_kinds(ctx, static):
        if key is not None and not static.is_protocol and view_key(ci, cinfo, static) != key_of(key):
            continue
        impl = find_method(ci, name)
        if impl is not None:
            out.append((ci.ir.symbol, impl))
    return out


def constructed_kinds(ctx: Context, static: TypeInfo) -> list[tuple[str, ClassInfo, TypeInfo]]:
    """(key, compiled class, its TypeInfo) for every compiled class (each made
    specialisation of a generic one too) an object of static type `static` can
    be at run time (can_be)."""
    return [(full, ci, cinfo) for full, ci in ctx.classes.items()
            if (cinfo := ctx.infos.get(full)) is not None and can_be(ctx, cinfo, static)]


def can_be(ctx: Context, cls: TypeInfo, static: TypeInfo) -> bool:
    """Whether an object of static type `static` can be a `cls` at run time:
    the program constructs cls (instances.py) and cls derives from `static`
    or, for a Protocol, conforms to it."""
    if ctx.constructed is None:
        ctx.constructed = constructed_classes(ctx.modules)
    return cls.fullname in ctx.constructed and \
        (conforms(cls, static) if static.is_protocol else cls.has_base(static.fullname))


def conforms(cls: TypeInfo, proto: TypeInfo) -> bool:
    """Structural conformance, as mypy judged it when it let such objects
    flow into `proto`-typed places (type arguments relaxed to Any)."""
    return is_subtype(fill_typevars_with_any(cls), fill_typevars_with_any(proto))


# ---- @functools.total_ordering (the methods are compiled by ordering.py) -------------------------

TOTAL_ORDERING = "functools.total_ordering"
ORDER = ("__lt__", "__le__", "__gt__", "__ge__")
# root -> missing method -> (negate the root's answer, then: "and" self != other / "or" self == other / "")
DERIVE = {
    "__lt__": {"__gt__": (True, "and"), "__le__": (False, "or"), "__ge__": (True, "")},
    "__le__": {"__ge__": (True, "or"), "__lt__": (False, "and"), "__gt__": (True, "")},
    "__gt__": {"__lt__": (True, "and"), "__ge__": (False, "or"), "__le__": (True, "")},
    "__ge__": {"__le__": (True, "or"), "__gt__": (False, "and"), "__lt__": (True, "")},
}


def is_total_ordering(info: TypeInfo) -> bool:
    return any(isinstance(d, RefExpr) and d.fullname == TOTAL_ORDERING for d in info.defn.decorators)


def ordering_root(info: TypeInfo) -> str | None:
    """The method the others derive from (CPython: max() of the names defined)."""
    roots = []
    for name in ORDER:
        for base in info.mro:
            sym = base.names.get(name)
            if sym is not None and not sym.plugin_generated and base.fullname != "builtins.object":
                roots.append(name)
                break
    return max(roots) if roots else None


def declare_ordering(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo, key: str) -> list[str]:
    """FuncInfos of the methods @total_ordering adds (compiled by compile_ordering)."""
    root = ordering_root(info)
    if root is None:
        raise ctx.error(module, info.defn, "must define at least one ordering operation: < > <= >=")
    have = {n for n in ORDER if any(n in b.names and not b.names[n].plugin_generated
                                    and b.fullname != "builtins.object" for b in info.mro)}
    rfi = find_method(ci, root)
    other = rfi.params[1] if rfi is not None and len(rfi.params) > 1 else OBJ
    added = []
    for name in DERIVE[root]:
        if name not in have:
            ci.methods[name] = FuncInfo(f"{key}.{name}", [OBJ, other], BOOL, ["self", "other"], [None, None])
            added.append(name)
    return added


def chain(ci: ClassInfo | None) -> list[ClassInfo]:
    out = []
    while ci is not None:
        out.append(ci)
        ci = ci.base
    return out
