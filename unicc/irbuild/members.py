"""Attributes and methods of compiled classes: loads, stores, properties,
method calls and dunder calls.

Method calls are resolved over the whole program: when only one
implementation can be reached the call is direct; otherwise the code
switches on the object's type descriptor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from mypy.nodes import (
    CallExpr, Decorator, Expression, FuncDef, MemberExpr, MypyFile, NameExpr, OverloadedFuncDef, RefExpr, TypeInfo,
    Var,
)
from mypy.types import Instance, Type, UnionType

from unicc.paths import STDLIB
from unicc.frontend.walk import written
from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, PTR, RType, VOID
from unicc.irbuild import complexes, mapper, slices
from unicc.irbuild.arguments import call_value, default_value, match_args
from unicc.irbuild.attrdefs import attr_flag, maybe_undefined
from unicc.irbuild.builder import Builder, ClassInfo, FuncInfo, new_function
from unicc.irbuild.cached_props import is_cached, store as cached_store
from unicc.irbuild.closures import bound_builtin_value, func_info, make_closure, optional_tail
from unicc.irbuild.early_globals import mark_assigned
from unicc.irbuild.flags import flag_name, is_flag
from unicc.irbuild.generic import unify
from unicc.irbuild.notimpl import ANSWERING, may_notimpl, no_value, set_flag
from unicc.irbuild.prepare import (
    RANGE_FIELDS, SETTER, class_of, declared_property, enum_members, find_method, func_of, implementations,
    make_planned, property_getter, property_parts,
)


# the attributes every exception keeps in its first words
EXC_WORDS = {"__cause__": abi.EXC_CAUSE, "__context__": abi.EXC_CONTEXT}


def load_attr(b: Builder, obj: o.Register, info: TypeInfo | None, e: MemberExpr) -> o.Register:
    if info is None:
        t = mapper.optional_item(b.ctx.types.get(e.expr))
        info = mapper.instance_info(t) if t is not None else None
    if info is None:
        raise b.ctx.error(b.module, e, f"attribute '{e.name}' of {mapper.shown(b.ctx.types.get(e.expr))} "
                                       "is not supported by unicc")
    if info.fullname == complexes.NAME:
        r = complexes.attribute(b, obj, e)
        if r is not None:
            return r
    if info.fullname == slices.NAME:
        r = slices.attribute(b, obj, e)
        if r is not None:
            return r
    if any(c.fullname == "builtins.BaseException" for c in info.mro):
        if e.name == "args":
            return b.call_rt("rt_exc_args", [obj], OBJ, raises=False)
        if e.name == "__suppress_context__":
            return b.convert(b.get_field(obj, abi.EXC_SUPPRESS, I64), BOOL)
        if e.name in EXC_WORDS:
            return b.get_field(obj, EXC_WORDS[e.name], OBJ)
        if e.name == "value" and any(c.fullname == "builtins.StopIteration" for c in info.mro):
            return b.get_field(obj, abi.STOP_ITERATION_VALUE, OBJ)   # a generator's result, boxed
        if e.name == "code" and any(c.fullname == "builtins.SystemExit" for c in info.mro):
            return b.call_rt("rt_exc_code", [obj], OBJ, raises=False)   # sys.exit's argument, boxed
    if info.fullname == "builtins.range" and e.name in RANGE_FIELDS:
        return b.get_field(obj, RANGE_FIELDS[e.name], I64)
    if info.fullname == "dataclasses.Field":   # made by dataclasses.fields (dataclass_funcs.py)
        if e.name != "name":
            raise b.ctx.error(b.module, e, f"dataclasses.Field.{e.name} is not supported by unicc (only .name)")
        return b.get_field(obj, 0, OBJ)
    if info.fullname in b.ctx.namedtuples:
        new = b.ctx.namedtuples[info.fullname]
        if e.name in new.arg_names:   # a field: the tuple's item
            i = new.arg_names.index(e.name)
            return b.get_field(obj, abi.TUPLE_ITEMS + i, new.params[i])
        if e.name == "_fields":
            return namedtuple_fields(b, new)
    if info.fullname in b.ctx.obj_enums and e.name in ("name", "value", "_name_", "_value_"):
        eci = b.ctx.classes[info.fullname]
        field = e.name if e.name.startswith("_") else f"_{e.name}_"
        return b.get_field(obj, eci.fields[field], eci.field_types[field], field)
    if info.is_enum:
        decl = declared_property(info, e.name)
        if isinstance(decl, Decorator) and decl.func.fullname in b.ctx.funcs and info.fullname in b.ctx.enums:
            return b.call(b.ctx.funcs[decl.func.fullname], [obj])   # an IntEnum's or a Flag's property
        if e.name == "value":
            return b.coerce(obj, I64)
        if e.name == "name" and is_flag(info):
            return flag_name(b, obj, info)
        if e.name == "name":
            return enum_name(b, obj, info)
    ci = class_of(b.ctx, b.ctx.types.get(e.expr), b.subst)
    sym = info.get(e.name)
    node = sym.node if sym is not None else None
    f = func_of(node.items[0] if isinstance(node, OverloadedFuncDef) and node.items else node)
    if info.fullname not in b.ctx.infos and f is not None and not f.is_property and not f.is_class:
        m = bound_builtin_value(b, obj, e)   # xs.append as a value
        if m is None:
            raise b.ctx.error(b.module, e, f"method '{e.name}' of {info.name} as a value is not supported by unicc")
        return m
    prop = property_getter(b.ctx, info, e.name)
    if prop is not None:
        return dispatch(b, info, e.name, obj, [], e, key=ci)
    if ci is None and info.defn.type_vars:   # Box[Any] (isinstance(x, Box)): any specialisation
        return attr_switch(b, obj, e.name, mapper.rtype(b.ctx.types.get(e)))
    ci = ci or b.ctx.classes.get(info.fullname)
    if ci is not None and e.name in ci.fields and ci.ir.symbol in b.ctx.displaced:
        return attr_switch(b, obj, e.name, mapper.rtype(b.ctx.types.get(e)), static=info)
    if ci is not None and e.name in ci.fields:
        if maybe_undefined(b.ctx.modules, info, e.name, b.ctx.attr_undefined):
            check_attr_set(b, obj, ci, e.name)
        return b.get_field(obj, ci.fields[e.name], ci.field_types[e.name], e.name)
    if f is not None and obj.type.is_obj and not f.is_class and not f.is_property:
        return bound_method(b, obj, info, f, e, ci)
    if info.is_protocol:
        return attr_switch(b, obj, e.name, mapper.rtype(b.ctx.types.get(e)))
    raise b.ctx.error(b.module, e, f"attribute '{e.name}' of {info.name} is not supported by unicc")


def union_classes(b: Builder, t: Type | None) -> list[Type] | None:
    """The items of a union whose every item is an instance of a compiled
    class (`Vector | Point`), or None."""
    p = mapper.proper(t) if t is not None else None
    if not isinstance(p, UnionType):
        return None
    if not all(isinstance(mapper.proper(x), Instance) and class_of(b.ctx, x, b.subst) is not None for x in p.items):
        return None
    return list(p.items)


def on_union_receiver(b: Builder, recv: Expression, items: list[Type], node: Expression,
                      lower: Callable[[], o.Register]) -> o.Register:
    """`x.attr` or `x.m(...)` with x of a union of classes: the object's class,
    tested in the union's order (the last is left), decides which class's
    attribute or method; `lower` lowers it with x narrowed to that class."""
    obj = b.accept(recv)
    res_t = mapper.rtype(b.ctx.types.get(node), b.subst)
    res = b.reg(OBJ if res_t.is_void else res_t)
    done = b.new_block()
    declared = b.ctx.types.get(recv)
    had_pin = b.pinned.get(recv)
    try:
        b.pinned[recv] = obj
        for i, item in enumerate(items):
            nxt = None
            if i < len(items) - 1:
                ci = class_of(b.ctx, item, b.subst)
                assert ci is not None
                yes, nxt = b.new_block(), b.new_block()
                b.branch(b.call_rt("rt_isinstance", [obj, b.addr(ci.ir.symbol)], BOOL, raises=False), yes, nxt)
                b.activate(yes)
            b.ctx.types[recv] = item
            v = lower()
            b.assign(res, b.none() if v.type.is_void or res_t.is_void else b.coerce(v, res.type))
            b.goto(done)
            if nxt is not None:
                b.activate(nxt)
    finally:
        if declared is not None:
            b.ctx.types[recv] = declared
        if had_pin is None:
            del b.pinned[recv]
        else:
            b.pinned[recv] = had_pin
    b.activate(done)
    return res


def bound_method(b: Builder, obj: o.Register, info: TypeInfo, f: FuncDef, e: MemberExpr,
                 key: ClassInfo | None) -> o.Register:
    """`obj.method` as a value: a function object holding obj, whose code
    calls the method of obj's class (the class it has when bound, which an
    object never changes), as the Callable type it flows into takes and
    gives its arguments and result.  A static method is its function."""
    want = mapper.proper(b.expected.pop(e, None) or b.ctx.types.get(e))
    if not isinstance(want, mapper.CallableType):
        raise b.ctx.error(b.module, e, f"method '{e.name}' of {info.name} as a value is not supported by unicc")
    params = [mapper.rtype(t, b.subst) for t in want.arg_types]
    ret = mapper.ret_rtype(want.ret_type, b.subst)
    if f.is_static:
        impls = [("", b.ctx.funcs[f.fullname])] if f.fullname in b.ctx.funcs else []
    else:
        impls = implementations(b.ctx, info, e.name, key)
    if not impls and not f.is_static and f.fullname in b.ctx.funcs:
        return never_constructed(b, info, e.name, mapper.rtype(want, b.subst))   # no object to bind
    if not impls:
        raise b.ctx.error(b.module, e, f"method '{e.name}' of {info.name} as a value is not supported by unicc")
    first = impls[0][1]
    skip = 0 if f.is_static else 1
    where = key.ir.symbol if key is not None else info.fullname

    def code(takes: list[RType]) -> str:
        """The bound method's code for a call passing `takes`; the parameters
        after them take the method's defaults."""
        tramp = f"{where}.{e.name}.bound.{'_'.join(str(t) for t in takes)}.{ret}"
        if not any(fn.name == tramp for fn in b.ctx.ir.functions):
            tb, (env, *xs) = new_function(b.ctx, b.module, tramp, [("env", OBJ)] + [
                (f"x{i}", t) for i, t in enumerate(takes)], ret, e.name)
            tb.subst = b.subst

            def fill(fi: FuncInfo) -> list[o.Register]:   # each implementation's own defaults
                args = [tb.coerce(x, fi.params[skip + i]) for i, x in enumerate(xs)]
                return args + [default_value(tb, fi, i, d) for i, d in enumerate(fi.defaults)  # type: ignore[arg-type]
                               if i >= skip + len(xs)]
            if f.is_static:
                r = tb.call(first, fill(first))
            else:
                r = dispatch(tb, info, e.name, tb.get_field(env, 1, OBJ), [], None, first.ret, key, fill)
            tb.emit(o.Return(None if ret.is_void else tb.coerce(r, ret) if not first.ret.is_void else tb.none()))
            tb.finish()
        return tramp

    tramp = code(params)
    # calls through the value that leave out its last m parameters find their
    # code at vtable entry m - 1 (function.omitting_entries); with several
    # implementations, whose defaults may differ, the value has none
    entries = [code(params[:len(params) - m]) for m in range(1, optional_tail(want.arg_kinds) + 1)]
    if f.is_static:
        if not entries:
            return make_closure(b, tramp, [])
        sym = b.ctx.builtin_class(f"type.fn.{tramp}", "function", [("code", I64)])
        b.ctx.classes[sym].ir.vtable = entries
        fn = b.alloc(sym, 1)
        b.set_field(fn, 0, b.addr(tramp))
        return fn
    m = b.alloc(method_class(b, tramp if entries else ""), 2)
    if entries:
        b.ctx.classes[method_class(b, tramp)].ir.vtable = entries
    b.set_field(m, 0, b.addr(tramp))
    b.set_field(m, 1, obj)
    return m


def method_class(b: Builder, code: str = "") -> str:
    """Bound methods: a function object (code, self) that is equal to another
    made from the same method of the same object, as in CPython.  Those whose
    calls may leave out parameters have a descriptor per code, for its vtable."""
    sym = f"type.method.{code}" if code else "type.method"
    if sym in b.ctx.classes:
        return sym
    b.ctx.builtin_class(sym, "method", [("code", I64), ("self", OBJ)])
    slots = b.ctx.classes[sym].ir.slots
    if any(fn.name == "method.__eq__" for fn in b.ctx.ir.functions):
        slots["eq"], slots["hash"] = "method.__eq__", "method.__hash__"
        return sym
    eb, (x, y) = new_function(b.ctx, b.module, "method.__eq__", [("a", OBJ), ("b", OBJ)], I64)
    same = eb.binary("and", eb.binary("eq", type_of(eb, x), type_of(eb, y), BOOL),
                     eb.binary("and", eb.binary("eq", eb.get_field(x, 0, I64), eb.get_field(y, 0, I64), BOOL),
                               eb.binary("eq", eb.get_field(x, 1, OBJ), eb.get_field(y, 1, OBJ), BOOL), BOOL), BOOL)
    eb.emit(o.Return(eb.convert(same, I64)))
    eb.finish()
    hb, (x,) = new_function(b.ctx, b.module, "method.__hash__", [("self", OBJ)], I64)
    h = hb.binary("xor", hb.get_field(x, 0, I64), hb.from_word(hb.to_word(hb.get_field(x, 1, OBJ)), I64), I64)
    h = hb.binary("and", h, hb.int(2 ** 62 - 1), I64)   # never -1, the error result
    hb.emit(o.Return(h))
    hb.finish()
    slots["eq"], slots["hash"] = "method.__eq__", "method.__hash__"
    return sym


def namedtuple_fields(b: Builder, new: FuncInfo) -> o.Register:
    """P._fields: the names of the fields, a tuple of str."""
    sym = b.ctx.ir.kinds_symbol(tuple(OBJ.kind for _ in new.arg_names))
    t = b.call_rt("rt_tuple_new", [b.int(len(new.arg_names)), b.addr(sym)], OBJ)
    for i, n in enumerate(new.arg_names):
        b.set_field(t, abi.TUPLE_ITEMS + i, b.str_const(n))
    return t


def check_attr_set(b: Builder, obj: o.Register, ci: ClassInfo, name: str) -> None:
    """AttributeError when the instance never got attribute `name` (attrdefs.py)."""
    is_set = attr_is_set(b, obj, ci, name)
    if is_set is None:
        return
    bad, ok = b.new_block(), b.new_block()
    b.branch(is_set, ok, bad)
    b.activate(bad)
    b.call_rt("rt_raise_no_attribute", [obj, b.const(o.CStrConst(name), OBJ)], raises=False)
    b.goto(b.handler())
    b.activate(ok)


def attr_is_set(b: Builder, obj: o.Register, ci: ClassInfo, name: str) -> o.Register | None:
    """Whether the instance got attribute `name`, which some instances may lack
    (attrdefs.maybe_undefined): an object field is 0 until assigned, another
    kind has a flag.  None: the layout cannot tell (it is always set)."""
    flag = attr_flag(name)
    if flag in ci.fields:
        return b.get_field(obj, ci.fields[flag], BOOL)
    if ci.field_types[name].is_obj:   # (an object that is never None: attrdefs.null_sentinel)
        return b.binary("ne", b.get_field(obj, ci.fields[name], I64), b.int(0), BOOL)
    return None


def attr_switch(b: Builder, obj: o.Register, name: str, t: RType, value: o.Register | None = None,
                static: TypeInfo | None = None) -> o.Register:
    """Read (or write `value` to) attribute `name` of an object whose class is
    known only at run time (a Protocol, a generic class's unknown specialisation,
    a class some subclass has as a base after its first): a switch on its type
    over the classes that have such a field (that derive from `static`, if given).
    A read of an attribute some instances lack raises AttributeError, as a
    field read does."""
    make_planned(b.ctx, lambda i: any(name in c.names for c in i.mro))
    impls = [(ci, ci.fields[name]) for key, ci in b.ctx.classes.items() if name in ci.fields
             and (static is None or (info := b.ctx.infos.get(key)) is not None and info.has_base(static.fullname))]
    res = b.reg(t) if value is None else b.none()
    done = b.new_block()
    tp = type_of(b, obj)
    for ci, idx in impls:
        yes, no = b.new_block(), b.new_block()
        b.branch(b.binary("eq", tp, b.addr(ci.ir.symbol), BOOL), yes, no)
        b.activate(yes)
        ft = ci.field_types[name]
        if value is None:
            if static is not None and maybe_undefined(b.ctx.modules, static, name, b.ctx.attr_undefined):
                check_attr_set(b, obj, ci, name)
            b.assign(res, b.coerce(b.get_field(obj, idx, ft, name), t))
        elif value.type.is_float and ft.is_int:   # Cell[int] cannot hold a float here
            b.raise_new("rt_type_TypeError", f"unicc cannot store a float in {ci.ir.name}[int].{name}")
        else:
            b.set_field(obj, idx, b.coerce(value, ft), name)
            mark_attr_set(b, obj, ci, name)
        b.goto(done)
        b.activate(no)
    b.raise_new("rt_type_AttributeError", f"object has no attribute '{name}'")
    b.activate(done)
    return res


def type_of(b: Builder, obj: o.Register) -> o.Register:
    r = b.reg(PTR)
    b.emit(o.Load(r, obj, abi.TYPE_OFFSET))
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
    obj = b.accept(target.expr)
    if impls:
        value = b.coerce(value, impls[0][1].params[1])
    dispatch(b, info, name, obj, [value], target, VOID, key=ci)
    return True


def own_module(b: Builder, name: str) -> bool:
    """A module of the program (not of the library, whose variables may be
    constants to the compiler: math.pi)."""
    f = b.ctx.modules.get(name)
    return f is not None and not Path(f.path).resolve().is_relative_to(STDLIB)


def store_module_var(b: Builder, v: Var, value: o.Register) -> None:
    """`m.x = value` of a compiled module's variable: m's own global, as m's
    own `global x; x = value` would (a copy a `from m import x` made stays)."""
    mark_assigned(b, v.fullname)
    g = b.ctx.global_var(v.fullname, mapper.rtype(v.type, b.subst))
    b.emit(o.SetGlobal(g.name, b.coerce(value, g.type)))


def store_attr(b: Builder, target: MemberExpr, value: o.Register) -> None:
    if isinstance(target.expr, RefExpr) and isinstance(target.expr.node, MypyFile) \
            and isinstance(target.node, Var) and own_module(b, target.node.fullname.rpartition(".")[0]):
        store_module_var(b, target.node, value)
        return
    if isinstance(target.expr, RefExpr) and isinstance(target.expr.node, MypyFile):
        raise b.ctx.error(b.module, target, f"assigning {written(target)}, a name of a library module, is not "
                                            "supported by unicc")
    if isinstance(target.expr, NameExpr) and isinstance(target.expr.node, TypeInfo):
        g = b.ctx.globals.get(f"{target.expr.node.fullname}.{target.name}")
        if g is None:
            raise b.ctx.error(b.module, target, f"assigning the class attribute {written(target)} is not supported "
                                                "by unicc")
        b.emit(o.SetGlobal(g.name, b.coerce(value, g.type)))
        return
    t = b.ctx.types.get(target.expr)
    ci = class_of(b.ctx, t, b.subst)
    info = mapper.instance_info(t) or mapper.instance_info(mapper.optional_item(t))
    if info is not None and store_property(b, target, info, value):
        return
    if info is not None and is_cached(declared_property(info, target.name)):
        cached_store(b, ci or b.ctx.classes[info.fullname], target.name, b.accept(target.expr), value)
        return
    if ci is None and info is not None and info.fullname in b.ctx.classes and info.defn.type_vars:
        attr_switch(b, b.accept(target.expr), target.name, VOID, value)   # Box[Any]
        return
    if ci is None or target.name not in ci.fields:
        raise b.ctx.error(b.module, target, f"assigning attribute '{target.name}' is not supported by unicc")
    if ci.ir.symbol in b.ctx.displaced:   # a base after the first somewhere: its fields move
        attr_switch(b, b.accept(target.expr), target.name, VOID, value, static=info)
        return
    obj = b.accept(target.expr)
    b.set_field(obj, ci.fields[target.name], b.coerce(value, ci.field_types[target.name]), target.name)
    mark_attr_set(b, obj, ci, target.name)


def mark_attr_set(b: Builder, obj: o.Register, ci: ClassInfo, name: str) -> None:
    if attr_flag(name) in ci.fields:
        b.set_field(obj, ci.fields[attr_flag(name)], b.const(True, BOOL))


def dispatch(b: Builder, static: TypeInfo, name: str, obj: o.Register, args: list[o.Register],
             node: Expression | None, ret: RType | None = None, key: ClassInfo | None = None,
             fill: Callable[[FuncInfo], list[o.Register]] | None = None) -> o.Register:
    impls = implementations(b.ctx, static, name, key)
    distinct = {fi.name: fi for _, fi in impls}
    if not distinct:
        if ret is None:
            ret = mapper.rtype(b.ctx.types.get(node)) if node is not None else VOID
        return never_constructed(b, static, name, ret)
    if len(distinct) == 1:
        fi = next(iter(distinct.values()))
        return b.call(fi, [obj] + (fill(fi) if fill is not None else args))
    rt = ret if ret is not None else next(iter(distinct.values())).ret
    return call_by_class(b, obj, impls, rt, fill or (lambda fi: args))


def call_by_class(b: Builder, obj: o.Register, cases: Sequence[tuple[str, FuncInfo | None]], rt: RType,
                  args_of: Callable[[FuncInfo], list[o.Register]]) -> o.Register:
    """A switch on obj's class: for each (class symbol, method) the call of the
    method on obj with args_of(method), made in the case's own block (no call
    for None), its result coerced to rt (specialisations of one generic class
    differ in representation)."""
    res = b.reg(rt) if not rt.is_void else None
    done = b.new_block()
    tp = type_of(b, obj)
    for sym, fi in cases:
        yes, no = b.new_block(), b.new_block()
        b.branch(b.binary("eq", tp, b.addr(sym), BOOL), yes, no)
        b.activate(yes)
        if fi is not None:
            r = b.call(fi, [obj] + args_of(fi))
            if res is not None:
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
    t = b.ctx.types.get(callee.expr)
    info = mapper.instance_info(t) or mapper.instance_info(mapper.optional_item(t))
    assert info is not None
    sym = info.get(callee.name)
    if sym is not None and isinstance(sym.node, Decorator) and sym.node.func.is_static:
        return static_call(b, e, info, callee.name)   # obj.static_method(...): obj is not passed
    if sym is not None and isinstance(sym.node, Decorator) and sym.node.func.is_class:
        raise b.ctx.error(b.module, e, f"calling the classmethod {written(callee)}() through an instance is not "
                                       f"supported by unicc; call it through the class ({info.name}.{callee.name}(...))")
    key = class_of(b.ctx, t, b.subst)
    impls = implementations(b.ctx, info, callee.name, key)
    if not impls:
        # maybe a Callable-typed attribute
        ci = b.ctx.classes.get(info.fullname)
        if ci is not None and callee.name in ci.fields:
            return call_value(b, e)
        if not info.is_protocol and not any(find_method(b.ctx.classes[k], callee.name)
                                            for k, c in b.ctx.infos.items() if c.has_base(info.fullname)):
            raise b.ctx.error(b.module, e, f"method {info.name}.{callee.name}() is not supported by unicc")
        b.accept(callee.expr)
        return never_constructed(b, info, callee.name, mapper.rtype(b.ctx.types.get(e)))
    special = generic_method(b, e, callee, impls)
    obj = b.accept(callee.expr)
    if special is not None:
        return b.call(special, [obj] + match_args(b, e, special, None, skip=1))
    first = impls[0][1]
    args = match_args(b, e, first, None, skip=1)
    checked = callee.name in ANSWERING and may_notimpl(b.ctx, info, callee.name)
    if checked:
        set_flag(b, False)
    r = dispatch(b, info, callee.name, obj, args, e, first.ret, key, own_defaults(b, e, args, first))
    if checked:
        no_value(b, f"{info.name}.{callee.name}")
    return r


def generic_method(b: Builder, e: CallExpr, callee: MemberExpr,
                   impls: list[tuple[str, FuncInfo]]) -> FuncInfo | None:
    """A method with type variables of its own, called with ints, floats or
    containers of them: its copy for those run-time types (as generic.py
    makes for functions), since the copy every object shares has them boxed.
    None when that shared copy is the right one."""
    ct = mapper.proper(b.ctx.types.get(callee))
    f = ct.definition if isinstance(ct, mapper.CallableType) else None
    ft = f.type if isinstance(f, FuncDef) else None
    if not isinstance(f, FuncDef) or not isinstance(ft, mapper.CallableType) or not ft.variables:
        return None
    subst: dict[str, RType] = {}
    unify(b.subst, ft.ret_type, b.ctx.types.get(e), subst)
    for formal, arg in zip(ft.arg_types[1:], e.args):
        unify(b.subst, formal, b.ctx.types.get(arg), subst)
    own = {v.fullname: subst.get(v.fullname, OBJ) for v in ft.variables}
    if all(t == OBJ for t in own.values()):
        return None
    if len({fi.name for _, fi in impls}) != 1:
        raise b.ctx.error(b.module, e, f"the generic method {callee.name}(), overridden in a subclass, called "
                                       "with int, float or bool type arguments is not supported by unicc")
    cls_key, first = impls[0]
    name = f"{first.name}[{','.join(f'{own[v]}' for v in sorted(own))}]"
    info = b.ctx.funcs.get(name)
    if info is None:
        ci = next(c for c in b.ctx.classes.values() if c.ir.symbol == cls_key)
        merged = {**ci.subst, **own}
        info = func_info(b.ctx, name, f, self_type=first.params[0], subst=merged)
        b.ctx.funcs[name] = info
        module = f.fullname.rsplit(".", 2)[0]
        b.ctx.compile_function(module, f, info, f"{f.info.name}.{f.name}", subst=merged)
    return info


def own_defaults(b: Builder, e: CallExpr, args: list[o.Register],
                 first: FuncInfo) -> Callable[[FuncInfo], list[o.Register]] | None:
    """An omitted argument takes the default of the implementation called (an
    override may have its own)."""
    names = first.arg_names[1:]
    npos = sum(1 for n in e.arg_names if n is None)
    missing = [i for i in range(npos, len(names)) if names[i] not in e.arg_names]
    if not missing:
        return None

    def fill(fi: FuncInfo) -> list[o.Register]:
        out = list(args)
        for i in missing:
            d = fi.defaults[1 + i] if len(fi.defaults) > 1 + i else None
            if d is not None and d is not first.defaults[1 + i]:
                out[i] = b.coerce(default_value(b, fi, 1 + i, d), args[i].type)
        return out
    return fill


def call_dunder(b: Builder, obj: o.Register, static: str | Type | None, name: str, args: list[o.Register],
                node: Expression | None) -> o.Register | None:
    """Call a user-defined dunder if the static type (a compiled class, given
    as its mypy type or its name) has one."""
    if not obj.type.is_obj or not has_dunder(b, static, name):
        return None
    info = b.ctx.infos.get(static) if isinstance(static, str) else mapper.instance_info(static)
    assert info is not None
    key = class_of(b.ctx, static, b.subst) if not isinstance(static, str) else None
    return dispatch(b, info, name, obj, args, node, key=key)


def has_dunder(b: Builder, static: str | Type | None, name: str) -> bool:
    """The static type (see call_dunder) is a compiled class with method `name`."""
    info = b.ctx.infos.get(static) if isinstance(static, str) else mapper.instance_info(static)
    if info is None or info.fullname not in b.ctx.infos:
        return False
    key = class_of(b.ctx, static, b.subst) if not isinstance(static, str) else None
    return find_method(key or b.ctx.classes[info.fullname], name) is not None


def static_call(b: Builder, e: CallExpr, info: TypeInfo, name: str) -> o.Register:
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
    b.ctx.compile_function(f.info.module_name, f, fi, f"{cls.name}.{f.name}", cls_info=cls)
    return fi
