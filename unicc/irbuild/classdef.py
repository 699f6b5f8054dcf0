"""Classes: layouts, construction, attributes, method dispatch, dunders, dataclasses.

Objects of compiled classes are RT_L_FIELDS objects: a header and one word per
field, the base class's fields first.  Method calls are resolved over the
whole program: when only one implementation can be reached the call is
direct; otherwise the code switches on the object's type descriptor.
"""

from __future__ import annotations

from mypy.maptype import map_instance_to_supertype
from mypy.subtypes import is_subtype
from mypy.types import AnyType, Instance, Type
from mypy.typevars import fill_typevars, fill_typevars_with_any
from mypy.nodes import (
    ARG_POS, AssignmentStmt, CallExpr, ClassDef, Decorator, Expression, FuncDef, MemberExpr,
    NameExpr, OverloadedFuncDef, RefExpr, StrExpr, SuperExpr, TempNode, TypeInfo, Var,
)

from unicc.frontend.check import type_parts
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, VOID, WORD, RType
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, ClassInfo, Context, FuncInfo, new_function
from unicc.irbuild.expression import lower, lower_as
from unicc.irbuild.instances import constructed_classes

EXC_FIELDS = 1  # builtin exceptions keep their message in field 0


def type_symbol(b: Builder, info: TypeInfo, node: object) -> str:
    if info.fullname in b.ctx.classes:
        return b.ctx.classes[info.fullname].ir.symbol
    if info.fullname.startswith("builtins."):
        if info.name in ("int", "str", "float", "bool", "list", "dict", "set", "tuple", "bytes",
                         "bytearray", "object") or info.name[0].isupper():
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
    if info.is_protocol:
        return
    if info.metaclass_type is not None and info.metaclass_type.type.fullname not in ("abc.ABCMeta", "builtins.type"):
        raise ctx.error(module, cdef, "metaclasses are not supported by unicc")
    if len([b for b in info.bases if not b.type.is_protocol and b.type.fullname != "builtins.object"
            and b.type.fullname != "typing.Generic"]) > 1:
        raise ctx.error(module, cdef, "multiple inheritance is not supported by unicc")
    new_class(ctx, module, info, info.fullname, {}, cdef)


def new_class(ctx: Context, module: str, info: TypeInfo, key: str, subst: dict[str, RType],
              cdef: ClassDef) -> ClassInfo:
    """The layout and methods of a class, or of one specialisation of a generic
    class (`key` 'm.Box[i64]', `subst` the run-time types of its type variables)."""
    base_ci = class_of(ctx, info.bases[0], subst) if info.bases else None
    bb = builtin_base(info)
    fields: list[tuple[str, RType]] = []
    is_exc = False
    if base_ci is not None:
        fields = list(base_ci.ir.fields)
        base_sym = base_ci.ir.symbol
        is_exc = base_ci.is_exception
    elif bb is not None:
        if not any(t.fullname == "builtins.BaseException" for t in info.mro):
            raise ctx.error(module, cdef, f"subclassing {bb} is not supported by unicc")
        fields = [("<msg>", OBJ)]
        base_sym = f"rt_type_{bb}"
        is_exc = True
    else:
        base_sym = "rt_type_object"
    for name, sym in info.names.items():
        v = sym.node
        if isinstance(v, Var) and not v.is_classvar and name not in dict(fields) and not v.is_final \
                and v.line >= 0 and not name.startswith("__"):
            fields.append((name, mapper.rtype(v.type, subst)))
    generic = key != info.fullname
    if generic:   # isinstance(x, Box) walks from Box[i64] through Box
        base_sym = ctx.classes[info.fullname].ir.symbol
    ci = o.ClassIR(info.name, module, f"type.{key}", base_sym, fields)
    ctx.ir.classes.append(ci)
    cinfo = ClassInfo(ci, is_exception=is_exc, is_dataclass="dataclass" in info.metadata,
                      base=base_ci, subst=subst)
    cinfo.fields = {n: i for i, (n, _) in enumerate(fields)}
    cinfo.field_types = dict(fields)
    ctx.classes[key] = cinfo
    ctx.infos[key] = info
    if not generic:
        declare_class_attrs(ctx, info, cdef)
    for name, sym in info.names.items():
        node = sym.node
        if sym.plugin_generated:   # the dataclass plugin's __init__ etc.: we make our own
            continue
        f = node.func if isinstance(node, Decorator) else node
        if isinstance(f, FuncDef) and not (f.is_static or f.is_class) and not f.is_trivial_body:
            from unicc.irbuild.function import func_info
            fi = func_info(ctx, f"{key}.{name}", f, self_type=OBJ, subst=subst)
            cinfo.methods[name] = fi
            if not generic:
                ctx.funcs[f.fullname] = fi
        elif isinstance(f, FuncDef) and f.is_static and not f.is_trivial_body and not generic:
            from unicc.irbuild.function import func_info
            fi = func_info(ctx, f"{info.fullname}.{name}", f)
            ctx.funcs[f.fullname] = fi
        elif isinstance(node, OverloadedFuncDef) and node.is_property:
            from unicc.irbuild.function import func_info
            for mname in (name, name + SETTER):
                pf = method_def(info, mname)
                if pf is not None and not pf.is_trivial_body:
                    fi = func_info(ctx, f"{key}.{mname}", pf, self_type=OBJ, subst=subst)
                    cinfo.methods[mname] = fi
                    if not generic and mname == name:
                        ctx.funcs[pf.fullname] = fi
        elif isinstance(node, OverloadedFuncDef):
            raise ctx.error(module, node, "overloaded methods are not supported by unicc")
    if cinfo.is_dataclass and "__init__" not in cinfo.methods:
        cinfo.methods["__init__"] = FuncInfo(f"{key}.__init__", [OBJ] + [t for n, t in dc_fields(cinfo, info)],
                                             VOID, ["self"] + [n for n, _ in dc_fields(cinfo, info)],
                                             [None] + dc_defaults(ctx, info, cdef))
    return cinfo


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
    if ctx.open_dispatch:   # a method dispatch compiled earlier did not see this one
        ctx.stale = True
    ctx.specialised.append((info, rts))
    subst = {tv.fullname: rt for tv, rt in zip(info.defn.type_vars, rts)}
    ci = new_class(ctx, info.module_name, info, key, subst, info.defn)
    if ctx.ready:
        compile_methods(ctx, info.module_name, info, ci)
    else:
        ctx.pending.append((info, ci))
    return ci


def specialise_static(ctx: Context) -> None:
    """Make the specialisations the program's static types name (Box[int]) before
    any code is compiled; those that only generic code makes come later."""
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


def dc_fields(ci: ClassInfo, info: TypeInfo) -> list[tuple[str, RType]]:
    attrs = info.metadata["dataclass"]["attributes"]
    return [(a["name"], ci.field_types[a["name"]]) for a in attrs if a.get("is_in_init", True)]


def dc_defaults(ctx: Context, info: TypeInfo, cdef: ClassDef) -> list[Expression | None]:
    """Default of each dataclass field: its class-body value, or a call of its
    default_factory (evaluated at each construction, as dataclasses do)."""
    values: dict[str, Expression] = {}
    for cls in reversed(info.mro):
        if cls.defn is None:
            continue
        for s in cls.defn.defs.body:
            if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and \
                    not isinstance(s.rvalue, TempNode):
                values[s.lvalues[0].name] = s.rvalue
    out: list[Expression | None] = []
    for a in info.metadata["dataclass"]["attributes"]:
        if not a.get("is_in_init", True):
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
        out.append(v if a.get("has_default") else None)
    return out


def declare_enum(ctx: Context, info: TypeInfo, cdef: ClassDef) -> None:
    if not any(b.type.fullname == "enum.IntEnum" for b in info.bases):
        raise ctx.error(info.module_name, cdef, "enums other than IntEnum are not supported by unicc")
    members: dict[str, int] = {}
    from mypy.nodes import IntExpr
    for s in cdef.defs.body:
        if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr):
            if not isinstance(s.rvalue, IntExpr):
                raise ctx.error(info.module_name, s, "IntEnum members must be integer literals in unicc")
            members[s.lvalues[0].name] = s.rvalue.value
    ctx.enums[info.fullname] = members


def enum_members(ctx: Context, info: TypeInfo) -> dict[str, int]:
    return ctx.enums.get(info.fullname, {})


# ---- compiling class bodies ----------------------------------------------------------------

def compile_class(ctx: Context, module: str, cdef: ClassDef) -> None:
    info = cdef.info
    ci = ctx.classes.get(info.fullname)
    if ci is not None:
        compile_methods(ctx, module, info, ci)


def compile_methods(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> None:
    from unicc.irbuild.function import compile_function
    for name, fi in ci.methods.items():
        sym = info.names.get(name.removesuffix(SETTER))
        f = method_def(info, name)
        written = sym is not None and not sym.plugin_generated
        if isinstance(f, FuncDef) and written and not f.is_trivial_body:
            compile_function(ctx, module, f, fi, f"{info.name}.{name.removesuffix(SETTER)}", subst=ci.subst)
        elif name == "__init__" and ci.is_dataclass:
            dataclass_init(ctx, module, info, ci)
    for name in info.names:
        f = method_def(info, name)
        if f is not None and f.is_static and f.fullname in ctx.funcs and not ci.subst:
            compile_function(ctx, module, f, ctx.funcs[f.fullname], f"{info.name}.{name}")
    make_slots(ctx, module, info, ci)


def dataclass_init(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> None:
    fi = ci.methods["__init__"]
    b, params = new_function(ctx, module, fi.name, list(zip(fi.arg_names, fi.params)), VOID,
                             f"{info.name}.__init__")
    for (name, _), p in zip(dc_fields(ci, info), params[1:]):
        b.set_field(params[0], ci.fields[name], p)
    b.emit(o.Return(None))
    b.finish()


def class_body_init(b: Builder, cdef: ClassDef) -> None:
    """Values assigned in a class body are class attributes: globals named
    `module.Class.name` (instances also start with them, see class_defaults)."""
    info = cdef.info
    if info.is_enum:
        return
    for s in cdef.defs.body:
        if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and \
                not isinstance(s.rvalue, TempNode):
            v = s.lvalues[0].node
            g = b.ctx.globals.get(f"{info.fullname}.{s.lvalues[0].name}")
            if isinstance(v, Var) and g is not None:
                b.emit(o.SetGlobal(g.name, lower_as(b, s.rvalue, g.type)))


def declare_class_attrs(ctx: Context, info: TypeInfo, cdef: ClassDef) -> None:
    for s in cdef.defs.body:
        if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and \
                not isinstance(s.rvalue, TempNode) and isinstance(s.lvalues[0].node, Var):
            if isinstance(s.rvalue, CallExpr) and isinstance(s.rvalue.callee, RefExpr) and \
                    s.rvalue.callee.fullname == "dataclasses.field":
                continue
            ctx.global_var(f"{info.fullname}.{s.lvalues[0].name}", mapper.rtype(s.lvalues[0].node.type))


# ---- construction --------------------------------------------------------------------------

def construct_instance(b: Builder, e: CallExpr, info: TypeInfo) -> o.Register:
    from unicc.irbuild.call import match_args
    ci = class_of(b.ctx, b.ctx.types.get(e), b.subst) or b.ctx.classes.get(info.fullname)
    if ci is None:
        if info.is_protocol or info.is_abstract:
            raise b.ctx.error(b.module, e, f"cannot instantiate {info.name}")
        raise b.ctx.error(b.module, e, f"class {info.fullname} is not supported by unicc")
    obj = b.alloc(ci.ir.symbol, len(ci.ir.fields))
    keep = b.reg(OBJ, "new")
    b.assign(keep, obj)
    class_defaults(b, info, ci, keep)
    init = find_method(ci, "__init__")
    if init is not None:
        args = match_args(b, e, init, None, skip=1)
        b.call(init, [keep] + args)
    elif ci.is_exception and e.args:
        from unicc.irbuild.call import exception_message
        b.set_field(keep, 0, exception_message(b, e, builtin_base(info) or "Exception"))
    return keep


def class_defaults(b: Builder, info: TypeInfo, ci: ClassInfo, obj: o.Register) -> None:
    """Plain classes: `x: int = 0` in the body gives every instance its initial value."""
    if ci.is_dataclass:
        return
    for cls in reversed(info.mro):
        if cls.defn is None or cls.fullname not in b.ctx.classes:
            continue
        for s in cls.defn.defs.body:
            if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and \
                    not isinstance(s.rvalue, TempNode) and s.lvalues[0].name in ci.fields:
                name = s.lvalues[0].name
                g = b.ctx.globals.get(f"{cls.fullname}.{name}")
                if g is not None:
                    r = b.reg(g.type)
                    b.emit(o.GetGlobal(r, g.name))
                else:
                    r = lower(b, s.rvalue)
                b.set_field(obj, ci.fields[name], b.coerce(r, ci.field_types[name]))


def find_method(ci: ClassInfo | None, name: str) -> FuncInfo | None:
    """The method a class has or inherits."""
    while ci is not None:
        if name in ci.methods:
            return ci.methods[name]
        ci = ci.base
    return None


# ---- attributes ---------------------------------------------------------------------------------

RANGE_FIELDS = ["start", "stop", "step"]


def load_attr(b: Builder, obj: o.Register, info: TypeInfo | None, e: MemberExpr) -> o.Register:
    if info is None:
        t = mapper.optional_item(b.ctx.types.get(e.expr))
        info = mapper.instance_info(t) if t is not None else None
    if info is None:
        raise b.ctx.error(b.module, e, f"attribute '{e.name}' is not supported by unicc here")
    if info.fullname.startswith("builtins.") and info.name in ("BaseException", "Exception") or \
            any(c.fullname == "builtins.BaseException" for c in info.mro) and info.fullname.startswith("builtins."):
        if e.name == "args":
            raise b.ctx.error(b.module, e, "exception .args is not supported by unicc; use str(e)")
        if e.name == "value" and info.name == "StopIteration":
            return b.get_field(obj, 1, OBJ)   # a generator's result, boxed
        if e.name == "code" and info.name == "SystemExit":
            return b.get_field(obj, 0, OBJ)   # sys.exit's argument, boxed
    if info.fullname == "builtins.range" and e.name in RANGE_FIELDS:
        return b.get_field(obj, RANGE_FIELDS.index(e.name), I64)   # runtime/core/range.c
    if info.is_enum:
        if e.name == "value":
            return b.coerce(obj, I64)
        if e.name == "name":
            return enum_name(b, obj, info)
    ci = class_of(b.ctx, b.ctx.types.get(e.expr), b.subst)
    prop = property_getter(b.ctx, info, e.name)
    if prop is not None:
        return dispatch(b, info, e.name, obj, [], e, key=ci)
    if ci is None and info.defn.type_vars:   # Box[Any] (isinstance(x, Box)): any specialisation
        return attr_switch(b, obj, e.name, mapper.rtype(b.ctx.types.get(e)))
    ci = ci or b.ctx.classes.get(info.fullname)
    if ci is not None and e.name in ci.fields:
        return b.get_field(obj, ci.fields[e.name], ci.field_types[e.name])
    if info.is_protocol:
        return attr_switch(b, obj, e.name, mapper.rtype(b.ctx.types.get(e)))
    raise b.ctx.error(b.module, e, f"attribute '{e.name}' of {info.name} is not supported by unicc")


def attr_switch(b: Builder, obj: o.Register, name: str, t: RType, value: o.Register | None = None) -> o.Register:
    """Read (or write `value` to) attribute `name` of an object whose class is
    known only at run time (a Protocol, a generic class's unknown specialisation):
    a switch on its type over the classes that have such a field."""
    b.ctx.open_dispatch = True
    impls = [(ci, ci.fields[name]) for ci in b.ctx.classes.values() if name in ci.fields]
    res = b.reg(t) if value is None else b.none()
    done = b.new_block()
    tp = type_of(b, obj)
    for ci, idx in impls:
        yes, no = b.new_block(), b.new_block()
        b.branch(b.binary("eq", tp, b.addr(ci.ir.symbol), BOOL), yes, no)
        b.activate(yes)
        ft = ci.field_types[name]
        if value is None:
            b.assign(res, b.coerce(b.get_field(obj, idx, ft), t))
        elif value.type.is_float and ft.is_int:   # Cell[int] cannot hold a float here
            b.raise_new("rt_type_TypeError", f"unicc cannot store a float in {ci.ir.name}[int].{name}")
        else:
            b.set_field(obj, idx, b.coerce(value, ft))
        b.goto(done)
        b.activate(no)
    b.raise_new("rt_type_AttributeError", f"object has no attribute '{name}'")
    b.activate(done)
    return res


def type_of(b: Builder, obj: o.Register) -> o.Register:
    from unicc.ir.rtypes import PTR
    r = b.reg(PTR)
    b.emit(o.Load(r, obj, 0))
    return r


def enum_name(b: Builder, v: o.Register, info: TypeInfo) -> o.Register:
    members = enum_members(b.ctx, info)
    res = b.reg(OBJ)
    done = b.new_block()
    v = b.coerce(v, I64)
    for name, value in members.items():
        yes, no = b.new_block(), b.new_block()
        b.branch(b.binary("eq", v, b.int(value), BOOL), yes, no)
        b.activate(yes)
        b.assign(res, b.str_const(name))
        b.goto(done)
        b.activate(no)
    b.assign(res, b.str_const("?"))
    b.goto(done)
    b.activate(done)
    return res


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
    """The function a symbol defines, decorated (@staticmethod...) or not."""
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


def store_property(b: Builder, target: MemberExpr, info: TypeInfo, value: o.Register) -> bool:
    """`obj.x = value` through x's setter, if x is a property that has one."""
    node = declared_property(info, target.name)
    if info.is_protocol or not isinstance(node, OverloadedFuncDef) or property_parts(node)[1] is None:
        return False
    name = target.name + SETTER
    if any(find_method(c, name) is None for full, c in b.ctx.classes.items()
           if full in b.ctx.infos and b.ctx.infos[full].has_base(info.fullname)):
        raise b.ctx.error(b.module, target, f"a subclass of {info.name} overrides property '{target.name}' "
                                            "without a setter: not supported by unicc")
    ci = class_of(b.ctx, b.ctx.types.get(target.expr), b.subst)
    impls = implementations(b.ctx, info, name, ci)
    obj = lower(b, target.expr)
    if impls:
        value = b.coerce(value, impls[0][1].params[1])
    dispatch(b, info, name, obj, [value], target, VOID, key=ci)
    return True


def store_attr(b: Builder, target: MemberExpr, value: o.Register) -> None:
    if isinstance(target.expr, NameExpr) and isinstance(target.expr.node, TypeInfo):
        g = b.ctx.globals.get(f"{target.expr.node.fullname}.{target.name}")
        if g is None:
            raise b.ctx.error(b.module, target, "assigning this class attribute is not supported by unicc")
        b.emit(o.SetGlobal(g.name, b.coerce(value, g.type)))
        return
    t = b.ctx.types.get(target.expr)
    ci = class_of(b.ctx, t, b.subst)
    info = mapper.instance_info(t) or mapper.instance_info(mapper.optional_item(t))
    if info is not None and store_property(b, target, info, value):
        return
    if ci is None and info is not None and info.fullname in b.ctx.classes and info.defn.type_vars:
        attr_switch(b, lower(b, target.expr), target.name, VOID, value)   # Box[Any]
        return
    if ci is None or target.name not in ci.fields:
        raise b.ctx.error(b.module, target, f"assigning attribute '{target.name}' is not supported by unicc")
    obj = lower(b, target.expr)
    b.set_field(obj, ci.fields[target.name], b.coerce(value, ci.field_types[target.name]))


# ---- method calls ----------------------------------------------------------------------------------

def implementations(ctx: Context, static: TypeInfo, name: str,
                    key: ClassInfo | None = None) -> list[tuple[str, FuncInfo]]:
    """(class symbol, implementation) for every compiled class an object of static
    type `static` can be at run time, for method `name`: the classes the program
    constructs (instances.py) that derive from `static` or, for a Protocol,
    conform to it.  `key`: the specialisation of `static` the object is known
    to be (Box[int] is a Box[i64] or a subclass of one, never a Box)."""
    if ctx.constructed is None:
        ctx.constructed = constructed_classes(ctx.modules)
    out = []
    for full, ci in ctx.classes.items():
        cinfo = ctx.infos.get(full)
        if cinfo is None or cinfo.fullname not in ctx.constructed:
            continue
        ok = conforms(cinfo, static) if static.is_protocol else cinfo.has_base(static.fullname)
        if ok and cinfo.defn.type_vars and not (cinfo is static and key is not None):
            ctx.open_dispatch = True   # a specialisation of cinfo made later would belong here
        if ok and key is not None and not static.is_protocol:
            ok = view_key(ci, cinfo, static) == key_of(key)
        if ok:
            impl = find_method(ci, name)
            if impl is not None:
                out.append((ci.ir.symbol, impl))
    return out


def conforms(cls: TypeInfo, proto: TypeInfo) -> bool:
    """Structural conformance, as mypy judged it when it let such objects
    flow into `proto`-typed places (type arguments relaxed to Any)."""
    return is_subtype(fill_typevars_with_any(cls), fill_typevars_with_any(proto))


def dispatch(b: Builder, static: TypeInfo, name: str, obj: o.Register, args: list[o.Register],
             node: Expression | None, ret: RType | None = None, key: ClassInfo | None = None) -> o.Register:
    impls = implementations(b.ctx, static, name, key)
    distinct = {fi.name: fi for _, fi in impls}
    if not distinct:
        if ret is None:
            ret = mapper.rtype(b.ctx.types.get(node)) if node is not None else VOID
        return never_constructed(b, static, name, ret)
    if len(distinct) == 1:
        fi = next(iter(distinct.values()))
        return b.call(fi, [obj] + args)
    rt = ret if ret is not None else next(iter(distinct.values())).ret
    res = b.reg(rt) if not rt.is_void else None
    done = b.new_block()
    tp = type_of(b, obj)
    for sym, fi in impls:
        yes, no = b.new_block(), b.new_block()
        b.branch(b.binary("eq", tp, b.addr(sym), BOOL), yes, no)
        b.activate(yes)
        r = b.call(fi, [obj] + args)
        if res is not None:   # specialisations of one generic class differ in representation
            b.assign(res, b.coerce(r, rt))
        b.goto(done)
        b.activate(no)
    b.emit(o.Unreachable())
    b.activate(done)
    return res if res is not None else b.none()


def never_constructed(b: Builder, static: TypeInfo, name: str, ret: RType) -> o.Register:
    """A call on an object of a type no constructed class has (code that a
    configuration leaves unused): it cannot run; should it, it raises."""
    b.raise_new("rt_type_RuntimeError", f"no class implementing {static.name}.{name}() is constructed")
    b.activate(b.new_block())
    return b.zero(ret) if not ret.is_void else b.none()


def call_method(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    from unicc.irbuild.call import match_args
    t = b.ctx.types.get(callee.expr)
    info = mapper.instance_info(t) or mapper.instance_info(mapper.optional_item(t))
    assert info is not None
    sym = info.get(callee.name)
    if sym is not None and isinstance(sym.node, Decorator) and sym.node.func.is_static:
        return static_call(b, e, info, callee.name)   # obj.static_method(...): obj is not passed
    if sym is not None and isinstance(sym.node, Decorator) and sym.node.func.is_class:
        raise b.ctx.error(b.module, e, "calling a classmethod through an instance is not supported by "
                                       f"unicc; call it through the class ({info.name}.{callee.name}(...))")
    key = class_of(b.ctx, t, b.subst)
    impls = implementations(b.ctx, info, callee.name, key)
    if not impls:
        # maybe a Callable-typed attribute
        ci = b.ctx.classes.get(info.fullname)
        if ci is not None and callee.name in ci.fields:
            from unicc.irbuild.call import call_value
            return call_value(b, e)
        if not info.is_protocol and not any(find_method(b.ctx.classes[k], callee.name)
                                            for k, c in b.ctx.infos.items() if c.has_base(info.fullname)):
            raise b.ctx.error(b.module, e, f"method {info.name}.{callee.name}() is not supported by unicc")
        lower(b, callee.expr)
        return never_constructed(b, info, callee.name, mapper.rtype(b.ctx.types.get(e)))
    obj = lower(b, callee.expr)
    first = impls[0][1]
    args = match_args(b, e, first, None, skip=1)
    return dispatch(b, info, callee.name, obj, args, e, first.ret, key)


def call_dunder(b: Builder, obj: o.Register, static: str | Type | None, name: str, args: list[o.Register],
                node: Expression | None) -> o.Register | None:
    """Call a user-defined dunder if the static type (a compiled class, given
    as its mypy type or its name) has one."""
    info = b.ctx.infos.get(static) if isinstance(static, str) else mapper.instance_info(static)
    if info is None or not obj.type.is_obj or info.fullname not in b.ctx.infos:
        return None
    key = class_of(b.ctx, static, b.subst) if not isinstance(static, str) else None
    if find_method(key or b.ctx.classes[info.fullname], name) is None:
        return None
    return dispatch(b, info, name, obj, args, node, key=key)


def call_super(b: Builder, e: CallExpr) -> o.Register:
    from unicc.irbuild.call import match_args
    sup = e.callee
    if isinstance(sup, MemberExpr) and isinstance(sup.expr, SuperExpr):
        sup = sup.expr
    if not isinstance(sup, SuperExpr) or sup.info is None:
        raise b.ctx.error(b.module, e, "super() must be followed by a method call in unicc")
    info = sup.info
    name = sup.name
    self_reg = b.py_params[0]
    cur = class_of(b.ctx, fill_typevars(info), b.subst)   # the class (specialisation) compiled
    fi = find_method(cur.base, name) if cur is not None else None
    if fi is not None:
        return b.call(fi, [self_reg] + match_args(b, e, fi, None, skip=1))
    if name == "__init__" and cur is not None:   # a builtin base's __init__
        if cur.is_exception and e.args:
            from unicc.irbuild.call import exception_message
            b.set_field(self_reg, 0, exception_message(b, e, builtin_base(info) or "Exception"))
        return b.none()
    raise b.ctx.error(b.module, e, f"super().{name}() is not supported by unicc here")


def static_call(b: Builder, e: CallExpr, info: TypeInfo, name: str) -> o.Register:
    from unicc.irbuild.call import match_args
    sym = info.get(name)
    f = func_of(sym.node if sym else None)
    if isinstance(f, FuncDef) and f.is_class:
        fi = classmethod_for(b, e, f, info)
        return b.call(fi, [b.addr(b.ctx.classes[info.fullname].ir.symbol)] + match_args(b, e, fi, None, skip=1))
    if isinstance(f, FuncDef) and f.fullname in b.ctx.funcs:
        fi = b.ctx.funcs[f.fullname]
        if f.is_static:
            return b.call(fi, match_args(b, e, fi, None))
        # Class.method(obj, ...) -- an unbound method call
        return b.call(fi, match_args(b, e, fi, None))
    raise b.ctx.error(b.module, e, f"{info.name}.{name}() is not supported by unicc")


def classmethod_for(b: Builder, e: Expression, f: FuncDef, cls: TypeInfo) -> FuncInfo:
    """Classmethod f called through class `cls`: a copy of f compiled with
    `cls` standing for that class, so `cls(...)`, `cls.attr` and
    `cls.method(...)` are resolved statically (`Sub.make()` makes a Sub).
    Its first parameter is the class's type descriptor, unused."""
    from unicc.irbuild.function import compile_function, func_info
    key = f"{cls.fullname}.{f.name}[cls]"
    fi = b.ctx.funcs.get(key)
    if fi is not None:
        return fi
    ci = b.ctx.classes.get(cls.fullname)
    if ci is None or ci.subst or cls.defn.type_vars:
        raise b.ctx.error(b.module, e, f"classmethods of {cls.name} are not supported by unicc "
                                       "(only of non-generic compiled classes)")
    if f.is_generator or f.is_coroutine or f.is_trivial_body:
        raise b.ctx.error(b.module, e, f"classmethod {cls.name}.{f.name}() is not supported by unicc "
                                       "(a generator, coroutine or abstract classmethod)")
    fi = func_info(b.ctx, key, f, self_type=OBJ)
    b.ctx.funcs[key] = fi
    assert f.info is not None
    compile_function(b.ctx, f.info.module_name, f, fi, f"{cls.name}.{f.name}", cls_info=cls)
    return fi


# ---- type slots (repr/str/hash/eq/lt used by the runtime) ---------------------------------------

def make_slots(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> None:
    for slot, dunder in (("repr", "__repr__"), ("str", "__str__"), ("hash", "__hash__"),
                         ("eq", "__eq__"), ("lt", "__lt__")):
        fi = find_method(ci, dunder)
        if fi is not None:
            ci.ir.slots[slot] = slot_wrapper(ctx, module, fi, slot)
    nxt = find_method(ci, "__next__")
    if nxt is not None:
        ci.ir.slots["iternext"] = iternext_slot(ctx, module, nxt)
    if ci.is_dataclass:
        if "repr" not in ci.ir.slots:
            ci.ir.slots["repr"] = dataclass_repr(ctx, module, info, ci)
        if "eq" not in ci.ir.slots and info.metadata["dataclass"].get("eq", True) is not False:
            ci.ir.slots["eq"] = dataclass_eq(ctx, module, info, ci)
        if "hash" not in ci.ir.slots and info.metadata["dataclass"].get("frozen", False):
            ci.ir.slots["hash"] = dataclass_hash(ctx, module, info, ci)
        if "lt" not in ci.ir.slots and dataclass_ordered(info):
            ci.ir.slots["lt"] = dataclass_lt(ctx, module, info, ci)


def iternext_slot(ctx: Context, module: str, fi: FuncInfo) -> str:
    """The iternext slot of a class with __next__: StopIteration becomes the
    end-of-iteration flag, the item a word of the kind the caller wants."""
    name = f"{fi.name}.iternext"
    b, (self, want) = new_function(ctx, module, name, [("self", OBJ), ("want", I64)], WORD, "__next__")
    r = b.reg(fi.ret)
    b.emit(o.Call(r, fi.name, [self]))
    exc, ok, stop = b.new_block(), b.new_block(), b.new_block()
    b.emit(o.CheckExc(exc, ok))
    b.activate(exc)
    pending = b.call_rt("rt_exc_take", [], OBJ, raises=False)
    other = b.new_block()
    is_stop = b.call_rt("rt_isinstance", [pending, b.addr("rt_type_StopIteration")], BOOL, raises=False)
    b.branch(is_stop, stop, other)
    b.activate(other)
    b.call_rt("rt_reraise", [pending], raises=False)
    b.goto(b.error_exit)
    b.activate(stop)
    b.emit(o.SetGlobal("rt_iter_stop", b.int(1)))
    b.emit(o.Return(b.const(0, WORD)))
    b.activate(ok)
    b.emit(o.Return(b.call_rt("rt_word_as", [b.to_word(r), b.int(fi.ret.kind), want], WORD, raises=False)))
    b.finish()
    return name


def slot_wrapper(ctx: Context, module: str, fi: FuncInfo, slot: str) -> str:
    """Adapt a method to the runtime's slot signature (i64 results for eq/lt)."""
    name = f"{fi.name}.slot"
    if any(f.name == name for f in ctx.ir.functions):
        return name
    ret = OBJ if slot in ("repr", "str") else I64
    b, params = new_function(ctx, module, name, [(f"a{i}", OBJ) for i in range(len(fi.params))], ret)
    r = b.reg(fi.ret)
    b.emit(o.Call(r, fi.name, [b.coerce(p, t) for p, t in zip(params, fi.params)]))
    b.emit(o.Return(b.coerce(r, ret)))
    b.finish()
    return name


def dataclass_repr(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> str:
    name = f"{key_of(ci)}.__repr__.dc"
    b, (self_r,) = new_function(ctx, module, name, [("self", OBJ)], OBJ)
    acc = b.str_const(f"{info.name}(")
    attrs = [a["name"] for a in info.metadata["dataclass"]["attributes"] if a.get("is_in_repr", True) is not False]
    for i, a in enumerate(attrs):
        t = ci.field_types[a]
        v = b.get_field(self_r, ci.fields[a], t)
        var = info.get(a)
        from unicc.irbuild.call import to_str
        s = to_str(b, v, var.node.type if var is not None and isinstance(var.node, Var) else None, repr_=True)
        acc = b.call_rt("rt_str_concat", [acc, b.str_const(("" if i == 0 else ", ") + f"{a}=")], OBJ)
        acc = b.call_rt("rt_str_concat", [acc, s], OBJ)
    acc = b.call_rt("rt_str_concat", [acc, b.str_const(")")], OBJ)
    b.emit(o.Return(acc))
    b.finish()
    return name


def dataclass_eq(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> str:
    name = f"{key_of(ci)}.__eq__.dc"
    b, (a, c) = new_function(ctx, module, name, [("a", OBJ), ("b", OBJ)], I64)
    no = b.new_block()
    same_type = b.binary("eq", type_of(b, a), type_of(b, c), BOOL)
    ok = b.new_block()
    b.branch(same_type, ok, no)
    b.activate(ok)
    for fname, _ in dc_fields(ci, info):
        t = ci.field_types[fname]
        x, y = b.get_field(a, ci.fields[fname], t), b.get_field(c, ci.fields[fname], t)
        eq = b.call_rt("rt_eq", [b.to_word(x), b.to_word(y), b.int(t.kind)], BOOL)
        nxt = b.new_block()
        b.branch(eq, nxt, no)
        b.activate(nxt)
    b.emit(o.Return(b.int(1)))
    b.activate(no)
    b.emit(o.Return(b.int(0)))
    b.finish()
    return name


def dataclass_hash(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> str:
    """frozen=True: hash(obj) is the hash of the tuple of its fields, as in dataclasses."""
    from unicc.irbuild.containers import new_tuple
    name = f"{key_of(ci)}.__hash__.dc"
    b, (a,) = new_function(ctx, module, name, [("self", OBJ)], I64)
    fields = [b.get_field(a, ci.fields[f], ci.field_types[f]) for f, _ in dc_fields(ci, info)]
    t = new_tuple(b, fields)
    b.emit(o.Return(b.call_rt("rt_hash", [b.to_word(t), b.int(OBJ.kind)], I64)))
    b.activate(b.error_exit)
    b.emit(o.Return(b.int(-1)))
    return name


def dataclass_ordered(info: TypeInfo) -> bool:
    """@dataclass(order=True): mypy's plugin records it as generated __lt__ etc."""
    sym = info.names.get("__lt__")
    return sym is not None and sym.plugin_generated


def dataclass_lt(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> str:
    """order=True: compare the fields as a tuple, first difference decides."""
    name = f"{key_of(ci)}.__lt__.dc"
    b, (a, c) = new_function(ctx, module, name, [("a", OBJ), ("b", OBJ)], I64)
    for fname, _ in dc_fields(ci, info):
        t = ci.field_types[fname]
        x, y = b.to_word(b.get_field(a, ci.fields[fname], t)), b.to_word(b.get_field(c, ci.fields[fname], t))
        less, not_less, greater, nxt = b.new_block(), b.new_block(), b.new_block(), b.new_block()
        b.branch(b.call_rt("rt_lt", [x, y, b.int(t.kind)], BOOL), less, not_less)
        b.activate(less)
        b.emit(o.Return(b.int(1)))
        b.activate(not_less)
        b.branch(b.call_rt("rt_lt", [y, x, b.int(t.kind)], BOOL), greater, nxt)
        b.activate(greater)
        b.emit(o.Return(b.int(0)))
        b.activate(nxt)
    b.emit(o.Return(b.int(0)))
    b.finish()
    return name


__all__ = ["declare_classes", "compile_class", "construct_instance", "load_attr", "store_attr",
           "call_method", "call_dunder", "call_super", "static_call", "type_symbol", "ARG_POS", "StrExpr"]
