"""Lowering of calls: user functions, constructors, builtins, methods."""

from __future__ import annotations

from typing import Callable

from mypy.nodes import (
    ARG_NAMED, ARG_POS, ARG_STAR, ARG_STAR2, CallExpr, Decorator, Expression, FuncDef, LambdaExpr,
    MemberExpr, MypyFile, NameExpr, RefExpr, StrExpr, SuperExpr, TypeInfo, Var, OverloadedFuncDef, TupleExpr,
)

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, VOID, WORD, RType, K_OBJ, K_U64, FIXED
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, FuncInfo, is_cls, new_function, rtype_of
from unicc.irbuild.containers import as_value, elem_type, materialize, new_tuple, for_each, Item
from unicc.irbuild.expression import builtin_len, lower, lower_as, truth
from unicc.irbuild.primitives import LEN, METHODS, NODEF, Prim

EXC_TYPES = {
    "BaseException", "Exception", "ArithmeticError", "LookupError", "ValueError", "TypeError",
    "KeyError", "IndexError", "ZeroDivisionError", "OverflowError", "AttributeError",
    "AssertionError", "RuntimeError", "NotImplementedError", "RecursionError", "MemoryError",
    "StopIteration", "SystemExit", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeError", "KeyboardInterrupt",
    "OSError", "EOFError", "StopAsyncIteration", "GeneratorExit", "TimeoutError",
}


def lower_call(b: Builder, e: CallExpr) -> o.Register:
    if any(k in (ARG_STAR, ARG_STAR2) for k in e.arg_kinds):
        raise b.ctx.error(b.module, e, "*args/**kwargs in calls are not supported by unicc")
    callee = e.callee
    if isinstance(callee, MemberExpr) and isinstance(callee.expr, StrExpr) and callee.name == "format":
        return fstring_piece(b, e, callee.expr.value)
    if isinstance(callee, MemberExpr) and isinstance(callee.expr, StrExpr) and callee.name == "join" \
            and callee.expr.value == "" and isinstance(e.args[0], __import__("mypy.nodes").nodes.ListExpr):
        return fstring_join(b, e)
    if isinstance(callee, SuperExpr) or (isinstance(callee, MemberExpr) and isinstance(callee.expr, SuperExpr)):
        from unicc.irbuild.classdef import call_super
        return call_super(b, e)
    if isinstance(callee, RefExpr):
        node = callee.node
        cls = b.cls_info
        if is_cls(callee.expr if isinstance(callee, MemberExpr) else callee) and cls is not None:
            from unicc.irbuild.classdef import static_call   # in a classmethod: cls.method(...), cls(...)
            return static_call(b, e, cls, callee.name) if isinstance(callee, MemberExpr) else construct(b, e, cls)
        if isinstance(callee, MemberExpr) and not (isinstance(callee.expr, NameExpr) and
                                                   isinstance(callee.expr.node, (MypyFile, TypeInfo))):
            return method_call(b, e, callee)
        fullname = callee.fullname
        if fullname in BUILTIN_FUNCS:
            return BUILTIN_FUNCS[fullname](b, e)
        if isinstance(node, TypeInfo):
            return construct(b, e, node)
        if isinstance(node, Decorator):
            node = node.func
        if isinstance(node, FuncDef) and node.fullname in b.ctx.generic_defs:
            from unicc.irbuild.generic import specialise
            info = specialise(b, e, node)
            return b.call(info, match_args(b, e, info, node))
        if isinstance(node, FuncDef) and node.fullname in b.ctx.funcs and not b.ctx.funcs[node.fullname].has_env:
            info = b.ctx.funcs[node.fullname]
            return b.call(info, match_args(b, e, info, node))
        if isinstance(callee, MemberExpr) and isinstance(callee.expr, NameExpr) and \
                isinstance(callee.expr.node, TypeInfo):
            qual = f"{callee.expr.node.fullname}.{callee.name}"
            if qual in BUILTIN_FUNCS:
                return BUILTIN_FUNCS[qual](b, e)
            from unicc.irbuild.classdef import static_call
            return static_call(b, e, callee.expr.node, callee.name)
        if isinstance(node, FuncDef) and node.fullname.startswith(("math.", "sys.")):
            raise b.ctx.error(b.module, e, f"{node.fullname}() is not supported by unicc")
    return call_value(b, e)


def match_args(b: Builder, e: CallExpr, info: FuncInfo, fdef: FuncDef | None, skip: int = 0) -> list[o.Register]:
    """Arguments in parameter order, defaults filled in (evaluated left to right)."""
    names = info.arg_names[skip:]
    slots: list[o.Register | None] = [None] * len(names)
    for arg, kind, name in zip(e.args, e.arg_kinds, e.arg_names):
        idx = names.index(name) if name is not None else next(i for i, s in enumerate(slots) if s is None)
        expect_callable(b, arg, info.ptypes[skip + idx] if len(info.ptypes) > skip + idx else None)
        slots[idx] = lower_as(b, arg, info.params[skip + idx])
    out = []
    for i, s in enumerate(slots):
        if s is None:
            d = info.defaults[skip + i]
            if d is None:
                raise b.ctx.error(b.module, e, f"missing argument '{names[i]}'")
            s = default_value(b, info, skip + i, d)
        out.append(s)
    return out


def expect_callable(b: Builder, arg: Expression, t: object) -> None:
    """A function value passed where a Callable type is declared must follow that type."""
    from mypy.types import has_type_vars
    if t is not None and has_type_vars(t):  # type: ignore[arg-type]
        return   # a generic parameter: the argument keeps its own type
    p = mapper.proper(t) if t is not None else None  # type: ignore[arg-type]
    if isinstance(p, mapper.CallableType):
        b.expected.setdefault(arg, t)  # type: ignore[arg-type]  # the outermost context wins
    elif isinstance(p, mapper.TupleType) and isinstance(arg, TupleExpr):
        for x, xt in zip(arg.items, p.items):
            expect_callable(b, x, xt)


def default_value(b: Builder, info: FuncInfo, i: int, d: Expression) -> o.Register:
    """Defaults are evaluated once, when the def runs: non-literal ones live in a global."""
    g = b.ctx.globals.get(f"{info.name}.default{i}")
    if g is not None:
        r = b.reg(g.type)
        b.emit(o.GetGlobal(r, g.name))
        return r
    return lower_as(b, d, info.params[i])


def call_value(b: Builder, e: CallExpr) -> o.Register:
    """Calling a Callable value: closure object, field 0 is the code address."""
    from unicc.irbuild.function import call_closure
    ct = mapper.proper(b.ctx.types.get(e.callee))
    if not isinstance(ct, mapper.CallableType):
        raise b.ctx.error(b.module, e, "calling this kind of object is not supported by unicc")
    if any(k != ARG_POS for k in e.arg_kinds):
        raise b.ctx.error(b.module, e, "keyword arguments to Callable values are not supported by unicc")
    fn = lower(b, e.callee)
    params = [mapper.rtype(t, b.subst) for t in ct.arg_types]
    args = []
    for a, t, mt in zip(e.args, params, ct.arg_types):
        expect_callable(b, a, mt)
        args.append(lower_as(b, a, t))
    return call_closure(b, fn, args, mapper.ret_rtype(ct.ret_type, b.subst), len(params))


# ---- function arguments of builtins (key=, map, filter) ------------------------------------

class FnArg:
    """A one-argument function value ready to call: closure, parameter and result types."""

    def __init__(self, fn: o.Register, param: RType, ret: RType, ret_t: object) -> None:
        self.fn, self.param, self.ret, self.ret_t = fn, param, ret, ret_t

    def __call__(self, b: Builder, arg: o.Register) -> o.Register:
        from unicc.irbuild.function import call_closure
        return call_closure(b, self.fn, [b.coerce(arg, self.param)], self.ret, 1)


def callable_arg(b: Builder, fexpr: Expression, item_t: object) -> FnArg:
    """The function passed to sorted/min/max/map/filter; builtins (len, str,
    str.lower) get a small compiled wrapper specialised to the item type."""
    target = builtin_target(fexpr)
    if target is not None:
        return builtin_value(b, fexpr, target, [item_t])
    f = lower(b, fexpr)
    ct = mapper.proper(b.ctx.types.get(fexpr))
    assert isinstance(ct, mapper.CallableType)
    return FnArg(f, mapper.rtype(ct.arg_types[0], b.subst), mapper.rtype(ct.ret_type, b.subst), ct.ret_type)


def builtin_target(e: Expression) -> str | None:
    if isinstance(e, NameExpr) and e.fullname in BUILTIN_FUNCS:
        return e.fullname
    if isinstance(e, MemberExpr) and isinstance(e.expr, NameExpr) and isinstance(e.expr.node, TypeInfo) \
            and (e.expr.node.fullname, e.name) in METHODS:
        return f"{e.expr.node.fullname}.{e.name}"
    return None


def builtin_value(b: Builder, fexpr: Expression, target: str, arg_types: list[object],
                  ret_type: object = None) -> FnArg:
    """Compile `lambda *xs: target(*xs)` for arguments of the given mypy types."""
    from unicc.irbuild.function import make_closure
    name = b.ctx.unique(f"builtin.{target}.value")
    params = [("env", OBJ)] + [(f"x{i}", mapper.rtype(t, b.subst)) for i, t in enumerate(arg_types)]  # type: ignore[arg-type]
    tb, (_, *xs) = new_function(b.ctx, b.module, name, params, VOID, target)
    tb.subst = b.subst
    args: list[Expression] = []
    for i, (t, x) in enumerate(zip(arg_types, xs)):
        a = NameExpr(f"x{i}")
        a.set_line(fexpr)
        b.ctx.types[a] = t  # type: ignore[assignment]
        tb.pinned[a] = x
        args.append(a)
    if target in BUILTIN_FUNCS:
        call = CallExpr(fexpr, args, [ARG_POS] * len(args), [None] * len(args))
    else:
        method = MemberExpr(args[0], target.rsplit(".", 1)[1])
        call = CallExpr(method, args[1:], [ARG_POS] * (len(args) - 1), [None] * (len(args) - 1))
    call.set_line(fexpr)
    if ret_type is not None:
        b.ctx.types[call] = ret_type  # type: ignore[assignment]
    r = lower_call(tb, call)
    if ret_type is not None:
        r = tb.coerce(r, mapper.ret_rtype(ret_type, b.subst))  # type: ignore[arg-type]
    tb.fn.ret = r.type
    tb.emit(o.Return(r))
    tb.finish()
    param = xs[0].type if xs else OBJ
    return FnArg(make_closure(b, name, []), param, r.type, None)


# ---- f-strings ------------------------------------------------------------------------

def fstring_piece(b: Builder, e: CallExpr, fmt: str) -> o.Register:
    """'{!r:{}}'.format(value, spec), as mypy writes an f-string field."""
    if fmt not in ("{:{}}", "{!r:{}}", "{!s:{}}", "{!a:{}}") or len(e.args) != 2:
        return str_format(b, e, fmt)
    return format_value(b, e.args[0], e.args[1], fmt)


def str_format(b: Builder, e: CallExpr, fmt: str) -> o.Register:
    """`'...'.format(args)` of a literal string: the text between its fields,
    joined with format(arg, spec) of each field's argument.  The arguments
    are evaluated first, left to right, once each, as in CPython; mypy has
    checked that every field has its argument."""
    import string
    try:
        pieces = list(string.Formatter().parse(fmt))
    except ValueError as err:
        raise b.ctx.error(b.module, e, f"invalid format string: {err}")
    pos = [a for a, k in zip(e.args, e.arg_kinds) if k == ARG_POS]
    named = {n: a for a, k, n in zip(e.args, e.arg_kinds, e.arg_names) if k == ARG_NAMED and n}
    for a in e.args:
        b.pinned[a] = lower(b, a)
    parts: list[o.Register] = []
    auto = 0
    for text, field, spec, conv in pieces:
        if text:
            parts.append(b.str_const(text))
        if field is None:
            continue
        if field == "":
            field, auto = str(auto), auto + 1
        arg = pos[int(field)] if field.isdigit() and int(field) < len(pos) else named.get(field)
        if arg is None or spec is None or "{" in spec:
            raise b.ctx.error(b.module, e, "str.format() with attribute, item or nested fields "
                                           "is not supported by unicc; use an f-string")
        spec_e = StrExpr(spec)
        b.ctx.types[spec_e] = b.ctx.types[e]
        parts.append(format_value(b, arg, spec_e, "{:{}}" if conv is None else "{!" + conv + ":{}}"))
    for a in e.args:
        del b.pinned[a]
    acc = parts[0] if parts else b.str_const("")
    for p in parts[1:]:
        acc = b.call_rt("rt_str_concat", [acc, p], OBJ)
    return acc


def b_format(b: Builder, e: CallExpr) -> o.Register:
    spec = e.args[1] if len(e.args) > 1 else StrExpr("")
    b.ctx.types.setdefault(spec, b.ctx.types.get(e))
    return format_value(b, e.args[0], spec, "{:{}}")


def format_value(b: Builder, value_e: Expression, spec_e: Expression, fmt: str) -> o.Register:
    """format(value, spec) with an optional !r/!s conversion first."""
    v = lower(b, value_e)
    t = b.ctx.types.get(value_e)
    static_spec = spec_e.value if isinstance(spec_e, StrExpr) else None
    if fmt != "{:{}}":
        s = to_str(b, v, t, repr_=fmt.startswith("{!r") or fmt.startswith("{!a"))
        return s if static_spec == "" else b.call_rt("rt_format_str", [s, lower(b, spec_e)], OBJ)
    if static_spec == "":
        return to_str(b, v, t)
    spec = lower(b, spec_e)
    name = mapper.fullname(t)
    if v.type.is_float:
        return b.call_rt("rt_format_float", [v, spec], OBJ)
    if v.type.is_int:
        if v.type == BOOL and static_spec is not None and not any(c in static_spec for c in "dxXobcn%eEfFgG"):
            return b.call_rt("rt_format_str", [to_str(b, v, t), spec], OBJ)
        return b.call_rt("rt_format_int", [b.coerce(v, I64), spec], OBJ)
    if name == "builtins.str":
        return b.call_rt("rt_format_str", [v, spec], OBJ)
    from unicc.irbuild.classdef import call_dunder
    r = call_dunder(b, v, t, "__format__", [spec], None)
    if r is not None:
        return r
    return b.call_rt("rt_format_str", [to_str(b, v, t), spec], OBJ)


def fstring_join(b: Builder, e: CallExpr) -> o.Register:
    from mypy.nodes import ListExpr
    items = e.args[0]
    assert isinstance(items, ListExpr)
    parts = [lower_as(b, x, OBJ) for x in items.items]
    acc = parts[0]
    for p in parts[1:]:
        acc = b.call_rt("rt_str_concat", [acc, p], OBJ)
    return acc


# ---- str() / repr() of any value --------------------------------------------------------

def to_str(b: Builder, v: o.Register, t: object, repr_: bool = False) -> o.Register:
    name = mapper.fullname(t)  # type: ignore[arg-type]
    if v.type.is_void:
        return b.str_const("None")
    if name == "builtins.str" and not repr_:
        return v
    if name == "builtins.str":
        return b.call_rt("rt_str_repr", [v], OBJ)
    if v.type.is_int and v.type != BOOL and v.type.kind != 4 and name != "builtins.bool":
        info = mapper.instance_info(t)  # type: ignore[arg-type]
        if info is not None and info.is_enum and repr_:
            return enum_repr(b, v, info)
        return b.call_rt("rt_int_to_str", [b.coerce(v, I64)], OBJ)
    if v.type.is_float:
        return b.call_rt("rt_float_repr", [v], OBJ)
    if v.type.is_obj and holds_enum(t):
        return enum_container_repr(b, v, t, repr_)
    from unicc.irbuild.classdef import call_dunder
    if v.type.is_obj and not repr_:
        r = call_dunder(b, v, t, "__str__", [], None)
        if r is not None:
            return r
    fn = "rt_repr" if repr_ else "rt_to_str"
    return b.call_rt(fn, [b.to_word(v), b.int(v.type.kind)], OBJ)


def enum_repr(b: Builder, v: o.Register, info: TypeInfo) -> o.Register:
    """repr() of an IntEnum member: <Color.RED: 1> (str() is the plain value, as in 3.11)."""
    from unicc.irbuild.classdef import enum_name
    name = enum_name(b, v, info)
    s = b.call_rt("rt_str_concat", [b.str_const(f"<{info.name}."), name], OBJ)
    s = b.call_rt("rt_str_concat", [s, b.str_const(": ")], OBJ)
    s = b.call_rt("rt_str_concat", [s, b.call_rt("rt_int_to_str", [b.coerce(v, I64)], OBJ)], OBJ)
    return b.call_rt("rt_str_concat", [s, b.str_const(">")], OBJ)


ENUM_HOLDERS = ("builtins.list", "builtins.set", "builtins.dict", "builtins.tuple")


def holds_enum(t: object) -> bool:
    """Whether values of type t hold IntEnum members (kept as plain ints, so
    the runtime would print them as ints where CPython prints <Color.RED: 1>)."""
    p = mapper.proper(t)  # type: ignore[arg-type]
    if isinstance(p, mapper.TupleType):
        return any(holds_enum(i) for i in p.items)
    if isinstance(p, mapper.UnionType):
        return mapper.optional_item(p) is not None and holds_enum(mapper.optional_item(p))
    info = mapper.instance_info(p)
    return info is not None and (info.is_enum or info.fullname in ENUM_HOLDERS and
                                 any(holds_enum(a) for a in mapper.type_args(p)))


def enum_container_repr(b: Builder, v: o.Register, t: object, repr_: bool) -> o.Register:
    """str()/repr() of an Optional or a container holding IntEnum members,
    compiled for its static type: the members as <Color.RED: 1>."""
    from unicc.irbuild.containers import TUPLE_ITEMS, dict_loop, index_loop, set_loop
    p = mapper.proper(t)  # type: ignore[arg-type]
    inner = mapper.optional_item(p)
    if inner is not None:   # None, or the value's own str/repr
        res = b.reg(OBJ)
        no, yes, done = b.new_block(), b.new_block(), b.new_block()
        b.branch(b.binary("eq", v, b.none(), BOOL), no, yes)
        b.activate(no)
        b.assign(res, b.str_const("None"))
        b.goto(done)
        b.activate(yes)
        b.assign(res, to_str(b, b.coerce(v, mapper.rtype(inner, b.subst)), inner, repr_))
        b.goto(done)
        b.activate(done)
        return res
    parts = b.call_rt("rt_list_new", [b.int(K_OBJ), b.int(0)], OBJ)

    def add(s: o.Register) -> None:
        b.call_rt("rt_list_append", [parts, b.to_word(s)])

    def each(show: Callable[[Item], o.Register]):  # type: ignore[no-untyped-def]
        def run(nxt, head, step, exit_):  # type: ignore[no-untyped-def]
            add(show(nxt()))
            b.goto(step)
            b.activate(exit_)
        return run

    def show(x: o.Register, xt: object) -> o.Register:
        return to_str(b, b.coerce(x, mapper.rtype(xt, b.subst)), xt, repr_=True)  # type: ignore[arg-type]
    args = mapper.type_args(p)
    name = mapper.fullname(p)
    opening, closing = "[", "]"
    if isinstance(p, mapper.TupleType):
        for i, it in enumerate(p.items):
            add(show(b.get_field(v, TUPLE_ITEMS + i, mapper.rtype(it, b.subst)), it))
        opening, closing = "(", ",)" if len(p.items) == 1 else ")"
    elif name == "builtins.dict":
        def pair(kv: Item) -> o.Register:
            assert isinstance(kv, list)
            return b.call_rt("rt_str_concat", [b.call_rt("rt_str_concat", [show(kv[0], args[0]), b.str_const(": ")], OBJ),
                                               show(kv[1], args[1])], OBJ)
        dict_loop(b, v, p, "items", each(pair))
        opening, closing = "{", "}"
    elif name == "builtins.set":
        set_loop(b, v, mapper.rtype(args[0], b.subst), each(lambda x: show(x, args[0])))  # type: ignore[arg-type]
        opening, closing = "{", "}"
    else:   # list, tuple[X, ...]
        index_loop(b, v, mapper.rtype(args[0], b.subst), each(lambda x: show(x, args[0])),  # type: ignore[arg-type]
                   getter="tuple" if name == "builtins.tuple" else "list")
        if name == "builtins.tuple":
            opening, closing = "(", ")"
    body = b.call_rt("rt_str_join", [b.str_const(", "), parts], OBJ)
    if name == "builtins.tuple" and not isinstance(p, mapper.TupleType):   # (x,) for one item
        one, joined = b.new_block(), b.new_block()
        b.branch(b.binary("eq", b.get_field(v, 0, I64), b.int(1), BOOL), one, joined)
        b.activate(one)
        b.assign(body, b.call_rt("rt_str_concat", [body, b.str_const(",")], OBJ))
        b.goto(joined)
        b.activate(joined)
    s = b.call_rt("rt_str_concat", [b.call_rt("rt_str_concat", [b.str_const(opening), body], OBJ),
                                    b.str_const(closing)], OBJ)
    if name == "builtins.set":   # an empty set prints as set()
        res = b.reg(OBJ)
        b.assign(res, s)
        empty, done = b.new_block(), b.new_block()
        b.branch(b.binary("eq", b.call_rt("rt_set_len", [v], I64, raises=False), b.int(0), BOOL), empty, done)
        b.activate(empty)
        b.assign(res, b.str_const("set()"))
        b.goto(done)
        b.activate(done)
        return res
    return s


def enum_call(b: Builder, e: CallExpr, info: TypeInfo) -> o.Register:
    """Color(2): the member with that value, or ValueError."""
    members = b.ctx.enums[info.fullname]
    v = lower_as(b, e.args[0], I64)
    ok, bad = b.new_block(), b.new_block()
    for value in sorted(set(members.values())):
        nxt = b.new_block()
        b.branch(b.binary("eq", v, b.int(value), BOOL), ok, nxt)
        b.activate(nxt)
    b.goto(bad)
    b.activate(bad)
    msg = b.call_rt("rt_str_concat", [b.call_rt("rt_int_to_str", [v], OBJ),
                                      b.str_const(f" is not a valid {info.name}")], OBJ)
    b.call_rt("rt_raise", [b.call_rt("rt_exc_new", [b.addr("rt_type_ValueError"), msg], OBJ)], raises=False)
    b.goto(b.handler())
    b.activate(ok)
    return v


def enum_members_list(b: Builder, info: TypeInfo) -> o.Register:
    """list(Color) / iterating Color: the members in definition order (no aliases)."""
    seen: list[int] = []
    for value in b.ctx.enums[info.fullname].values():
        if value not in seen:
            seen.append(value)
    lst = b.call_rt("rt_list_new", [b.int(0), b.int(len(seen))], OBJ)
    for value in seen:
        b.call_rt("rt_list_append", [lst, b.to_word(b.int(value))])
    return lst


# ---- builtin functions ---------------------------------------------------------------------

def b_print(b: Builder, e: CallExpr) -> o.Register:
    sep: o.Register | None = None
    end: o.Register | None = None
    flush: o.Register | None = None
    fd = b.int(1)
    values = []
    for arg, name in zip(e.args, e.arg_names):
        if name == "sep":
            sep = lower(b, arg)
        elif name == "end":
            end = lower(b, arg)
        elif name == "file":
            if not (isinstance(arg, MemberExpr) and arg.fullname in ("sys.stderr", "sys.stdout")):
                raise b.ctx.error(b.module, arg, "print(file=...) other than sys.stdout/sys.stderr is not supported by unicc")
            fd = b.int(2 if arg.fullname == "sys.stderr" else 1)
        elif name == "flush":
            flush = lower(b, arg)
        else:
            values.append(arg)
    sep = sep if sep is not None else b.str_const(" ")
    out = None
    regs = [lower(b, a) for a in values]   # all arguments are evaluated before any is printed
    for a, r in zip(values, regs):
        s = to_str(b, r, b.ctx.types.get(a))
        out = s if out is None else b.call_rt("rt_str_concat", [b.call_rt("rt_str_concat", [out, sep], OBJ), s], OBJ)
    end = end if end is not None else b.str_const("\n")
    out = end if out is None else b.call_rt("rt_str_concat", [out, end], OBJ)
    b.call_rt("rt_write_str", [fd, out], raises=False)
    if flush is not None:   # print(..., flush=True): out now, not at exit
        yes, done = b.new_block(), b.new_block()
        b.branch(truth(b, flush, None), yes, done)
        b.activate(yes)
        b.call_rt("rt_flush", [], raises=False)
        b.goto(done)
        b.activate(done)
    return b.none()


def b_len(b: Builder, e: CallExpr) -> o.Register:
    a = e.args[0]
    if isinstance(a, RefExpr) and isinstance(a.node, TypeInfo) and a.node.fullname in b.ctx.enums:
        return b.int(len(set(b.ctx.enums[a.node.fullname].values())))
    t = b.ctx.types.get(e.args[0])
    name = mapper.fullname(t)
    v = lower(b, e.args[0])
    if name in LEN:
        return builtin_len(b, v, name)
    from unicc.irbuild.classdef import call_dunder
    r = call_dunder(b, v, t, "__len__", [], e)
    if r is not None:
        return r
    raise b.ctx.error(b.module, e, f"len() of {name} is not supported by unicc")


def b_str(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.str_const("")
    if len(e.args) > 1:   # str(data, encoding)
        return decode(b, lower(b, e.args[0]), codec_limit(b, e, skip=1))
    return to_str(b, lower(b, e.args[0]), b.ctx.types.get(e.args[0]))


def b_repr(b: Builder, e: CallExpr) -> o.Register:
    return to_str(b, lower(b, e.args[0]), b.ctx.types.get(e.args[0]), repr_=True)


def b_int(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.int(0)
    v = lower(b, e.args[0])
    if v.type.is_float:
        return b.call_rt("rt_float_to_int", [v], I64)
    if v.type.is_int and v.type.kind == K_U64:
        # int(u64) above 2**63 does not fit unicc's int: OverflowError, as for any i64 overflow
        bad, ok = b.new_block(), b.new_block()
        b.branch(b.binary("lt", b.convert(v, I64), b.int(0), BOOL), bad, ok)
        b.activate(bad)
        b.raise_new("rt_type_OverflowError", "integer overflow")
        b.activate(ok)
        return b.convert(v, I64)
    if v.type.is_int:
        return b.coerce(v, I64)
    base = lower_as(b, e.args[1], I64) if len(e.args) > 1 else b.int(10)
    if mapper.fullname(b.ctx.types.get(e.args[0])) == "builtins.str":
        return b.call_rt("rt_int_from_str", [v, base], I64)
    from unicc.irbuild.classdef import call_dunder
    r = call_dunder(b, v, b.ctx.types.get(e.args[0]), "__int__", [], e)
    if r is not None:
        return r
    raise b.ctx.error(b.module, e, "int() of this type is not supported by unicc")


def b_float(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.const(0.0, F64)
    v = lower(b, e.args[0])
    if v.type.is_obj:
        return b.call_rt("rt_float_from_str", [v], F64)
    return b.coerce(v, F64)


def b_bool(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.const(False, BOOL)
    return truth(b, lower(b, e.args[0]), b.ctx.types.get(e.args[0]))


def b_abs(b: Builder, e: CallExpr) -> o.Register:
    v = lower(b, e.args[0])
    if v.type.is_float:
        return b.call_rt("rt_float_fabs", [v], F64, raises=False)   # abs(-0.0) is 0.0
    v = b.coerce(v, I64)
    r = b.reg(I64)
    b.assign(r, v)
    yes, done = b.new_block(), b.new_block()
    b.branch(b.binary("lt", v, b.int(0), BOOL), yes, done)
    b.activate(yes)
    b.assign(r, b.unary("neg", v, raises=True))
    b.goto(done)
    b.activate(done)
    return r


def b_minmax(b: Builder, e: CallExpr) -> o.Register:
    is_max = isinstance(e.callee, NameExpr) and e.callee.fullname == "builtins.max"
    key_e = next((a for a, n in zip(e.args, e.arg_names) if n == "key"), None)
    default_e = next((a for a, n in zip(e.args, e.arg_names) if n == "default"), None)
    pos = [a for a, n in zip(e.args, e.arg_names) if n is None]
    t = rtype_of(b, e)
    best = b.reg(t, "best")
    if len(pos) > 1:
        b.assign(best, lower_as(b, pos[0], t))
        for a in pos[1:]:
            take(b, best, lower_as(b, a, t), key_e, is_max, e)
        return best
    first = b.reg(BOOL, "first")
    b.assign(first, b.const(True, BOOL))
    b.assign(best, b.const(None, t) if t.is_obj else b.const(0, t) if t.is_int else b.const(0.0, t))

    def each(item: Item) -> None:
        assert isinstance(item, o.Register)
        init, other, done = b.new_block(), b.new_block(), b.new_block()
        b.branch(first, init, other)
        b.activate(init)
        b.assign(best, item)
        b.assign(first, b.const(False, BOOL))
        b.goto(done)
        b.activate(other)
        take(b, best, item, key_e, is_max, e)
        b.goto(done)
        b.activate(done)
    for_each(b, pos[0], each)
    empty, ok = b.new_block(), b.new_block()
    b.branch(first, empty, ok)
    b.activate(empty)
    if default_e is not None:
        b.assign(best, lower_as(b, default_e, t))
        b.goto(ok)
    else:
        b.raise_new("rt_type_ValueError", f"{'max' if is_max else 'min'}() arg is an empty sequence")
    b.activate(ok)
    return best


def take(b: Builder, best: o.Register, item: o.Register, key_e: Expression | None, is_max: bool,
         e: CallExpr) -> None:
    """best = item if item beats best strictly, so the first of equals wins (as CPython)."""
    from unicc.irbuild.expression import compare
    from unicc.irbuild.function import call_closure
    item = b.coerce(item, best.type)
    if key_e is not None:
        kf = callable_arg(b, key_e, b.ctx.types.get(e))
        ki, kb = kf(b, item), kf(b, best)
        better = key_compare(b, ">" if is_max else "<", ki, kb, kf)
    else:
        better = compare(b, ">" if is_max else "<", item, best, e, e)
    yes, done = b.new_block(), b.new_block()
    b.branch(better, yes, done)
    b.activate(yes)
    b.assign(best, item)
    b.goto(done)
    b.activate(done)


def key_compare(b: Builder, op: str, x: o.Register, y: o.Register, kf: FnArg) -> o.Register:
    """Compare key values: machine values directly, objects through rt_lt."""
    from unicc.irbuild.expression import CMP
    if not x.type.is_obj:
        return b.binary(CMP[op], x, y, BOOL)
    lo, hi = (x, y) if op == "<" else (y, x)
    return b.call_rt("rt_lt", [b.to_word(lo), b.to_word(hi), b.int(K_OBJ)], BOOL)


def b_sum(b: Builder, e: CallExpr) -> o.Register:
    t = rtype_of(b, e)
    acc = b.reg(t, "sum")
    b.assign(acc, lower_as(b, e.args[1], t) if len(e.args) > 1 else b.const(0, t) if t.is_int else b.const(0.0, t))

    def each(item: Item) -> None:
        assert isinstance(item, o.Register)
        from unicc.irbuild.expression import numeric_op
        b.assign(acc, numeric_op(b, "+", acc, item, t, e))
    for_each(b, e.args[0], each)
    return acc


def b_anyall(b: Builder, e: CallExpr) -> o.Register:
    """any()/all() stop at the first deciding item, also inside a generator expression."""
    from mypy.nodes import GeneratorExpr
    from unicc.irbuild.containers import comprehension, iter_elem_mypy
    is_any = isinstance(e.callee, NameExpr) and e.callee.fullname == "builtins.any"
    res = b.reg(BOOL)
    b.assign(res, b.const(not is_any, BOOL))
    done = b.new_block()

    def decide(item: o.Register, t: object) -> None:
        hit, cont = b.new_block(), b.new_block()
        tr = truth(b, item, t)
        b.branch(tr, hit, cont) if is_any else b.branch(tr, cont, hit)
        b.activate(hit)
        b.assign(res, b.const(is_any, BOOL))
        b.goto(done)
        b.activate(cont)
    arg = e.args[0]
    if isinstance(arg, GeneratorExpr):
        comprehension(b, arg, lambda: decide(lower(b, arg.left_expr), b.ctx.types.get(arg.left_expr)))
    else:
        for_each(b, arg, lambda item: decide(as_value(b, item), iter_elem_mypy(b, arg)))
    b.goto(done)
    b.activate(done)
    return res


def append_item(b: Builder, lst: o.Register, it: Item, et: RType) -> None:
    b.call_rt("rt_list_append", [lst, b.to_word(b.coerce(as_value(b, it), et))])


def add_item(b: Builder, s: o.Register, v: o.Register, et: RType) -> None:
    b.call_rt("rt_set_add", [s, b.to_word(b.coerce(v, et))])


def b_sorted(b: Builder, e: CallExpr) -> o.Register:
    et = elem_type(b, b.ctx.types.get(e))
    name = mapper.fullname(b.ctx.types.get(e.args[0]))
    if name == "builtins.list" and not isinstance(e.args[0], (CallExpr,)):
        lst = b.call_rt("rt_list_copy", [lower(b, e.args[0])], OBJ)
    elif name in ("builtins.list",):
        lst = lower(b, e.args[0])
    else:
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
        for_each(b, e.args[0], lambda it: append_item(b, lst, it, et))
    from unicc.irbuild.containers import elem_mypy
    sort_list(b, lst, et, e, 1, elem_mypy(b.ctx.types.get(e)))
    return lst


def sort_list(b: Builder, lst: o.Register, et: RType, e: CallExpr, first_kw: int,
              item_t: object = None) -> None:
    from unicc.irbuild.function import call_closure
    key_e = next((a for a, n in zip(e.args, e.arg_names) if n == "key"), None)
    rev_e = next((a for a, n in zip(e.args, e.arg_names) if n == "reverse"), None)
    rev = lower_as(b, rev_e, I64) if rev_e is not None else b.int(0)
    keys = b.none()
    if key_e is not None:
        kf = callable_arg(b, key_e, item_t)
        keys = b.call_rt("rt_list_new", [b.int(kf.ret.kind), b.int(0)], OBJ)
        from unicc.irbuild.containers import index_loop

        def run(nxt, head, step, exit_):  # type: ignore[no-untyped-def]
            item = nxt()
            k = kf(b, item)
            b.call_rt("rt_list_append", [keys, b.to_word(k)])
            b.goto(step)
            b.activate(exit_)
        index_loop(b, lst, et, run)
    b.call_rt("rt_list_sort", [lst, keys, rev])


def class_names(b: Builder, e: CallExpr) -> list[TypeInfo]:
    """The classes of isinstance's or issubclass's second argument."""
    from mypy.nodes import TupleExpr
    cls = e.args[1]
    infos = []
    for c in (cls.items if isinstance(cls, TupleExpr) else [cls]):
        if not (isinstance(c, NameExpr) or isinstance(c, MemberExpr)) or not isinstance(c.node, TypeInfo):
            raise b.ctx.error(b.module, e, f"{e.callee.name}() needs a class name in unicc")  # type: ignore[attr-defined]
        infos.append(c.node)
    return infos


def b_isinstance(b: Builder, e: CallExpr) -> o.Register:
    v = lower(b, e.args[0])
    infos = class_names(b, e)
    if not v.type.is_obj:
        # an unboxed int/float/bool: its static type decides
        vi = mapper.instance_info(b.ctx.types.get(e.args[0]))
        return b.const(vi is not None and any(i in vi.mro for i in infos), BOOL)
    return type_test(b, "rt_isinstance", v, infos, e)


def b_issubclass(b: Builder, e: CallExpr) -> o.Register:
    """issubclass(exc_type, C) in __exit__: exc_type (mapper.opaque) is the
    exception's type descriptor; a class name's answer is known statically."""
    a = e.args[0]
    infos = class_names(b, e)
    if isinstance(a, NameExpr) and isinstance(a.node, TypeInfo):
        return b.const(any(i in a.node.mro for i in infos), BOOL)
    if not (isinstance(a, NameExpr) and isinstance(a.node, Var) and mapper.opaque(a.node.type)):
        raise b.ctx.error(b.module, e, "issubclass() of this value is not supported by unicc")
    b.opaque_ok = True
    v = lower(b, a)
    b.opaque_ok = False
    return type_test(b, "rt_issubclass", v, infos, e)


def type_test(b: Builder, fn: str, v: o.Register, infos: list[TypeInfo], e: CallExpr) -> o.Register:
    """fn(v, C) for each class C until one says yes."""
    from unicc.irbuild.classdef import type_symbol
    res = b.reg(BOOL)
    b.assign(res, b.const(False, BOOL))
    done = b.new_block()
    for info in infos:
        r = b.call_rt(fn, [v, b.addr(type_symbol(b, info, e))], BOOL, raises=False)
        nxt = b.new_block()
        yes = b.new_block()
        b.branch(r, yes, nxt)
        b.activate(yes)
        b.assign(res, r)
        b.goto(done)
        b.activate(nxt)
    b.goto(done)
    b.activate(done)
    return res


def b_ord(b: Builder, e: CallExpr) -> o.Register:
    return b.call_rt("rt_str_ord", [lower(b, e.args[0])], I64)


def b_chr(b: Builder, e: CallExpr) -> o.Register:
    return b.call_rt("rt_str_chr", [lower_as(b, e.args[0], I64)], OBJ)


def b_base(base: int):  # type: ignore[no-untyped-def]
    def fn(b: Builder, e: CallExpr) -> o.Register:
        return b.call_rt("rt_int_to_base", [lower_as(b, e.args[0], I64), b.int(base)], OBJ)
    return fn


def b_divmod(b: Builder, e: CallExpr) -> o.Register:
    from unicc.irbuild.expression import numeric_op
    x, y = lower(b, e.args[0]), lower(b, e.args[1])
    t = F64 if x.type.is_float or y.type.is_float else I64
    q = numeric_op(b, "//", x, y, t, e)
    r = numeric_op(b, "%", x, y, t, e)
    return new_tuple(b, [q, r])


def b_round(b: Builder, e: CallExpr) -> o.Register:
    v = lower(b, e.args[0])
    if len(e.args) > 1:
        if v.type.is_float:
            return b.call_rt("rt_float_round", [v, lower_as(b, e.args[1], I64)], F64)
        return b.call_rt("rt_int_round", [b.coerce(v, I64), lower_as(b, e.args[1], I64)], I64, raises=False)
    if v.type.is_float:
        return b.call_rt("rt_float_round_int", [v], I64)
    return b.coerce(v, I64)


def b_sys_exit(b: Builder, e: CallExpr) -> o.Register:
    code = lower(b, e.args[0]) if e.args else b.none()
    if not code.type.is_obj:
        code = b.coerce(b.coerce(code, I64), OBJ)
    b.call_rt("rt_raise", [b.call_rt("rt_exc_new", [b.addr("rt_type_SystemExit"), code], OBJ)], raises=False)
    b.goto(b.handler())
    return b.none()


def b_math1(rt: str):  # type: ignore[no-untyped-def]
    def fn(b: Builder, e: CallExpr) -> o.Register:
        v = lower_as(b, e.args[0], F64)
        if rt == "sqrt":
            return b.unary("sqrt", v, raises=True)
        r = b.call_rt(rt, [v], F64, raises=False)
        if rt == "rt_float_floor" or rt == "rt_float_ceil" or rt == "rt_float_trunc":
            return b.call_rt("rt_float_to_int", [r], I64)
        return r
    return fn


def b_math_pred(what: str):  # type: ignore[no-untyped-def]
    def fn(b: Builder, e: CallExpr) -> o.Register:
        v = lower_as(b, e.args[0], F64)
        if what == "isnan":
            return b.binary("ne", v, v, BOOL)
        inf = b.const(float("inf"), F64)
        pos = b.binary("eq", v, inf, BOOL)
        neg = b.binary("eq", v, b.unary("fneg", inf), BOOL)
        either = b.binary("or", pos, neg, BOOL)
        if what == "isinf":
            return either
        return b.unary("not", b.binary("or", either, b.binary("ne", v, v, BOOL), BOOL))
    return fn


def b_fabs(b: Builder, e: CallExpr) -> o.Register:
    v = lower_as(b, e.args[0], F64)
    return b.call_rt("rt_float_fabs", [v], F64, raises=False)


def b_from_bytes(b: Builder, e: CallExpr) -> o.Register:
    data = lower(b, e.args[0])
    order = e.args[1] if len(e.args) > 1 else None
    signed = next((a for a, n in zip(e.args, e.arg_names) if n == "signed"), None)
    little = byteorder(b, order, e)
    s = lower_as(b, signed, I64) if signed is not None else b.int(0)
    return b.call_rt("rt_int_from_bytes", [data, b.int(little), s], I64)


def byteorder(b: Builder, order: Expression | None, e: CallExpr) -> int:
    for a, n in zip(e.args, e.arg_names):
        if n == "byteorder":
            order = a
    if order is None:
        return 0
    if not isinstance(order, StrExpr) or order.value not in ("big", "little"):
        raise b.ctx.error(b.module, e, "byteorder must be the literal 'big' or 'little' in unicc")
    return int(order.value == "little")


def b_iterator_list(b: Builder, e: CallExpr) -> o.Register:
    """list(x), tuple(x) of an iterable: a new list (tuples of unknown length are lists)."""
    if not e.args:
        et = elem_type(b, b.ctx.types.get(e))
        return b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
    return lower_iterator_call(b, e)


def lower_iterator_call(b: Builder, e: CallExpr) -> o.Register:
    """list(x)/tuple(x), and map()/filter()/enumerate()/zip()/reversed()/range()
    calls a consumer needs as a list: the items of the loop over them."""
    t = b.ctx.types.get(e)
    callee = e.callee.fullname if isinstance(e.callee, NameExpr) else ""
    if callee == "builtins.tuple" and e.args:
        items = list_of(b, e.args[0], elem_type(b, t))
        return b.call_rt("rt_tuple_from_list", [items], OBJ)
    if callee in ("builtins.list", "builtins.tuple"):
        return list_of(b, e.args[0], elem_type(b, t))
    from unicc.irbuild.containers import iter_item_type
    return list_of(b, e, iter_item_type(b, t))


def list_of(b: Builder, it: Expression, et: RType) -> o.Register:
    """A new list of the items of any iterable."""
    lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
    for_each(b, it, lambda item: append_item(b, lst, item, et))
    return lst


def b_pow(b: Builder, e: CallExpr) -> o.Register:
    from unicc.irbuild.expression import numeric_op
    if len(e.args) == 3:
        return b.call_rt("rt_int_powmod", [lower_as(b, a, I64) for a in e.args], I64)
    return numeric_op(b, "**", lower(b, e.args[0]), lower(b, e.args[1]), rtype_of(b, e), e)


CODEC_LIMITS = {"utf-8": 0, "ascii": 128, "iso8859-1": 256}   # by codecs.lookup()'s name


def codec_limit(b: Builder, e: CallExpr, skip: int = 0) -> int:
    """The codec of encode()/decode()/bytes(s, ...)/str(b, ...), from its literal
    `encoding` (any name CPython accepts for UTF-8, ASCII or Latin-1) and
    `errors` ('strict'): 0 for UTF-8, else the first code point it rejects."""
    import codecs
    limit = 0
    for i, (a, n) in enumerate(list(zip(e.args, e.arg_names))[skip:]):
        what = n or ("encoding", "errors")[i]
        if not isinstance(a, StrExpr):
            raise b.ctx.error(b.module, a, f"a non-literal {what} is not supported by unicc")
        if what == "errors" and a.value != "strict":
            raise b.ctx.error(b.module, a, f"errors={a.value!r} is not supported by unicc (only 'strict')")
        if what == "encoding":
            try:
                name = codecs.lookup(a.value).name
            except LookupError:
                name = a.value
            if name not in CODEC_LIMITS:
                raise b.ctx.error(b.module, a, f"encoding {a.value!r} is not supported by unicc "
                                               "(UTF-8, ASCII and Latin-1 are)")
            limit = CODEC_LIMITS[name]
    return limit


def encode(b: Builder, s: o.Register, limit: int) -> o.Register:
    if limit:
        return b.call_rt("rt_str_encode_8bit", [s, b.int(limit)], OBJ)
    return b.call_rt("rt_str_encode", [s], OBJ)


def decode(b: Builder, data: o.Register, limit: int) -> o.Register:
    if limit:
        return b.call_rt("rt_bytes_decode_8bit", [data, b.int(limit)], OBJ)
    return b.call_rt("rt_bytes_decode", [data], OBJ)


def m_str_encode(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    return encode(b, lower(b, callee.expr), codec_limit(b, e))


def m_decode(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    return decode(b, lower(b, callee.expr), codec_limit(b, e))


def b_set(b: Builder, e: CallExpr) -> o.Register:
    et = elem_type(b, b.ctx.types.get(e))
    s = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
    if e.args:
        for_each(b, e.args[0], lambda it: add_item(b, s, as_value(b, it), et))
    return s


def b_dict(b: Builder, e: CallExpr) -> o.Register:
    t = b.ctx.types.get(e)
    kt, vt = elem_type(b, t, 0), elem_type(b, t, 1)
    d = b.call_rt("rt_dict_new", [b.int(kt.kind), b.int(vt.kind)], OBJ)
    if e.args:
        update_dict(b, d, t, e.args[0])
    return d


def update_dict(b: Builder, d: o.Register, t: object, arg: Expression) -> None:
    """d.update(arg) for another dict or an iterable of (key, value) pairs."""
    from unicc.irbuild.containers import tuple_items
    if mapper.fullname(b.ctx.types.get(arg)) == "builtins.dict":
        b.call_rt("rt_dict_update", [d, lower(b, arg)])
        return
    kt, vt = elem_type(b, t, 0), elem_type(b, t, 1)  # type: ignore[arg-type]

    def add(it: Item) -> None:
        k, v = tuple_items(b, it, [kt, vt]) if isinstance(it, o.Register) else it
        b.call_rt("rt_dict_set", [d, b.to_word(b.coerce(k, kt)), b.to_word(b.coerce(v, vt))])
    for_each(b, arg, add)


def b_bytes(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.const(o.BytesConst(b""), OBJ)
    v = lower(b, e.args[0])
    name = mapper.fullname(b.ctx.types.get(e.args[0]))
    if v.type.is_int:
        return b.call_rt("rt_bytes_zeros", [b.coerce(v, I64)], OBJ)
    if name in ("builtins.bytearray", "builtins.bytes", "unicc_buf.Buffer"):
        return b.call_rt("rt_bytes_from_bytearray", [v], OBJ)
    if name == "builtins.str":   # bytes(text, "utf-8")
        return encode(b, v, codec_limit(b, e, skip=1))
    return b.call_rt("rt_bytes_from_list", [int_list(b, e.args[0], v)], OBJ)


def int_list(b: Builder, it: Expression, v: o.Register) -> o.Register:
    """The items of an iterable of ints as a list[int] (mypy may type `[1, 2]` as
    list[SupportsIndex], whose items are boxed)."""
    t = b.ctx.types.get(it)
    if mapper.fullname(t) == "builtins.list" and elem_type(b, t) == I64:
        return v
    b.pinned[it] = v
    lst = b.call_rt("rt_list_new", [b.int(I64.kind), b.int(0)], OBJ)
    for_each(b, it, lambda item: append_item(b, lst, item, I64))
    del b.pinned[it]
    return lst


def b_bytearray(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.call_rt("rt_bytearray_new", [b.int(0)], OBJ)
    v = lower(b, e.args[0])
    if v.type.is_int:
        return b.call_rt("rt_bytearray_new", [b.coerce(v, I64)], OBJ)
    name = mapper.fullname(b.ctx.types.get(e.args[0]))
    if name not in ("builtins.bytearray", "builtins.bytes", "unicc_buf.Buffer"):
        v = b.call_rt("rt_bytes_from_list", [int_list(b, e.args[0], v)], OBJ)
    return b.call_rt("rt_bytearray_from", [v], OBJ)


def b_hash(b: Builder, e: CallExpr) -> o.Register:
    v = lower(b, e.args[0])
    return b.call_rt("rt_hash", [b.to_word(v), b.int(v.type.kind)], I64)


def b_range(b: Builder, e: CallExpr) -> o.Register:
    """range(...) as a value: an object of three words (start, stop, step)."""
    args = [lower_as(b, a, I64) for a in e.args]
    start, stop, step = (b.int(0), args[0], b.int(1)) if len(args) == 1 else \
        (args[0], args[1], args[2] if len(args) > 2 else b.int(1))
    return b.call_rt("rt_range_new", [start, stop, step], OBJ)


from unicc.irbuild.generator import GEN_METHODS, b_iter, b_next, lower_lazy  # noqa: E402

BUILTIN_FUNCS = {
    "builtins.next": b_next, "builtins.iter": b_iter,
    "builtins.print": b_print, "builtins.len": b_len, "builtins.str": b_str, "builtins.repr": b_repr,
    "builtins.int": b_int, "builtins.float": b_float, "builtins.bool": b_bool, "builtins.abs": b_abs,
    "builtins.min": b_minmax, "builtins.max": b_minmax, "builtins.sum": b_sum, "builtins.any": b_anyall,
    "builtins.all": b_anyall, "builtins.sorted": b_sorted, "builtins.isinstance": b_isinstance,
    "builtins.issubclass": b_issubclass,
    "builtins.ord": b_ord, "builtins.chr": b_chr, "builtins.hex": b_base(16), "builtins.oct": b_base(8),
    "builtins.bin": b_base(2), "builtins.divmod": b_divmod, "builtins.round": b_round,
    "sys.exit": b_sys_exit, "math.sqrt": b_math1("sqrt"), "math.floor": b_math1("rt_float_floor"),
    "math.ceil": b_math1("rt_float_ceil"), "math.trunc": b_math1("rt_float_trunc"),
    "math.isnan": b_math_pred("isnan"), "math.isinf": b_math_pred("isinf"),
    "math.isfinite": b_math_pred("isfinite"), "math.fabs": b_fabs,
    "builtins.list": b_iterator_list, "builtins.tuple": b_iterator_list,
    "builtins.map": lower_lazy, "builtins.filter": lower_lazy, "builtins.enumerate": lower_lazy,
    "builtins.zip": lower_lazy, "builtins.reversed": lower_lazy, "builtins.range": b_range,
    "builtins.set": b_set, "builtins.dict": b_dict, "builtins.bytes": b_bytes,
    "builtins.bytearray": b_bytearray, "builtins.hash": b_hash,
    "builtins.int.from_bytes": b_from_bytes, "builtins.format": b_format, "builtins.pow": b_pow,
    "builtins.bytes.fromhex": lambda b, e: b.call_rt("rt_bytes_fromhex", [lower(b, e.args[0])], OBJ),
    "builtins.bytearray.fromhex": lambda b, e: b.call_rt(
        "rt_bytearray_from", [b.call_rt("rt_bytes_fromhex", [lower(b, e.args[0])], OBJ)], OBJ),
}


# ---- constructors ---------------------------------------------------------------------------

BUFFER = "unicc_buf.Buffer"


def m_buffer(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """Buffer accessors: get_u16_be(off) -> rt_buffer_get(view, off, 2, big)."""
    v = lower(b, callee.expr)
    name = callee.name
    if name == "slice":
        return b.call_rt("rt_buffer_slice", [v] + [lower_as(b, a, I64) for a in e.args], OBJ)
    if name == "tobytes":
        return b.call_rt("rt_buffer_tobytes", [v], OBJ)
    from unicc.irbuild.containers import buffer_access
    width = {"u8": 1, "u16": 2, "u32": 4, "u64": 8}[name.split("_")[1]]
    little = name.endswith("_le")
    off = lower_as(b, e.args[0], I64)
    if name.startswith("get_"):
        r = buffer_access(b, v, off, width, little)
        return b.convert(r, FIXED["u64"]) if width == 8 else r
    buffer_access(b, v, off, width, little, b.convert(lower(b, e.args[1]), I64))
    return b.none()


def construct(b: Builder, e: CallExpr, info: TypeInfo) -> o.Register:
    if info.fullname == BUFFER:
        return b.call_rt("rt_buffer_new", [lower(b, e.args[0])], OBJ)
    if info.fullname in b.ctx.enums:
        return enum_call(b, e, info)
    if info.module_name == mapper.FIXED_MODULE and info.name in FIXED:
        # u32(x): a truncating or extending conversion, like a C cast
        from mypy.nodes import IntExpr
        if isinstance(e.args[0], IntExpr):
            return b.const(e.args[0].value, FIXED[info.name])  # masked to the width
        v = lower(b, e.args[0])
        return b.convert(b.coerce(v, I64) if not v.type.is_int else v, FIXED[info.name])
    if info.fullname in BUILTIN_FUNCS:
        return BUILTIN_FUNCS[info.fullname](b, e)
    if info.fullname.startswith("builtins.") and info.name in EXC_TYPES:
        return new_builtin_exception(b, e, info.name)
    from unicc.irbuild.classdef import construct_instance
    return construct_instance(b, e, info)


def new_builtin_exception(b: Builder, e: CallExpr, name: str) -> o.Register:
    msg = exception_message(b, e, name)
    return b.call_rt("rt_exc_new", [b.addr(f"rt_type_{name}"), msg], OBJ)


def exception_message(b: Builder, e: CallExpr, name: str) -> o.Register:
    if not e.args:
        return b.none()
    if len(e.args) > 1:
        raise b.ctx.error(b.module, e, "exceptions with several arguments are not supported by unicc")
    v = lower(b, e.args[0])
    t = b.ctx.types.get(e.args[0])
    if name == "KeyError" or (name == "SystemExit" and not v.type.is_obj):
        if name == "SystemExit":
            return b.coerce(b.coerce(v, I64), OBJ)
        return to_str(b, v, t, repr_=True)
    return to_str(b, v, t)


# ---- methods ------------------------------------------------------------------------------------

def method_call(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    recv_t = b.ctx.types.get(callee.expr)
    name = mapper.fullname(recv_t)
    if mapper.optional_item(recv_t) is not None:
        name = mapper.fullname(mapper.optional_item(recv_t))
    special = SPECIAL_METHODS.get((name, callee.name))
    if special:
        return special(b, e, callee)
    prim = METHODS.get((name, callee.name))
    if prim is not None:
        return call_prim(b, e, prim, lower(b, callee.expr), recv_t)
    if name in b.ctx.classes or mapper.instance_info(recv_t) is not None and \
            mapper.instance_info(recv_t).fullname in b.ctx.classes:  # type: ignore[union-attr]
        from unicc.irbuild.classdef import call_method
        return call_method(b, e, callee)
    info = mapper.instance_info(recv_t)
    if info is not None and info.is_protocol:
        from unicc.irbuild.classdef import call_method
        return call_method(b, e, callee)
    raise b.ctx.error(b.module, e, f"method {name or '?'}.{callee.name}() is not supported by unicc")


def call_prim(b: Builder, e: CallExpr, prim: Prim, recv: o.Register, recv_t: object) -> o.Register:
    def resolve(tn: str) -> RType:
        if tn == "E":
            return elem_type(b, recv_t)  # type: ignore[arg-type]
        if tn == "K":
            return elem_type(b, recv_t, 0)  # type: ignore[arg-type]
        if tn == "V":
            return elem_type(b, recv_t, 1)  # type: ignore[arg-type]
        return {"obj": OBJ, "i64": I64, "bool": BOOL, "void": VOID, "f64": F64,
                "slice0": I64, "slice1": I64}[tn]
    names = [p[0] for p in prim.params]
    given: dict[str, Expression] = {}
    if len(e.args) > len(names):
        raise b.ctx.error(b.module, e, f"this form of {prim.func.replace('rt_', '')}() is not supported by unicc")
    for i, (a, n) in enumerate(zip(e.args, e.arg_names)):
        given[n if n is not None else names[i]] = a
    args = [recv]
    has = 0
    from unicc.irbuild.expression import align_display
    for i, (pname, ptype, default) in enumerate(prim.params):
        rt = resolve(ptype)
        if pname in given:
            align_display(b, given[pname], recv_t)
            if ptype in ("E", "K", "V"):
                from unicc.irbuild.containers import elem_mypy
                expect_callable(b, given[pname], elem_mypy(recv_t, 1 if ptype == "V" else 0))  # type: ignore[arg-type]
            v = iterable_arg(b, given[pname]) if pname == "iterable" else lower_as(b, given[pname], rt)
            if ptype == "slice0":
                has |= 1
            if ptype == "slice1":
                has |= 2
        elif default is NODEF:
            raise b.ctx.error(b.module, e, f"missing argument '{pname}'")
        elif default is None:
            v = b.none() if rt.is_obj else b.const(0, rt)
        elif isinstance(default, str):
            v = b.str_const(default)
        else:
            v = b.const(default, rt)  # type: ignore[arg-type]
        args.append(b.to_word(v) if ptype in ("E", "K", "V") else v)
    if any(p[1] == "slice0" for p in prim.params):
        args.append(b.int(has))
    ret = resolve(prim.ret)
    if prim.ret in ("E", "K", "V"):
        return b.from_word(b.call_rt(prim.func, args, WORD, prim.raises), ret)
    return b.call_rt(prim.func, args, ret, prim.raises)


def iterable_arg(b: Builder, a: Expression) -> o.Register:
    """The runtime's iterable parameters take containers; iterators become lists."""
    from mypy.nodes import GeneratorExpr
    from unicc.irbuild.containers import is_iterator_type, materialize
    t = b.ctx.types.get(a)
    if isinstance(a, GeneratorExpr) or is_iterator_type(b, t) or mapper.fullname(t) == "builtins.range":
        return materialize(b, a)
    return lower(b, a)


def m_list_pop(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    recv_t = b.ctx.types.get(callee.expr)
    lst = lower(b, callee.expr)
    i = lower_as(b, e.args[0], I64) if e.args else b.int(-1)
    w = b.call_rt("rt_list_pop", [lst, i, b.int(1)], WORD)
    return b.from_word(w, elem_type(b, recv_t))


def m_list_sort(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    recv_t = b.ctx.types.get(callee.expr)
    from unicc.irbuild.containers import elem_mypy
    sort_list(b, lower(b, callee.expr), elem_type(b, recv_t), e, 0, elem_mypy(recv_t))
    return b.none()


def m_dict_get(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    t = b.ctx.types.get(callee.expr)
    kt, vt = elem_type(b, t, 0), elem_type(b, t, 1)
    res_t = rtype_of(b, e)
    d = lower(b, callee.expr)
    k = b.to_word(lower_as(b, e.args[0], kt))
    out = b.reg(WORD, "got")
    b.assign(out, b.convert(b.int(0), WORD))
    from unicc.irbuild.containers import addr_of
    found = b.call_rt("rt_dict_lookup", [d, k, addr_of(b, out)], BOOL)
    res = b.reg(res_t)
    yes, no, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(found, yes, no)
    b.activate(yes)
    b.assign(res, b.from_word(out, vt))
    b.goto(done)
    b.activate(no)
    b.assign(res, lower_as(b, e.args[1], res_t) if len(e.args) > 1 else b.none())
    b.goto(done)
    b.activate(done)
    return res


def m_dict_pop(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    t = b.ctx.types.get(callee.expr)
    kt, vt = elem_type(b, t, 0), elem_type(b, t, 1)
    d = lower(b, callee.expr)
    k = b.to_word(lower_as(b, e.args[0], kt))
    if len(e.args) == 1:
        return b.from_word(b.call_rt("rt_dict_pop", [d, k], WORD), vt)
    res_t = rtype_of(b, e)
    res = b.reg(res_t)
    has = b.call_rt("rt_dict_contains", [d, k], BOOL)
    yes, no, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(has, yes, no)
    b.activate(yes)
    b.assign(res, b.from_word(b.call_rt("rt_dict_pop", [d, k], WORD), vt))
    b.goto(done)
    b.activate(no)
    b.assign(res, lower_as(b, e.args[1], res_t))
    b.goto(done)
    b.activate(done)
    return res


def m_dict_items(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    t = b.ctx.types.get(callee.expr)
    kinds = (elem_type(b, t, 0).kind, elem_type(b, t, 1).kind)
    return b.call_rt("rt_dict_items", [lower(b, callee.expr), b.addr(b.ctx.ir.kinds_symbol(kinds))], OBJ)


def m_to_bytes(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    v = lower_as(b, callee.expr, I64)
    length = lower_as(b, e.args[0], I64) if e.args and e.arg_names[0] in (None, "length") else b.int(1)
    order = e.args[1] if len(e.args) > 1 and e.arg_names[1] is None else None
    signed = next((a for a, n in zip(e.args, e.arg_names) if n == "signed"), None)
    s = lower_as(b, signed, I64) if signed is not None else b.int(0)
    return b.call_rt("rt_int_to_bytes", [v, length, b.int(byteorder(b, order, e)), s], OBJ)


def m_str_find(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    return call_prim(b, e, METHODS[("builtins.str", callee.name)], lower(b, callee.expr), None)


def m_dict_popitem(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    t = b.ctx.types.get(callee.expr)
    kt, vt = elem_type(b, t, 0), elem_type(b, t, 1)
    key = b.reg(WORD, "key")
    b.assign(key, b.convert(b.int(0), WORD))
    from unicc.irbuild.containers import addr_of
    v = b.call_rt("rt_dict_popitem", [lower(b, callee.expr), addr_of(b, key)], WORD)
    return new_tuple(b, [b.from_word(key, kt), b.from_word(v, vt)])


def m_affix(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """s.startswith(p[, start[, end]]) where p may be a tuple of strings."""
    fn = "rt_str_startswith" if callee.name == "startswith" else "rt_str_endswith"
    s = lower(b, callee.expr)
    if len(e.args) > 1:
        has = 1 | (2 if len(e.args) > 2 else 0)
        end = lower_as(b, e.args[2], I64) if len(e.args) > 2 else b.int(0)
        s = b.call_rt("rt_str_slice", [s, lower_as(b, e.args[1], I64), end, b.int(1), b.int(has)], OBJ)
    p_e = e.args[0]
    if mapper.fullname(b.ctx.types.get(p_e)) != "builtins.tuple":
        return b.call_rt(fn, [s, lower(b, p_e)], BOOL)
    res = b.reg(BOOL)
    b.assign(res, b.const(False, BOOL))
    done = b.new_block()

    def each(item: Item) -> None:
        hit, nxt = b.new_block(), b.new_block()
        b.branch(b.call_rt(fn, [s, as_value(b, item)], BOOL), hit, nxt)
        b.activate(hit)
        b.assign(res, b.const(True, BOOL))
        b.goto(done)
        b.activate(nxt)
    for_each(b, p_e, each)
    b.goto(done)
    b.activate(done)
    return res


def m_count_index(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """tuple.count(x) / tuple.index(x), comparing as ==."""
    from unicc.irbuild.expression import compare
    t = lower(b, callee.expr)
    b.pinned[callee.expr] = t
    x = lower(b, e.args[0])
    n, i = b.reg(I64, "n"), b.reg(I64, "i")
    b.assign(n, b.int(0))
    b.assign(i, b.int(-1))
    done = b.new_block()

    def each(item: Item) -> None:
        b.assign(i, b.binary("add", i, b.int(1), I64, raises=True))
        hit, nxt = b.new_block(), b.new_block()
        b.branch(compare(b, "==", b.coerce(as_value(b, item), x.type), x, e.args[0], e.args[0]), hit, nxt)
        b.activate(hit)
        b.assign(n, b.binary("add", n, b.int(1), I64, raises=True))
        if callee.name == "index":
            b.goto(done)
        else:
            b.goto(nxt)
        b.activate(nxt)
    for_each(b, callee.expr, each)
    del b.pinned[callee.expr]
    if callee.name == "index":
        b.raise_new("rt_type_ValueError", "tuple.index(x): x not in tuple")
    else:
        b.goto(done)
    b.activate(done)
    return i if callee.name == "index" else n


def m_isdisjoint(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    from unicc.irbuild.expression import align_display
    align_display(b, e.args[0], b.ctx.types.get(callee.expr))
    common = b.call_rt("rt_set_intersection", [lower(b, callee.expr), lower(b, e.args[0])], OBJ)
    return b.binary("eq", b.call_rt("rt_set_len", [common], I64, raises=False), b.int(0), BOOL)


def m_rindex(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    r = call_prim(b, e, METHODS[("builtins.str", "rfind")], lower(b, callee.expr), None)
    bad, ok = b.new_block(), b.new_block()
    b.branch(b.binary("lt", r, b.int(0), BOOL), bad, ok)
    b.activate(bad)
    b.raise_new("rt_type_ValueError", "substring not found")
    b.activate(ok)
    return r


def list_or_set(b: Builder, a: Expression, like: Expression) -> o.Register:
    """set.update's argument as a set of the receiver's item kind."""
    if mapper.fullname(b.ctx.types.get(a)) == "builtins.set":
        return lower(b, a)
    et = elem_type(b, b.ctx.types.get(like))
    s = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
    for_each(b, a, lambda it: add_item(b, s, as_value(b, it), et))
    return s


def m_set_update(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    from unicc.irbuild.expression import align_display
    s = lower(b, callee.expr)
    for a in e.args:
        align_display(b, a, b.ctx.types.get(callee.expr))
        b.call_rt("rt_set_update", [s, list_or_set(b, a, callee.expr)])
    return b.none()


def m_dict_update(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """d.update(other_dict) or d.update(iterable of pairs)."""
    from unicc.irbuild.expression import align_display
    d = lower(b, callee.expr)
    t = b.ctx.types.get(callee.expr)
    arg = e.args[0]
    align_display(b, arg, t)
    update_dict(b, d, t, arg)
    return b.none()


def m_bytearray_clear(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    empty = b.const(o.BytesConst(b""), OBJ)
    b.call_rt("rt_bytearray_set_slice", [lower(b, callee.expr), b.int(0), b.int(0), b.int(1), b.int(0), empty])
    return b.none()


def m_bytearray_extend(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """ba.extend(bytes-like or iterable of ints)."""
    ba = lower(b, callee.expr)
    arg = e.args[0]
    v = lower(b, arg)
    if mapper.fullname(b.ctx.types.get(arg)) not in ("builtins.bytes", "builtins.bytearray", BUFFER):
        v = b.call_rt("rt_bytes_from_list", [int_list(b, arg, v)], OBJ)
    b.call_rt("rt_bytearray_extend", [ba, v])
    return b.none()


def m_bytes_strip(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    which = {"lstrip": 1, "rstrip": 2, "strip": 3}[callee.name]
    chars = lower(b, e.args[0]) if e.args else b.none()
    return b.call_rt("rt_bytes_strip", [lower(b, callee.expr), chars, b.int(which)], OBJ)


def m_bytes_partition(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """b.partition(sep) / b.rpartition(sep): three slices around the first (last)
    occurrence; not found, the whole is the first (last) part."""
    data, sep = lower(b, callee.expr), lower(b, e.args[0])
    m = b.reg(I64)
    b.assign(m, b.call_rt("rt_bytes_len", [sep], I64, raises=False))
    empty, ok = b.new_block(), b.new_block()
    b.branch(b.binary("eq", m, b.int(0), BOOL), empty, ok)
    b.activate(empty)
    b.raise_new("rt_type_ValueError", "empty separator")
    b.activate(ok)
    rev = callee.name == "rpartition"
    i = b.reg(I64)
    b.assign(i, b.call_rt("rt_bytes_rfind" if rev else "rt_bytes_find", [data, sep], I64, raises=False))
    missing, found = b.new_block(), b.new_block()
    b.branch(b.binary("lt", i, b.int(0), BOOL), missing, found)
    b.activate(missing)
    b.assign(i, b.int(0) if rev else b.call_rt("rt_bytes_len", [data], I64, raises=False))
    b.assign(m, b.int(0))
    b.goto(found)
    b.activate(found)
    end = b.binary("add", i, m, I64)
    n = b.call_rt("rt_bytes_len", [data], I64, raises=False)
    bounds = [(b.int(0), i), (i, end), (end, n)]
    return new_tuple(b, [b.call_rt("rt_bytes_slice", [data, lo, hi, b.int(1), b.int(3)], OBJ) for lo, hi in bounds])


def m_bytes_affix(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    if len(e.args) != 1 or mapper.fullname(b.ctx.types.get(e.args[0])) == "builtins.tuple":
        raise b.ctx.error(b.module, e, f"this form of bytes.{callee.name}() is not supported by unicc")
    at_end = b.int(int(callee.name == "endswith"))
    return b.call_rt("rt_bytes_affix", [lower(b, callee.expr), lower(b, e.args[0]), at_end], BOOL)


SPECIAL_METHODS = {
    **GEN_METHODS,
    **{("builtins.bytes", m): m_bytes_strip for m in ("strip", "lstrip", "rstrip")},
    ("builtins.bytes", "startswith"): m_bytes_affix,
    **{(t, m): m_bytes_partition for t in ("builtins.bytes", "builtins.bytearray")
       for m in ("partition", "rpartition")},
    ("builtins.bytes", "endswith"): m_bytes_affix,
    ("builtins.bytearray", "extend"): m_bytearray_extend,
    ("builtins.bytearray", "clear"): m_bytearray_clear,
    **{(BUFFER, f"{op}_{w}{end}"): m_buffer for op in ("get", "set") for w in ("u8", "u16", "u32", "u64")
       for end in (("",) if w == "u8" else ("_be", "_le"))},
    (BUFFER, "slice"): m_buffer,
    (BUFFER, "tobytes"): m_buffer,
    ("builtins.dict", "update"): m_dict_update,
    ("builtins.str", "rindex"): m_rindex,
    ("builtins.set", "update"): m_set_update,
    ("builtins.str", "startswith"): m_affix,
    ("builtins.str", "endswith"): m_affix,
    ("builtins.tuple", "count"): m_count_index,
    ("builtins.tuple", "index"): m_count_index,
    ("builtins.set", "isdisjoint"): m_isdisjoint,
    ("builtins.str", "encode"): m_str_encode,
    ("builtins.bytes", "decode"): m_decode,
    ("builtins.bytearray", "decode"): m_decode,
    ("builtins.dict", "popitem"): m_dict_popitem,
    ("builtins.list", "pop"): m_list_pop,
    ("builtins.list", "sort"): m_list_sort,
    ("builtins.dict", "get"): m_dict_get,
    ("builtins.dict", "pop"): m_dict_pop,
    ("builtins.dict", "items"): m_dict_items,
    ("builtins.int", "to_bytes"): m_to_bytes,
}

__all__ = ["lower_call", "to_str", "BUILTIN_FUNCS", "Var", "LambdaExpr", "OverloadedFuncDef",
           "ARG_NAMED", "FIXED", "K_OBJ", "b_from_bytes"]
