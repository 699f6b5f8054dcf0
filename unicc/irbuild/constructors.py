"""Constructors: instances of compiled classes, exceptions, enums, fixed-width
integers and the builtin types, and super().__init__ calls."""

from __future__ import annotations

from mypy.nodes import (
    ARG_POS, AssignmentStmt, CallExpr, IntExpr, MemberExpr, NameExpr, RefExpr, SuperExpr, TempNode, TypeInfo,
)
from mypy.expandtype import expand_type
from mypy.types import CallableType, Instance, NoneType, Type, TypeVarType, UnionType, has_type_vars
from mypy.typevars import fill_typevars

from unicc.frontend.walk import written
from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, FIXED, I64, OBJ
from unicc.irbuild import mapper
from unicc.irbuild.arguments import EXC_TYPES, match_args
from unicc.irbuild.builder import Builder, ClassInfo, FuncInfo
from unicc.irbuild.flags import flag_call, is_flag
from unicc.irbuild.sequences import new_tuple
from unicc.irbuild.methods import BUFFER
from unicc.irbuild.members import call_by_class
from unicc.irbuild.prepare import class_of, constructed_kinds, find_method, find_method_in, lineage
from unicc.irbuild.registry import BUILTIN_FUNCS, EMPTY_MAKERS
from unicc.irbuild.strings import to_str


def enum_call(b: Builder, e: CallExpr, info: TypeInfo) -> o.Register:
    """Color(2): the member with that value, or ValueError."""
    members = b.ctx.enums[info.fullname]
    v = b.accept_as(e.args[0], I64)
    ok, bad = b.new_block(), b.new_block()
    for value in sorted(set(members.values())):
        nxt = b.new_block()
        b.branch(b.binary("eq", v, b.int(value), BOOL), ok, nxt)
        b.activate(nxt)
    b.goto(bad)
    b.activate(bad)
    msg = b.call_rt("rt_str_concat", [b.call_rt("rt_int_to_str", [v], OBJ),
                                      b.str_const(f" is not a valid {info.name}")], OBJ)
    b.raise_msg("rt_type_ValueError", msg)
    b.activate(ok)
    return v


def obj_enum_call(b: Builder, e: CallExpr, info: TypeInfo) -> o.Register:
    """Color(value): the member whose value equals it (==, as a dict lookup finds it), or ValueError."""
    decl = b.ctx.obj_enums[info.fullname]
    ci = b.ctx.classes[info.fullname]
    v = b.accept(e.args[0])
    same = v.type == decl.vtype
    arg = v if same else b.coerce(v, OBJ)
    res = b.reg(OBJ)
    done = b.new_block()
    for name in decl.values:
        m = b.reg(OBJ)
        b.emit(o.GetGlobal(m, f"{info.fullname}.{name}"))
        value = b.get_field(m, ci.fields["_value_"], decl.vtype)
        if not same:
            value = b.coerce(value, OBJ)
        eq = b.call_rt("rt_eq", [b.to_word(arg), b.to_word(value), b.int(arg.type.kind)], BOOL)
        yes, nxt = b.new_block(), b.new_block()
        b.branch(eq, yes, nxt)
        b.activate(yes)
        b.assign(res, m)
        b.goto(done)
        b.activate(nxt)
    msg = b.call_rt("rt_str_concat", [to_str(b, v, b.ctx.types.get(e.args[0]), repr_=True),
                                      b.str_const(f" is not a valid {info.name}")], OBJ)
    b.raise_msg("rt_type_ValueError", msg)
    b.activate(done)
    return res


def new_namedtuple(b: Builder, info: TypeInfo, items: list[o.Register]) -> o.Register:
    """A tuple of the NamedTuple class `info`: each item in its field's run-time type."""
    new = b.ctx.namedtuples[info.fullname]
    items = [b.coerce(v, t) for v, t in zip(items, new.params)]
    sym = b.ctx.ir.kinds_symbol(tuple(t.kind for t in new.params))
    t = b.call_rt("rt_tuple_new_as", [b.addr(b.ctx.classes[info.fullname].ir.symbol), b.int(len(items)),
                                      b.addr(sym)], OBJ)
    for i, v in enumerate(items):
        b.set_field(t, abi.TUPLE_ITEMS + i, v)
    return t


def namedtuple_method(b: Builder, e: CallExpr, callee: MemberExpr, info: TypeInfo) -> o.Register:
    """p._replace(x=2): a new P with those fields replaced; p._asdict(): {field: value}."""
    new = b.ctx.namedtuples[info.fullname]
    obj = b.accept(callee.expr)
    items = [b.get_field(obj, abi.TUPLE_ITEMS + i, t) for i, t in enumerate(new.params)]
    if callee.name == "_replace":
        for name, arg in zip(e.arg_names, e.args):
            assert name is not None   # mypy: keyword arguments only
            i = new.arg_names.index(name)
            items[i] = b.accept_as(arg, new.params[i])
        return new_namedtuple(b, info, items)
    d = b.call_rt("rt_dict_new", [b.int(OBJ.kind), b.int(OBJ.kind)], OBJ)
    for name, v in zip(new.arg_names, items):
        b.call_rt("rt_dict_set", [d, b.to_word(b.str_const(name)), b.to_word(b.coerce(v, OBJ))])
    return d


def typeddict_new(b: Builder, e: CallExpr) -> o.Register:
    """Movie(name=..., year=...): a dict of the keywords in the order written;
    Movie(other) (a mapping or another TypedDict): a copy of it."""
    d = b.call_rt("rt_dict_new", [b.int(OBJ.kind), b.int(OBJ.kind)], OBJ)
    for name, arg in zip(e.arg_names, e.args):
        v = b.coerce(b.accept(arg), OBJ)
        if name is None:
            b.call_rt("rt_dict_update", [d, v])
        else:
            b.call_rt("rt_dict_set", [d, b.to_word(b.str_const(name)), b.to_word(v)])
    return d


def construct(b: Builder, e: CallExpr, info: TypeInfo) -> o.Register:
    if info.typeddict_type is not None:
        return typeddict_new(b, e)
    if info.fullname == BUFFER:
        return b.call_rt("rt_buffer_new", [b.accept(e.args[0])], OBJ)
    if is_flag(info):
        return flag_call(b, b.accept_as(e.args[0], I64), info)
    if info.fullname in b.ctx.enums:
        return enum_call(b, e, info)
    if info.fullname in b.ctx.obj_enums:
        return obj_enum_call(b, e, info)
    if info.fullname in b.ctx.namedtuples:
        new = b.ctx.namedtuples[info.fullname]
        return new_namedtuple(b, info, match_args(b, e, new, None))
    if info.module_name == mapper.FIXED_MODULE and info.name in FIXED:
        # u32(x): a truncating or extending conversion, like a C cast
        if isinstance(e.args[0], IntExpr):
            return b.const(e.args[0].value, FIXED[info.name])  # masked to the width
        v = b.accept(e.args[0])
        return b.convert(b.coerce(v, I64) if not v.type.is_int else v, FIXED[info.name])
    if info.fullname in BUILTIN_FUNCS:
        return BUILTIN_FUNCS[info.fullname](b, e)
    if info.fullname.startswith("builtins.") and info.name in EXC_TYPES:
        return new_builtin_exception(b, e, info.name)
    return construct_instance(b, e, info)


def new_builtin_exception(b: Builder, e: CallExpr, name: str) -> o.Register:
    special = special_args(name, len(e.args), int_first(b, e))
    if special is not None:
        raise b.ctx.error(b.module, e, f"{name}({special}) is not supported by unicc")
    if len(e.args) == 1 and e.arg_kinds[0] == ARG_POS and is_str(b.ctx.types.get(e.args[0])):
        # the common ValueError("message"): the runtime makes the 1-tuple
        return b.call_rt("rt_exc_new", [b.addr(f"rt_type_{name}"), b.accept(e.args[0])], OBJ)
    return b.call_rt("rt_exc_new_args", [b.addr(f"rt_type_{name}"), exception_args(b, e)], OBJ)


def int_first(b: Builder, e: CallExpr) -> bool:
    p = mapper.proper(b.ctx.types.get(e.args[0])) if e.args else None
    return isinstance(p, Instance) and p.type.fullname in ("builtins.int", "builtins.bool")


def special_args(name: str, n: int, int_first: bool) -> str | None:
    """The constructor calls whose str() or class CPython derives from the
    arguments in a way unicc does not model."""
    if name in ("UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"):
        return "encoding, object, start, end, reason"
    if n > 1 and name in ("SyntaxError", "IndentationError", "TabError"):
        return "msg, details"
    if n > 1 and int_first and name == "OSError":
        return "errno, ...: CPython picks the subclass by errno"
    if n > 2 and (name == "OSError" or is_oserror(name)):
        return "errno, strerror, filename, ..."
    return None


def is_oserror(name: str) -> bool:
    while name in abi.BUILTIN_EXCEPTIONS:
        if name == "OSError":
            return True
        name = abi.BUILTIN_EXCEPTIONS[name]
    return False


def is_str(t: object) -> bool:
    p = mapper.proper(t) if t is not None else None  # type: ignore[arg-type]
    return isinstance(p, Instance) and p.type.fullname == "builtins.str"


def exception_args(b: Builder, e: CallExpr) -> o.Register:
    """The args tuple of a builtin exception's constructor call (NULL for ())."""
    if any(k != ARG_POS for k in e.arg_kinds):
        raise b.ctx.error(b.module, e, "a builtin exception takes positional arguments only")
    return args_tuple(b, [b.accept(a) for a in e.args])


def args_tuple(b: Builder, args: list[o.Register]) -> o.Register:
    """BaseException.args: the arguments boxed, in a tuple; NULL stands for ()."""
    if not args:
        return b.none()
    return new_tuple(b, [b.coerce(a, OBJ) for a in args])


# ---- construction --------------------------------------------------------------------------

def construct_instance(b: Builder, e: CallExpr, info: TypeInfo) -> o.Register:
    ci = class_of(b.ctx, b.ctx.types.get(e), b.subst) or b.ctx.classes.get(info.fullname)
    if ci is None:
        if info.is_protocol or info.is_abstract:
            raise b.ctx.error(b.module, e, f"cannot instantiate {info.name}")
        if info.tuple_type is not None:
            raise b.ctx.error(b.module, e, f"{info.name}: typing.NamedTuple classes are not supported by unicc")
        raise b.ctx.error(b.module, e, f"{written(e.callee) or info.fullname}() ({info.fullname}, a class unicc "
                                       "does not compile) is not supported by unicc")
    obj = b.alloc(ci.ir.symbol, len(ci.ir.fields))
    keep = b.reg(OBJ, "new")
    b.assign(keep, obj)
    class_defaults(b, info, ci, keep)
    if info.fullname == VEC and "tname" in ci.fields:
        t = mapper.proper(b.ctx.types.get(e))
        name = vec_item_name(t.args[0]) if isinstance(t, Instance) and t.args else None
        if name is not None:   # vec[T] inside the stand-in: it copies its source's
            b.set_field(keep, ci.fields["tname"], b.str_const(name))
    init = find_method(ci, "__init__")
    if init is not None:
        expect_factories(b, e, init)
        args = match_args(b, e, init, None, skip=1)
        if ci.is_exception:
            keep_arguments(b, e, keep, args)
        b.call(init, [keep] + args)
    elif ci.is_exception and e.args:
        b.set_field(keep, abi.EXC_ARGS, exception_args(b, e))
    return keep


VEC = "librt._vecs.vec"
VEC_VALUES = {"bool", "float"} | {f"{s}{w}" for s in "iu" for w in (8, 16, 32, 64)}
NOT_A_TYPE = "!TypeError!type object expected in vec[...]"


def vec_item_name(t: Type) -> str | None:
    """How librt names a vec's item type (`vec[i64]`, `vec[C | None]`), which
    the stand-in's repr shows: set by the compiler at `vec[X](...)`, since
    one compiled copy serves every object item type.  A type librt refuses
    is "!Exception!message", raised by the stand-in's constructor; None: a
    type variable's."""
    p = mapper.proper(t)
    if isinstance(p, TypeVarType):
        return None
    if isinstance(p, UnionType):
        items = [mapper.proper(x) for x in p.items]
        rest = [x for x in items if not isinstance(x, NoneType)]
        if len(rest) != 1 or len(rest) == len(items):
            return NOT_A_TYPE
        name = vec_item_name(rest[0])
        if name is None or name.startswith("!"):
            return name
        if name in VEC_VALUES:
            return "!TypeError!vec does not support optional value types (use vec[object] instead)"
        return f"{name} | None"
    if not isinstance(p, Instance):
        return NOT_A_TYPE
    if p.type.fullname == "builtins.int":
        return "!ValueError!unsupported type in vec[int] (use a native integer type such as i64)"
    if p.type.fullname == VEC and p.args:
        name = vec_item_name(p.args[0])
        return name if name is None or name.startswith("!") else f"vec[{name}]"
    return NOT_A_TYPE if p.args else p.type.name


def expect_factories(b: Builder, e: CallExpr, init: FuncInfo) -> None:
    """`defaultdict(list)`: a builtin class passed for a parameter of a
    generic class's constructor typed `Callable[[], V]` (or Optional) is a
    function value of that type with the instance's type arguments."""
    t = mapper.proper(b.ctx.types.get(e))
    if not isinstance(t, Instance) or not t.args:
        return
    env = {tv.id: a for tv, a in zip(t.type.defn.type_vars, t.args)}
    names = init.arg_names[1:]
    for i, (arg, name) in enumerate(zip(e.args, e.arg_names)):
        j = 1 + (names.index(name) if name is not None and name in names else i)
        if not (isinstance(arg, NameExpr) and arg.fullname in EMPTY_MAKERS) or j >= len(init.ptypes):
            continue
        pt = init.ptypes[j]
        if pt is None:
            continue
        want = expand_type(pt, env)
        item = mapper.optional_item(want) or want
        if isinstance(mapper.proper(item), CallableType) and not has_type_vars(item):
            b.expected.setdefault(arg, item)


def keep_arguments(b: Builder, e: CallExpr, exc: o.Register, args: list[o.Register]) -> None:
    """CPython keeps an exception's positional constructor arguments whatever
    its __init__ does (BaseException.__new__): e.args and str(e) show them even
    when __init__ never calls super().__init__, which sets them anew.  The
    positional arguments are the first parameters, in order."""
    npos = sum(1 for k in e.arg_kinds if k == ARG_POS)
    if npos:
        b.set_field(exc, abi.EXC_ARGS, args_tuple(b, args[:npos]))


def class_defaults(b: Builder, info: TypeInfo, ci: ClassInfo, obj: o.Register) -> None:
    """Plain classes: `x: int = 0` in the body gives every instance its initial value."""
    if ci.is_dataclass:
        return
    for cls in reversed(info.mro):
        if cls.defn is None or cls.fullname not in b.ctx.classes or "dataclass" in cls.metadata:
            continue   # a dataclass base's fields are its __init__'s to set
        for s in cls.defn.defs.body:
            if isinstance(s, AssignmentStmt) and isinstance(s.lvalues[0], NameExpr) and \
                    not isinstance(s.rvalue, TempNode) and s.lvalues[0].name in ci.fields:
                name = s.lvalues[0].name
                g = b.ctx.globals.get(f"{cls.fullname}.{name}")
                if g is not None:
                    r = b.reg(g.type)
                    b.emit(o.GetGlobal(r, g.name))
                else:
                    r = b.accept(s.rvalue)
                b.set_field(obj, ci.fields[name], b.coerce(r, ci.field_types[name]))


def next_method(cls: ClassInfo, after: ClassInfo, name: str) -> FuncInfo | None:
    """The method `name` of the first class after `after` in cls's method
    resolution order that has one: what super() finds for an object of cls."""
    order = lineage(cls)
    return find_method_in(order[order.index(after) + 1:], name) if after in order else None


def super_targets(b: Builder, info: TypeInfo, cur: ClassInfo, name: str) -> dict[str, FuncInfo | None]:
    """What super().name finds in a method of cur, by the run-time class of
    self (each constructed class that derives from it).  With several bases
    this is not always the static base's method: in `class C(A, M)`, A's
    super() continues with M."""
    return {ci.ir.symbol: next_method(ci, cur, name) for _, ci, _ in constructed_kinds(b.ctx, info)
            if cur in lineage(ci)}


def super_switch(b: Builder, e: CallExpr, self_reg: o.Register, name: str,
                 targets: dict[str, FuncInfo | None]) -> o.Register:
    """super().name(...) dispatched on the run-time class of self."""
    found = [f for f in targets.values() if f is not None]
    if any(f is None for f in targets.values()) and name != "__init__":
        raise b.ctx.error(b.module, e, f"super().{name}() that reaches object for some subclasses and a "
                                       f"method for others is not supported by unicc")
    # (a method None: object.__init__, which does nothing)
    return call_by_class(b, self_reg, list(targets.items()), found[0].ret,
                         lambda fi: match_args(b, e, fi, None, skip=1))


def super_start(b: Builder, sup: SuperExpr) -> tuple[TypeInfo, o.Register]:
    """The class whose bases super() searches, and the object: the method's
    class and self, or super(C, obj)'s C (a class above the method's: C.foo
    calling super(B, self).foo() skips B's) and obj."""
    assert sup.info is not None
    if not sup.call.args:
        return sup.info, b.py_params[0]
    first = sup.call.args[0]
    start = first.node if isinstance(first, RefExpr) else None
    if not isinstance(start, TypeInfo) or len(sup.call.args) != 2 or \
            start is not sup.info and (start.defn.type_vars or sup.info.defn.type_vars):
        raise b.ctx.error(b.module, sup, "super() with arguments other than a class the program defines (not "
                                         "generic) and an object is not supported by unicc")
    return start, b.accept(sup.call.args[1])


def call_super(b: Builder, e: CallExpr) -> o.Register:
    sup = e.callee
    if isinstance(sup, MemberExpr) and isinstance(sup.expr, SuperExpr):
        sup = sup.expr
    if not isinstance(sup, SuperExpr) or sup.info is None:
        raise b.ctx.error(b.module, e, "super() must be followed by a method call in unicc")
    info, self_reg = super_start(b, sup)
    name = sup.name
    cur = class_of(b.ctx, fill_typevars(info), b.subst)   # the class (specialisation) compiled
    fi = next_method(cur, cur, name) if cur is not None else None
    after = super_targets(b, info, cur, name) if cur is not None else {}
    if any(f is not fi for f in after.values()):   # the object's class puts another base next
        return super_switch(b, e, self_reg, name, after)
    if fi is not None:
        return b.call(fi, [self_reg] + match_args(b, e, fi, None, skip=1))
    if name == "__init__" and cur is not None:   # a builtin base's __init__
        if cur.is_exception:
            b.set_field(self_reg, abi.EXC_ARGS, exception_args(b, e))
        return b.none()
    raise b.ctx.error(b.module, e, f"super().{name}() is not supported by unicc here")
