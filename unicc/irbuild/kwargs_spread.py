"""`f(..., **d)`: the items of dicts passed as keyword arguments.

A parameter the call leaves unfilled takes its value from the dict whose
key names it, else its default.  CPython's TypeError, with its message,
for a parameter given twice, a key that names no parameter (where f has no
**kwargs; there the other keys go into f's dict) and a required parameter
left without a value.  The dicts are evaluated where they appear in the
call and bound after all arguments, as CPython binds them."""

from __future__ import annotations

from typing import Callable

from mypy.nodes import ARG_NAMED, ARG_STAR2, ArgKind, CallExpr, Expression, FuncDef, RefExpr, TypeInfo
from mypy.types import CallableType

from unicc.frontend.check import BUILTIN_METHODS
from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, WORD, RType
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, qualname
from unicc.irbuild.helpers import helper_function


def definition(b: Builder, e: CallExpr, fdef: FuncDef | None) -> FuncDef | None:
    """The def whose parameters the call binds: a function's, a method's, a
    class's __init__ (a dataclass's, made by mypy's plugin, too)."""
    if fdef is not None:
        return fdef
    t = mapper.proper(b.ctx.types.get(e.callee))
    d = t.definition if isinstance(t, CallableType) else None
    if d is None and isinstance(e.callee, RefExpr) and isinstance(e.callee.node, TypeInfo):
        init = e.callee.node.get("__init__")   # a dataclass's: mypy gives its constructor type no definition
        d = init.node if init is not None else None
    return d if isinstance(d, FuncDef) and d.arguments else None


def names(b: Builder, f: FuncDef) -> tuple[str, str]:
    """The function's __qualname__ and __module__, as CPython's messages show them."""
    if f in b.ctx.fn_qualnames:
        module, q = b.ctx.fn_qualnames[f]
        return q, module
    if f.info:
        return f"{qualname(b.ctx, f.info)}.{f.name}", f.info.module_name
    return f.name, b.module


class Spread:
    """A `**d` argument, evaluated, and the representation of its values."""

    def __init__(self, b: Builder, at: Expression, arg: Expression) -> None:
        t = mapper.proper(b.ctx.types.get(arg))
        args = mapper.type_args(t) if mapper.fullname(t) == "builtins.dict" else []
        if len(args) != 2 or mapper.fullname(args[0]) != "builtins.str":
            raise b.ctx.error(b.module, at, f"**{written(arg) or '...'} in this call: only a dict with str keys "
                                            "is supported by unicc")
        self.dict = b.accept(arg)
        self.at = arg
        self.values = mapper.rtype(args[1], b.subst)


def merged_name(names: tuple[str, str]) -> str:
    qualname, module = names
    return f"{qualname}()" if module == "builtins" else f"{module}.{qualname}()"   # CPython's merging of keywords


def check_repeated(b: Builder, e: CallExpr, names: tuple[str, str], spreads: list[Spread]) -> None:
    """CPython merges a call's keyword arguments, `**d` ones too, into one
    dict in the call's order before binding them: a key given twice (a
    keyword and a dict's key, or two dicts' keys) is a TypeError, whether or
    not it names a parameter."""
    seen = b.call_rt("rt_list_new", [b.int(OBJ.kind), b.int(0)], OBJ)
    by_arg = {id(s.at): s for s in spreads}
    for arg, name, kind in zip(e.args, e.arg_names, e.arg_kinds):
        if kind == ARG_STAR2 and id(arg) in by_arg:
            keys = b.call_rt("rt_dict_keys", [by_arg[id(arg)].dict], OBJ)
        elif kind == ARG_NAMED and name is not None:
            keys = b.call_rt("rt_list_new", [b.int(OBJ.kind), b.int(0)], OBJ)
            b.call_rt("rt_list_append", [keys, b.to_word(b.str_const(name))])
        else:
            continue
        text = b.call(helper_function(b, f"{BUILTIN_METHODS}.repeated_keyword"),
                      [b.str_const(merged_name(names)), seen, keys])
        raise_msg_if(b, b.binary("ne", b.call_rt("rt_str_len", [text], I64), b.int(0), BOOL), text)


def bind(b: Builder, names: tuple[str, str], kinds: list[ArgKind], params: list[str], types: list[RType],
         keywordable: list[int], slots: list[o.Register | None], given: set[str], spreads: list[Spread],
         has_default: list[bool], default_of: Callable[[int], o.Register | None], has_star2: bool) -> None:
    """Fill the slots left None from the dicts (or defaults), in place.
    names: the function's __qualname__ and __module__, which the messages
    show; keywordable: the parameters a keyword may name; has_default: which
    parameters have a default (default_of emits its value)."""
    qualname, module = names
    merged = merged_name(names)
    missing = {"positional": b.call_rt("rt_list_new", [b.int(OBJ.kind), b.int(0)], OBJ),
               "keyword-only": b.call_rt("rt_list_new", [b.int(OBJ.kind), b.int(0)], OBJ)}
    for i in range(len(params)):
        if i not in keywordable:   # positional only (or *args, **kwargs): no key may give it
            if slots[i] is None and not kinds[i].is_star() and not has_default[i]:
                b.call_rt("rt_list_append", [missing["positional"], b.to_word(b.str_const(params[i]))])
                slots[i] = b.zero(types[i])
            continue
        key = b.to_word(b.str_const(params[i]))
        if slots[i] is not None:   # given already: no dict may name it again
            msg = f"{merged} got multiple values for keyword argument '{params[i]}'" if params[i] in given else \
                f"{qualname}() got multiple values for argument '{params[i]}'"
            for s in spreads:
                raise_if(b, b.call_rt("rt_dict_contains", [s.dict, key], BOOL), msg)
            continue
        r, found = b.reg(types[i], params[i]), b.reg(BOOL)
        b.assign(r, b.zero(types[i]))   # written on every path below; the checker cannot see it
        b.assign(found, b.const(False, BOOL))
        for s in spreads:
            yes, nxt = b.new_block(), b.new_block()
            b.branch(b.call_rt("rt_dict_contains", [s.dict, key], BOOL), yes, nxt)
            b.activate(yes)
            raise_if(b, found, f"{merged} got multiple values for keyword argument '{params[i]}'")
            v = b.from_word(b.call_rt("rt_dict_get", [s.dict, key], WORD), s.values)
            b.assign(r, b.coerce(v, types[i]))
            b.assign(found, b.const(True, BOOL))
            b.goto(nxt)
            b.activate(nxt)
        absent, done = b.new_block(), b.new_block()
        b.branch(found, done, absent)
        b.activate(absent)
        d = default_of(i)
        if d is not None:
            b.assign(r, b.coerce(d, types[i]))
        else:   # reported once every key is bound, all missing names at once
            kind = "positional" if kinds[i].is_positional() else "keyword-only"
            b.call_rt("rt_list_append", [missing[kind], key])
        b.goto(done)
        b.activate(done)
        slots[i] = r
    if not has_star2:
        takes = " ".join(params[i] for i in keywordable)
        only = " ".join(p for i, p in enumerate(params) if i not in keywordable and not kinds[i].is_star())
        for s in spreads:
            keys = b.call_rt("rt_dict_keys", [s.dict], OBJ)
            text = b.call(helper_function(b, f"{BUILTIN_METHODS}.unexpected_keyword"),
                          [b.str_const(qualname), keys, b.str_const(takes), b.str_const(only)])
            raise_msg_if(b, b.binary("ne", b.call_rt("rt_str_len", [text], I64), b.int(0), BOOL), text)
    for kind, absent_names in missing.items():
        count = b.call_rt("rt_list_len", [absent_names], I64)
        bad, ok = b.new_block(), b.new_block()
        b.branch(b.binary("ne", count, b.int(0), BOOL), bad, ok)
        b.activate(bad)
        text = b.call(helper_function(b, f"{BUILTIN_METHODS}.missing_arguments"),
                      [b.str_const(qualname), b.str_const(kind), absent_names])
        raise_message(b, text)
        b.activate(ok)


def drop_params(b: Builder, kw: o.Register, keywordable: list[str]) -> None:
    """Take the keys that named parameters out of the **kwargs dict kw."""
    for name in keywordable:
        key = b.to_word(b.str_const(name))
        has = b.call_rt("rt_dict_contains", [kw, key], BOOL)
        yes, no = b.new_block(), b.new_block()
        b.branch(has, yes, no)
        b.activate(yes)
        b.call_rt("rt_dict_del", [kw, key])
        b.goto(no)
        b.activate(no)


def raise_if(b: Builder, cond: o.Register, msg: str) -> None:
    bad, ok = b.new_block(), b.new_block()
    b.branch(cond, bad, ok)
    b.activate(bad)
    b.raise_new("rt_type_TypeError", msg)
    b.activate(ok)


def raise_msg_if(b: Builder, cond: o.Register, msg: o.Register) -> None:
    bad, ok = b.new_block(), b.new_block()
    b.branch(cond, bad, ok)
    b.activate(bad)
    raise_message(b, msg)
    b.activate(ok)


def raise_message(b: Builder, msg: o.Register) -> None:
    b.raise_msg("rt_type_TypeError", msg)
