"""Lowering of class bodies and methods: the compiled methods of each class,
dataclass methods, and the slot wrappers the runtime calls (__iter__,
__next__, __repr__, __eq__, __hash__, __lt__).

The declarations they rely on (layouts, vtables, specialisations) are made
by prepare.py first.
"""

from __future__ import annotations

from functools import partial

from mypy.nodes import (
    AssignmentStmt, CallExpr, ClassDef, Decorator, FuncDef, NameExpr, OverloadedFuncDef, RefExpr, Statement, TempNode,
    TypeInfo, Var,
)

from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, VOID, WORD
from unicc.irbuild.arguments import set_def_defaults
from unicc.irbuild.cached_props import compile_getter, is_cached, uncached
from unicc.irbuild.decorators import compile_method_entry, decorated_method, init_decorated_method, undecorated
from unicc.irbuild.builder import Builder, ClassInfo, Context, FuncInfo, new_function
from unicc.irbuild.members import dispatch, type_of
from unicc.irbuild.notimpl import flag, raise_unsupported, resolves, set_flag
from unicc.irbuild.ordering import compile_ordering
from unicc.irbuild.prepare import ORDER, SETTER, dc_defaults, dc_fields, dc_selected, find_method, is_total_ordering, lineage, key_of, method_def
from unicc.irbuild.sequences import new_tuple
from unicc.irbuild.strings import to_str


# ---- compiling class bodies ----------------------------------------------------------------

def compile_class(ctx: Context, module: str, cdef: ClassDef) -> None:
    info = cdef.info
    ci = ctx.classes.get(info.fullname)
    if ci is not None:
        compile_methods(ctx, module, info, ci)
    elif info.fullname in ctx.enums:   # an IntEnum's or a Flag's methods: self is an int
        for name, sym in info.names.items():
            f = sym.node.func if isinstance(sym.node, Decorator) else sym.node
            if isinstance(f, FuncDef) and f.fullname in ctx.funcs:
                ctx.compile_function(module, f, ctx.funcs[f.fullname], f"{info.name}.{name}")


def compile_methods(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> None:
    for name, fi in ci.methods.items():
        sym = info.names.get(name.removesuffix(SETTER))
        f = method_def(info, name)
        written = sym is not None and not sym.plugin_generated
        if isinstance(f, FuncDef) and written and sym is not None and isinstance(sym.node, Decorator) and \
                decorated_method(sym.node):
            ctx.attempt(module, f, partial(ctx.compile_function, module, f, undecorated(fi), f"{info.name}.{name}",
                                           subst=ci.subst))
            compile_method_entry(ctx, module, sym.node, fi)
        elif isinstance(f, FuncDef) and written and not f.is_trivial_body and sym is not None and is_cached(sym.node):
            ctx.attempt(module, f, partial(ctx.compile_function, module, f, uncached(fi), f"{info.name}.{name}",
                                           subst=ci.subst))
            compile_getter(ctx, module, ci, name, fi)
        elif isinstance(f, FuncDef) and written and not f.is_trivial_body:
            ctx.attempt(module, f, partial(ctx.compile_function, module, f, fi,
                                           f"{info.name}.{name.removesuffix(SETTER)}", subst=ci.subst))
        elif name == "__init__" and ci.is_dataclass:
            dataclass_init(ctx, module, info, ci)
        elif name in ORDER and is_total_ordering(info):
            compile_ordering(ctx, module, info, ci, name)
    for name in info.names:
        f = method_def(info, name)
        if f is not None and f.is_static and f.fullname in ctx.funcs and not ci.subst:
            ctx.attempt(module, f, partial(ctx.compile_function, module, f, ctx.funcs[f.fullname],
                                           f"{info.name}.{name}"))
    make_slots(ctx, module, info, ci)


def dataclass_init(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> None:
    fi = ci.methods["__init__"]
    b, params = new_function(ctx, module, fi.name, list(zip(fi.arg_names, fi.params)), VOID,
                             f"{info.name}.__init__")
    init_vars = []
    for (name, _), p in zip(dc_fields(ci, info, init_vars=True), params[1:]):
        if name in ci.fields:
            b.set_field(params[0], ci.fields[name], p, name)
        else:   # an InitVar: an argument of __post_init__
            init_vars.append(p)
    others = [str(a["name"]) for a in info.metadata["dataclass"]["attributes"] if not a.get("is_in_init", True)]
    for name, d in zip(others, dc_defaults(ctx, info, None, init=False)):   # field(init=False, default=...)
        if d is not None:
            b.set_field(params[0], ci.fields[name], b.accept_as(d, ci.field_types[name]), name)
    if info.get("__post_init__") is not None:   # the object's own, a subclass's too
        dispatch(b, info, "__post_init__", params[0], init_vars, None, VOID)
    b.emit(o.Return(None))
    b.finish()


def class_body_init(b: Builder, cdef: ClassDef) -> None:
    """Values assigned in a class body are class attributes: globals named
    `module.Class.name` (instances also start with them, see class_defaults)."""
    info = cdef.info
    if info.fullname in b.ctx.obj_enums:
        return enum_members_init(b, info, cdef)
    if info.fullname in b.ctx.namedtuples:   # defaults are evaluated when the class statement runs
        new = b.ctx.namedtuples[info.fullname]
        for i, d in enumerate(new.defaults):
            g = b.ctx.globals.get(f"{new.name}.default{i}")
            if d is not None and g is not None:
                b.emit(o.SetGlobal(g.name, b.accept_as(d, g.type)))
        return
    if info.is_enum or info.typeddict_type is not None:
        return
    for s in cdef.defs.body:
        for f in method_defs(s):
            sym = info.names.get(f.name)
            if sym is None or not sym.plugin_generated:   # the dataclass plugin's are not run
                set_def_defaults(b, f)
        if isinstance(s, ClassDef):   # a class in the class body: its statement runs here
            class_body_init(b, s)
        if decorated_method(s) and info.fullname in b.ctx.classes:
            assert isinstance(s, Decorator)
            init_decorated_method(b, s, b.ctx.classes[info.fullname].methods[s.name])
        if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and \
                not isinstance(s.rvalue, TempNode):
            v = s.lvalues[0].node
            g = b.ctx.globals.get(f"{info.fullname}.{s.lvalues[0].name}")
            if isinstance(v, Var) and g is not None:
                b.emit(o.SetGlobal(g.name, b.accept_as(s.rvalue, g.type)))


def enum_members_init(b: Builder, info: TypeInfo, cdef: ClassDef) -> None:
    """The members of an Enum: one object each, made when the class statement runs,
    in globals named `module.Class.NAME` (an alias holds its canonical member)."""
    decl = b.ctx.obj_enums[info.fullname]
    ci = b.ctx.classes[info.fullname]
    made: dict[str, o.Register] = {}
    for name, value in decl.values.items():
        obj = b.alloc(ci.ir.symbol, len(ci.ir.fields))
        b.set_field(obj, ci.fields["_name_"], b.str_const(name))
        b.set_field(obj, ci.fields["_value_"], b.coerce(literal(b, value), decl.vtype), "_value_")
        made[name] = obj
    for name, canon in decl.names.items():
        b.emit(o.SetGlobal(f"{info.fullname}.{name}", made[canon]))
    aliases = [f"{name} -> {canon}" for name, canon in decl.names.items() if name != canon]
    if aliases and any(isinstance(d, RefExpr) and d.fullname == "enum.unique" for d in cdef.decorators):
        b.raise_new("rt_type_ValueError", f"duplicate values found in <enum '{info.name}'>: {', '.join(aliases)}")
        b.activate(b.new_block())


def literal(b: Builder, v: object) -> o.Register:
    """A Python literal (an enum member's value) as a value of its own run-time type."""
    if isinstance(v, bool):
        return b.const(v, BOOL)
    if isinstance(v, int):
        return b.int(v)
    if isinstance(v, float):
        return b.const(v, F64)
    if isinstance(v, str):
        return b.str_const(v)
    if isinstance(v, tuple):
        return new_tuple(b, [literal(b, x) for x in v])
    return b.none()


def method_defs(s: Statement) -> list[FuncDef]:
    """The functions a def statement in a class body makes (a property's too)."""
    if isinstance(s, FuncDef):
        return [s]
    if isinstance(s, Decorator):
        return [s.func]
    if isinstance(s, OverloadedFuncDef):
        return [f for x in s.items for f in method_defs(x)]
    return []


# ---- type slots (repr/str/hash/eq/lt used by the runtime) ---------------------------------------

def make_slots(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> None:
    for slot, dunder in (("repr", "__repr__"), ("str", "__str__"), ("hash", "__hash__"),
                         ("eq", "__eq__"), ("lt", "__lt__")):
        fi = find_method(ci, dunder)
        if fi is not None:
            ci.ir.slots[slot] = slot_wrapper(ctx, module, fi, slot, slot in ("eq", "lt") and resolves(info, dunder))
    if info.fullname in ctx.obj_enums:
        for slot in ("repr", "str"):
            ci.ir.slots.setdefault(slot, enum_slot(ctx, module, info, ci, slot))
    if info.fullname in ctx.namedtuples:
        ci.ir.slots.setdefault("repr", namedtuple_repr(ctx, module, info, ci))
        for slot in ("eq", "lt", "hash"):
            ci.ir.slots.setdefault(slot, tuple_slot(ctx, module, ci, slot))
    nxt = find_method(ci, "__next__")
    if nxt is not None:
        ci.ir.slots["iternext"] = iternext_slot(ctx, module, nxt)
    it = find_method(ci, "__iter__")
    if it is not None:   # for the runtime's iteration of an object of a type it does not know
        ci.ir.slots["iter"] = slot_wrapper(ctx, module, it, "iter")
    if ci.is_dataclass:
        args = dataclass_args(info)
        if "repr" not in ci.ir.slots:
            ci.ir.slots["repr"] = dataclass_repr(ctx, module, info, ci)
        if "eq" not in ci.ir.slots and args.get("eq", True):
            ci.ir.slots["eq"] = dataclass_eq(ctx, module, info, ci)
        if "hash" not in ci.ir.slots and (args.get("unsafe_hash", False) or
                                          args.get("eq", True) and args.get("frozen", False)):
            ci.ir.slots["hash"] = dataclass_hash(ctx, module, info, ci)
        if "lt" not in ci.ir.slots and dataclass_ordered(info):
            ci.ir.slots["lt"] = dataclass_lt(ctx, module, info, ci)
    if "hash" not in ci.ir.slots and hash_is_none(info):
        ci.ir.slots["hash"] = unhashable_slot(ctx, module, ci)
    for base in lineage(ci)[1:]:   # what a base made without a method (a dataclass's __repr__...) is inherited
        for slot, fn in base.ir.slots.items():
            ci.ir.slots.setdefault(slot, fn)


def dataclass_args(info: TypeInfo) -> dict[str, bool]:
    """The flags written in @dataclass(...) (mypy's metadata keeps only frozen)."""
    out: dict[str, bool] = {}
    for d in info.defn.decorators:
        if isinstance(d, CallExpr) and isinstance(d.callee, RefExpr) and d.callee.fullname == "dataclasses.dataclass":
            for name, a in zip(d.arg_names, d.args):
                if name is not None and isinstance(a, NameExpr) and a.fullname in ("builtins.True", "builtins.False"):
                    out[name] = a.fullname == "builtins.True"
    return out


def hash_is_none(info: TypeInfo) -> bool:
    """CPython makes a class that defines __eq__ but not __hash__ unhashable
    (its __hash__ is None, and its subclasses inherit that), and so does
    @dataclass with eq and neither frozen nor unsafe_hash."""
    for base in info.mro:
        if base.fullname.startswith("builtins."):
            return False
        own = base.names.get("__hash__")
        if own is not None and not own.plugin_generated:
            return isinstance(own.node, Var)   # `__hash__ = None`
        if "dataclass" in base.metadata:
            args = dataclass_args(base)
            if args.get("unsafe_hash", False) or not args.get("eq", True):
                return False
            return not args.get("frozen", False)
        eq = base.names.get("__eq__")
        if eq is not None and not eq.plugin_generated:
            return True
    return False


def unhashable_slot(ctx: Context, module: str, ci: ClassInfo) -> str:
    name = f"{key_of(ci)}.__hash__.none"
    b, (self_r,) = new_function(ctx, module, name, [("self", OBJ)], I64)
    b.emit(o.Return(b.call_rt("rt_unhashable", [self_r], I64)))
    b.finish()
    return name


def enum_slot(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo, slot: str) -> str:
    """str() of an Enum member is 'Color.RED', its repr '<Color.RED: 1>' (the value's repr)."""
    name = f"{key_of(ci)}.__{slot}__.enum"
    b, (self_r,) = new_function(ctx, module, name, [("self", OBJ)], OBJ)
    acc = b.str_const(f"{info.name}." if slot == "str" else f"<{info.name}.")
    acc = b.call_rt("rt_str_concat", [acc, b.get_field(self_r, ci.fields["_name_"], OBJ)], OBJ)
    if slot == "repr":
        value = b.get_field(self_r, ci.fields["_value_"], ci.field_types["_value_"], "_value_")
        acc = b.call_rt("rt_str_concat", [acc, b.str_const(": ")], OBJ)
        acc = b.call_rt("rt_str_concat", [acc, to_str(b, value, None, repr_=True)], OBJ)
        acc = b.call_rt("rt_str_concat", [acc, b.str_const(">")], OBJ)
    b.emit(o.Return(acc))
    b.finish()
    return name


def namedtuple_repr(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> str:
    """P(x=1, y='a'): each item shown by its field's type."""
    new = ctx.namedtuples[info.fullname]
    name = f"{key_of(ci)}.__repr__.nt"
    b, (self_r,) = new_function(ctx, module, name, [("self", OBJ)], OBJ)
    acc = b.str_const(f"{info.name}(")
    for i, (field, t) in enumerate(zip(new.arg_names, new.ptypes)):
        v = b.get_field(self_r, abi.TUPLE_ITEMS + i, new.params[i])
        acc = b.call_rt("rt_str_concat", [acc, b.str_const(("" if i == 0 else ", ") + f"{field}=")], OBJ)
        acc = b.call_rt("rt_str_concat", [acc, to_str(b, v, t, repr_=True)], OBJ)
    acc = b.call_rt("rt_str_concat", [acc, b.str_const(")")], OBJ)
    b.emit(o.Return(acc))
    b.finish()
    return name


def tuple_slot(ctx: Context, module: str, ci: ClassInfo, slot: str) -> str:
    """A NamedTuple compares and hashes as its tuple does."""
    name = f"{key_of(ci)}.__{slot}__.nt"
    args = [("self", OBJ)] if slot == "hash" else [("a", OBJ), ("b", OBJ)]
    b, params = new_function(ctx, module, name, args, I64)
    b.emit(o.Return(b.call_rt(f"rt_tuple_{slot}", params, I64)))
    b.finish()
    return name


def iternext_slot(ctx: Context, module: str, fi: FuncInfo) -> str:
    """The iternext slot of a class with __next__: StopIteration becomes the
    end-of-iteration flag, the item a word of the kind the caller wants."""
    name = f"{fi.name}.iternext"
    if any(fn.name == name for fn in ctx.ir.functions):   # a __next__ two subclasses inherit
        return name
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


def slot_wrapper(ctx: Context, module: str, fi: FuncInfo, slot: str, notimpl: bool = False) -> str:
    """Adapt a method to the runtime's slot signature (i64 results for eq/lt).
    An eq or lt method answering NotImplemented (notimpl.py) gives identity
    for eq and TypeError for lt, as sort(), min() and `in` find in CPython
    when both operands are of one class."""
    name = f"{fi.name}.slot"
    if any(f.name == name for f in ctx.ir.functions):
        return name
    ret = OBJ if slot in ("repr", "str", "iter") else I64
    b, params = new_function(ctx, module, name, [(f"a{i}", OBJ) for i in range(len(fi.params))], ret)
    r = b.reg(fi.ret)
    if notimpl:
        set_flag(b, False)
    b.emit(o.Call(r, fi.name, [b.coerce(p, t) for p, t in zip(params, fi.params)]))
    if notimpl:
        yes, no = b.new_block(), b.new_block()
        b.branch(flag(b), yes, no)
        b.activate(yes)
        if slot == "eq":
            b.emit(o.Return(b.coerce(b.binary("eq", params[0], params[1], BOOL), ret)))
        else:
            raise_unsupported(b, "<", params[0], params[1])
        b.activate(no)
    b.emit(o.Return(b.coerce(r, ret)))
    b.finish()
    return name


def dataclass_repr(ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> str:
    name = f"{key_of(ci)}.__repr__.dc"
    b, (self_r,) = new_function(ctx, module, name, [("self", OBJ)], OBJ)
    # reprlib.recursive_repr, as dataclasses uses it: "..." for an object
    # whose repr is being built already (o.links.append(o))
    fresh, again, cleanup = b.new_block(), b.new_block(), b.new_block()
    entered = b.call_rt("rt_repr_enter", [self_r], I64, raises=False)
    b.branch(b.binary("ne", entered, b.int(0), BOOL), fresh, again)
    b.activate(again)
    b.emit(o.Return(b.str_const("...")))
    b.activate(fresh)
    b.handlers.append(cleanup)
    # dataclasses show the __qualname__ of the object's class (a subclass's too)
    acc = b.call_rt("rt_str_concat", [b.call_rt("rt_type_name", [type_of(b, self_r), b.int(2)], OBJ),
                                      b.str_const("(")], OBJ)
    attrs = dc_selected(info, "repr")
    for i, a in enumerate(attrs):
        t = ci.field_types[a]
        v = b.get_field(self_r, ci.fields[a], t, a)
        var = info.get(a)
        s = to_str(b, v, var.node.type if var is not None and isinstance(var.node, Var) else None, repr_=True)
        acc = b.call_rt("rt_str_concat", [acc, b.str_const(("" if i == 0 else ", ") + f"{a}=")], OBJ)
        acc = b.call_rt("rt_str_concat", [acc, s], OBJ)
    acc = b.call_rt("rt_str_concat", [acc, b.str_const(")")], OBJ)
    b.handlers.pop()
    b.call_rt("rt_repr_leave", [], raises=False)
    b.emit(o.Return(acc))
    b.activate(cleanup)   # a field's repr raised: leave all the same
    pending = b.call_rt("rt_exc_take", [], OBJ, raises=False)
    b.call_rt("rt_repr_leave", [], raises=False)
    b.call_rt("rt_reraise", [pending], raises=False)
    b.goto(b.error_exit)
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
    for fname in dc_selected(info, "compare"):
        t = ci.field_types[fname]
        x, y = b.get_field(a, ci.fields[fname], t, fname), b.get_field(c, ci.fields[fname], t, fname)
        # the fields compared as tuples are: identity first, then == (a NaN field equals itself)
        eq = b.call_rt("rt_same", [b.to_word(x), b.to_word(y), b.int(t.kind)], BOOL)
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
    name = f"{key_of(ci)}.__hash__.dc"
    b, (a,) = new_function(ctx, module, name, [("self", OBJ)], I64)
    fields = [b.get_field(a, ci.fields[f], ci.field_types[f], f) for f in dc_selected(info, "hash")]
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
    """order=True: compare the fields as a tuple: the first field that is not
    the same (identity, then ==) decides by its <."""
    name = f"{key_of(ci)}.__lt__.dc"
    b, (a, c) = new_function(ctx, module, name, [("a", OBJ), ("b", OBJ)], I64)
    for fname in dc_selected(info, "compare"):
        t = ci.field_types[fname]
        x, y = b.to_word(b.get_field(a, ci.fields[fname], t, fname)), b.to_word(b.get_field(c, ci.fields[fname], t, fname))
        differ, nxt = b.new_block(), b.new_block()
        b.branch(b.call_rt("rt_same", [x, y, b.int(t.kind)], BOOL), nxt, differ)
        b.activate(differ)
        b.emit(o.Return(b.coerce(b.call_rt("rt_lt", [x, y, b.int(t.kind)], BOOL), I64)))
        b.activate(nxt)
    b.emit(o.Return(b.int(0)))
    b.finish()
    return name
