"""Lowering of call expressions: which kind of callee it is (a builtin, a
constructor, a method, a generic function, a function value) decides who
lowers it."""

from __future__ import annotations

from mypy.nodes import (
    ARG_STAR, ARG_STAR2, CallExpr, Decorator, FuncDef, ListExpr, MemberExpr, MypyFile, NameExpr, RefExpr,
    StrExpr, SuperExpr, TypeAlias, TypeInfo,
)
from mypy.types import Instance

from unicc.ir import ops as o
from unicc.irbuild import mapper
from unicc.irbuild.arguments import call_value, match_args
from unicc.irbuild.builder import Builder, is_cls
from unicc.irbuild.constructors import call_super, construct
from unicc.irbuild.generic import specialise
from unicc.irbuild.members import static_call
from unicc.irbuild.methods import method_call
from unicc.irbuild.registry import BUILTIN_FUNCS
from unicc.irbuild.strings import fstring_join, fstring_piece


def lower_call(b: Builder, e: CallExpr) -> o.Register:
    if any(k in (ARG_STAR, ARG_STAR2) for k in e.arg_kinds):
        raise b.ctx.error(b.module, e, "*args/**kwargs in calls are not supported by unicc")
    callee = e.callee
    if isinstance(callee, MemberExpr) and isinstance(callee.expr, StrExpr) and callee.name == "format":
        return fstring_piece(b, e, callee.expr.value)
    if isinstance(callee, MemberExpr) and isinstance(callee.expr, StrExpr) and callee.name == "join" \
            and callee.expr.value == "" and isinstance(e.args[0], ListExpr):
        return fstring_join(b, e)
    if isinstance(callee, SuperExpr) or (isinstance(callee, MemberExpr) and isinstance(callee.expr, SuperExpr)):
        return call_super(b, e)
    if isinstance(callee, RefExpr):
        node = callee.node
        cls = b.cls_info
        if is_cls(callee.expr if isinstance(callee, MemberExpr) else callee) and cls is not None:
            return static_call(b, e, cls, callee.name) if isinstance(callee, MemberExpr) else construct(b, e, cls)
        if isinstance(callee, MemberExpr) and not (isinstance(callee.expr, NameExpr) and
                                                   isinstance(callee.expr.node, (MypyFile, TypeInfo))):
            return method_call(b, e, callee)
        fullname = callee.fullname
        if fullname in BUILTIN_FUNCS:
            return BUILTIN_FUNCS[fullname](b, e)
        if isinstance(node, TypeInfo):
            return construct(b, e, node)
        alias = mapper.proper(node.target) if isinstance(node, TypeAlias) else None
        if isinstance(alias, Instance) and any(c.fullname == "builtins.BaseException" for c in alias.type.mro):
            return construct(b, e, alias.type)   # IOError(...) is OSError(...)
        if isinstance(node, Decorator):
            node = node.func
        if isinstance(node, FuncDef) and node.fullname in b.ctx.generic_defs:
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
            return static_call(b, e, callee.expr.node, callee.name)
        if isinstance(node, FuncDef) and node.fullname.startswith(("math.", "sys.")):
            raise b.ctx.error(b.module, e, f"{node.fullname}() is not supported by unicc")
    return call_value(b, e)
