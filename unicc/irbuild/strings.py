"""str(), repr(), format() and f-strings of every compiled type."""

from __future__ import annotations

import string
from typing import Callable, cast

from mypy.nodes import ARG_NAMED, ARG_POS, CallExpr, Expression, ListExpr, MemberExpr, StrExpr, TypeInfo
from mypy.types import Type

from unicc.ir import abi, ops as o
from unicc.ir.abi import K_OBJ
from unicc.ir.rtypes import BOOL, I64, OBJ
from unicc.frontend.check import BUILTIN_METHODS
from unicc.irbuild import classtypes, classvalues, complexes, mapper
from unicc.irbuild.builder import Builder
from unicc.irbuild.for_helpers import dict_loop, index_loop, set_loop
from unicc.irbuild.helpers import helper_function
from unicc.irbuild.flags import flag_text, is_flag, is_int_flag
from unicc.irbuild.members import call_dunder, enum_name
from unicc.irbuild.prepare import find_method
from unicc.irbuild.sequences import Item


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
    try:
        pieces = list(string.Formatter().parse(fmt))
    except ValueError as err:
        raise b.ctx.error(b.module, e, f"invalid format string: {err}") from None
    pos = [a for a, k in zip(e.args, e.arg_kinds) if k == ARG_POS]
    named = {n: a for a, k, n in zip(e.args, e.arg_kinds, e.arg_names) if k == ARG_NAMED and n}
    for a in e.args:
        b.pinned[a] = b.accept(a)
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
    t = b.ctx.types.get(e)
    if t is not None:   # always: mypy typed the call
        b.ctx.types.setdefault(spec, t)
    return format_value(b, e.args[0], spec, "{:{}}")


def format_value(b: Builder, value_e: Expression, spec_e: Expression, fmt: str) -> o.Register:
    """format(value, spec) with an optional !r/!s conversion first."""
    v = b.accept(value_e)
    t = b.ctx.types.get(value_e)
    static_spec = spec_e.value if isinstance(spec_e, StrExpr) else "" if empty_join(spec_e) else None
    if fmt != "{:{}}":
        s = to_str(b, v, t, repr_=fmt.startswith("{!r") or fmt.startswith("{!a"))
        if fmt.startswith("{!a"):
            s = to_ascii(b, s)
        return s if static_spec == "" else b.call_rt("rt_format_str", [s, b.accept(spec_e)], OBJ)
    if static_spec == "" and not own_format(b, t):
        return to_str(b, v, t)
    spec = b.accept(spec_e)
    name = mapper.fullname(t)
    if v.type.is_float:
        return b.call_rt("rt_format_float", [v, spec], OBJ)
    flag = mapper.instance_info(t)
    if v.type.is_int and is_flag(flag) and not is_int_flag(flag):  # type: ignore[arg-type]
        return b.call_rt("rt_format_str", [to_str(b, v, t), spec], OBJ)   # a Flag formats its str
    if v.type == BOOL:
        return b.call_rt("rt_format_bool", [b.coerce(v, I64), spec], OBJ)
    if v.type.is_int:
        return b.call_rt("rt_format_int", [b.coerce(v, I64), spec], OBJ)
    if name == "builtins.str":
        return b.call_rt("rt_format_str", [v, spec], OBJ)
    if complexes.is_complex_type(t):
        return complexes.helper(b, "complex_format", [v, spec])
    r = call_dunder(b, v, t, "__format__", [spec], None)
    if r is not None:
        return r
    if mapper.instance_info(t) is None or name == "builtins.object":   # object, a union: by the run-time class
        return format_object(b, b.coerce(v, OBJ), spec)
    return b.call_rt("rt_format_str", [to_str(b, v, t), spec], OBJ)


def own_format(b: Builder, t: object) -> bool:
    """A value of type t may have a __format__ of the program's (which
    format(x, "") and f"{x}" call, not str())."""
    info = mapper.instance_info(t)  # type: ignore[arg-type]
    if info is None or info.fullname == "builtins.object":
        return any("__format__" in ci.methods for ci in b.ctx.classes.values())
    ci = b.ctx.classes.get(info.fullname)
    return ci is not None and find_method(ci, "__format__") is not None


def format_object(b: Builder, v: o.Register, spec: o.Register) -> o.Register:
    """format() of a value typed object: the __format__ of the program's class
    it is an instance of (the most derived first), else the helper's, which
    tells the builtin types apart."""
    res, done = b.reg(OBJ), b.new_block()
    own = sorted(((b.ctx.infos[k], ci) for k, ci in b.ctx.classes.items()
                  if "__format__" in ci.methods and k in b.ctx.infos and not ci.subst),
                 key=lambda p: -len(p[0].mro))
    for _, ci in own:
        yes, no = b.new_block(), b.new_block()
        b.branch(b.call_rt("rt_isinstance", [v, b.addr(ci.ir.symbol)], BOOL, raises=False), yes, no)
        b.activate(yes)
        b.assign(res, b.call(ci.methods["__format__"], [v, spec]))
        b.goto(done)
        b.activate(no)
    b.assign(res, b.call(helper_function(b, f"{BUILTIN_METHODS}.builtin_format"), [v, spec]))
    b.goto(done)
    b.activate(done)
    return res


def to_ascii(b: Builder, text: o.Register) -> o.Register:
    """ascii() of a value from its repr: non-ASCII characters escaped
    (stdlib/unicc_builtins.py builtin_ascii)."""
    return b.call(helper_function(b, f"{BUILTIN_METHODS}.builtin_ascii"), [text])


def empty_join(e: Expression) -> bool:
    """`"".join([])`: how mypy writes the empty spec of f"{x:}"."""
    return isinstance(e, CallExpr) and isinstance(e.callee, MemberExpr) and e.callee.name == "join" and \
        isinstance(e.callee.expr, StrExpr) and e.callee.expr.value == "" and len(e.args) == 1 and \
        isinstance(e.args[0], ListExpr) and not e.args[0].items


def fstring_join(b: Builder, e: CallExpr) -> o.Register:
    items = e.args[0]
    assert isinstance(items, ListExpr)
    parts = [b.accept_as(x, OBJ) for x in items.items]
    if not parts:   # the spec of f"{x:}"
        return b.str_const("")
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
        if is_flag(info):
            return flag_text(b, v, info, repr_)  # type: ignore[arg-type]
        if info is not None and mapper.is_int_enum(info) and repr_:
            return enum_repr(b, v, info)
        return b.call_rt("rt_int_to_str", [b.coerce(v, I64)], OBJ)
    if v.type.is_float:
        return b.call_rt("rt_float_repr", [v], OBJ)
    if classtypes.class_type(t) is not None and not mapper.opaque(t):  # type: ignore[arg-type]
        return classvalues.class_repr(b, v)
    info = mapper.instance_info(t)  # type: ignore[arg-type]
    if v.type.is_obj and info is not None and info.fullname in b.ctx.namedtuples:   # its repr slot
        return b.call_rt("rt_repr", [b.to_word(v), b.int(v.type.kind)], OBJ)
    if v.type.is_obj and holds_enum(t):
        return enum_container_repr(b, v, t, repr_)
    if v.type.is_obj and not repr_:
        r = call_dunder(b, v, cast("Type | None", t), "__str__", [], None)   # t: v's mypy type
        if r is not None:
            return r
    fn = "rt_repr" if repr_ else "rt_to_str"
    return b.call_rt(fn, [b.to_word(v), b.int(v.type.kind)], OBJ)


def enum_repr(b: Builder, v: o.Register, info: TypeInfo) -> o.Register:
    """repr() of an IntEnum member: <Color.RED: 1> (str() is the plain value, as in 3.11)."""
    name = enum_name(b, v, info)
    s = b.call_rt("rt_str_concat", [b.str_const(f"<{info.name}."), name], OBJ)
    s = b.call_rt("rt_str_concat", [s, b.str_const(": ")], OBJ)
    s = b.call_rt("rt_str_concat", [s, b.call_rt("rt_int_to_str", [b.coerce(v, I64)], OBJ)], OBJ)
    return b.call_rt("rt_str_concat", [s, b.str_const(">")], OBJ)


ENUM_HOLDERS = ("builtins.list", "builtins.set", "builtins.dict", "builtins.tuple")


def holds_enum(t: object, seen: frozenset[str] = frozenset()) -> bool:
    """Whether values of type t hold IntEnum members (kept as plain ints, so
    the runtime would print them as ints where CPython prints <Color.RED: 1>).
    seen: the NamedTuples being walked (a recursive one names itself)."""
    p = mapper.proper(t)  # type: ignore[arg-type]
    if isinstance(p, mapper.TupleType):
        nt = p.partial_fallback.type
        if nt.fullname in seen:
            return False
        if "namedtuple" in nt.metadata:
            seen = seen | {nt.fullname}
        return any(holds_enum(i, seen) for i in p.items)
    if isinstance(p, mapper.UnionType):
        return mapper.optional_item(p) is not None and holds_enum(mapper.optional_item(p), seen)
    info = mapper.instance_info(p)
    return info is not None and (mapper.is_int_enum(info) or info.fullname in ENUM_HOLDERS and
                                 any(holds_enum(a, seen) for a in mapper.type_args(p)))


def enum_container_repr(b: Builder, v: o.Register, t: object, repr_: bool) -> o.Register:
    """str()/repr() of an Optional or a container holding IntEnum members,
    compiled for its static type: the members as <Color.RED: 1>."""
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
    info = mapper.instance_info(p)
    frozen = info is not None and info.fullname == "builtins.frozenset"
    opening, closing = "[", "]"
    if isinstance(p, mapper.TupleType):
        for i, it in enumerate(p.items):
            add(show(b.get_field(v, abi.TUPLE_ITEMS + i, mapper.rtype(it, b.subst)), it))
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
        opening, closing = ("frozenset({", "})") if frozen else ("{", "}")
    else:   # list, tuple[X, ...]
        index_loop(b, v, mapper.rtype(args[0], b.subst), each(lambda x: show(x, args[0])),  # type: ignore[arg-type]
                   getter="tuple" if name == "builtins.tuple" else "list")
        if name == "builtins.tuple":
            opening, closing = "(", ")"
    body = b.call_rt("rt_str_join", [b.str_const(", "), parts], OBJ)
    if name == "builtins.tuple" and not isinstance(p, mapper.TupleType):   # (x,) for one item
        one, joined = b.new_block(), b.new_block()
        b.branch(b.binary("eq", b.get_field(v, abi.TUPLE_LEN, I64), b.int(1), BOOL), one, joined)
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
        b.assign(res, b.str_const("frozenset()" if frozen else "set()"))
        b.goto(done)
        b.activate(done)
        return res
    return s
