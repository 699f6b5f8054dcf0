"""Attributes an instance may lack: `self.a` set by __init__ on one branch only.
Reading it when it was never set raises AttributeError, as in CPython.

An attribute is *always defined* for a class when a class-body value gives
every instance one, when the class is a dataclass with it as a field, or
when the __init__ the class runs assigns it on every path (a statement of its
body, both branches of an if, a `super().__init__(...)` that does).  As in
mypyc, only the attributes that are not always defined, in some class of
the program that has them, are checked when read: an object attribute by its
word (0 until assigned: objects start zeroed), an int, float or bool one by
a flag field the layout gives it, set by each assignment.
"""

from __future__ import annotations

from mypy.nodes import (
    AssignmentStmt, Block, CallExpr, ClassDef, Decorator, ExpressionStmt, FuncDef, IfStmt, LambdaExpr, MemberExpr,
    MypyFile, NameExpr, Node, OverloadedFuncDef, RaiseStmt, ReturnStmt, Statement, SuperExpr, TempNode, TryStmt,
    TupleExpr, TypeInfo, WithStmt,
)
from mypy.types import CallableType, Instance, TupleType, Type, get_proper_type

from unicc.frontend.walk import walk


def attr_flag(attr: str) -> str:
    return f"<set {attr}>"


def null_sentinel(t: Type | None) -> bool:
    """Whether an unassigned field of this type is told by its word alone: an object
    that is never None (None is the word 0, like a field never assigned)."""
    p = get_proper_type(t) if t is not None else None
    return isinstance(p, (TupleType, CallableType)) or \
        isinstance(p, Instance) and p.type.fullname != "builtins.object" and p.type.fullname not in RTYPE_SCALARS


RTYPE_SCALARS = {"builtins.int", "builtins.float", "builtins.bool"}


def all_classes(modules: dict[str, MypyFile]) -> list[TypeInfo]:
    out: list[TypeInfo] = []

    def visit(defs: list[Statement]) -> None:
        for s in defs:
            if isinstance(s, ClassDef):
                out.append(s.info)
            elif isinstance(s, IfStmt):
                for body in s.body:
                    visit(body.body)
                if s.else_body is not None:
                    visit(s.else_body.body)
    for m in modules.values():
        visit(m.defs)
    return out


def maybe_undefined(modules: dict[str, MypyFile], owner: TypeInfo, attr: str,
                    cache: dict[tuple[str, str], bool]) -> bool:
    """Whether some class of the program with owner's attribute `attr` may have an
    instance without it."""
    key = (owner.fullname, attr)
    if key not in cache:
        cache[key] = any(not always_defined(c, attr) for c in all_classes(modules)
                         if owner in c.mro and not c.is_protocol and not c.is_abstract)
    return cache[key]


def class_body_value(info: TypeInfo, attr: str) -> bool:
    """Whether the body of info or of a base gives attr a value (`x: int` alone does not)."""
    return any(c.defn is not None and any(isinstance(s, AssignmentStmt) and not isinstance(s.rvalue, TempNode)
                                          and any(isinstance(lv, NameExpr) and lv.name == attr for lv in s.lvalues)
                                          for s in c.defn.defs.body) for c in info.mro)


def always_defined(info: TypeInfo, attr: str) -> bool:
    if class_body_value(info, attr):
        return True   # a class-body value: every instance starts with it
    for c in info.mro:
        node = c.names["__init__"].node if "__init__" in c.names else None
        if "dataclass" in c.metadata and (node is None or c.names["__init__"].plugin_generated):
            # the __init__ the dataclass makes (inherited by a plain subclass too) sets every field
            return any(a["name"] == attr for a in c.metadata["dataclass"]["attributes"])
        if isinstance(node, FuncDef):
            if c.fullname.startswith("builtins."):
                return False
            return defines(node.body, attr, c)
    return False


def defines(block: Block, attr: str, owner: TypeInfo) -> bool:
    """Whether running block (an __init__ of owner) always assigns self.attr before
    self escapes (a method of self called, self passed on: that code could read it)."""
    for s in block.body:
        if isinstance(s, AssignmentStmt) and any(assigns(lv, attr) for lv in s.lvalues):
            return not escapes(s.rvalue, owner)
        if escapes(s, owner):
            return False
        if isinstance(s, ExpressionStmt) and isinstance(s.expr, CallExpr) and \
                isinstance(s.expr.callee, MemberExpr) and isinstance(s.expr.callee.expr, SuperExpr) and \
                s.expr.callee.name == "__init__" and len(owner.mro) > 1 and always_defined(owner.mro[1], attr):
            return True
        if isinstance(s, IfStmt) and s.else_body is not None and \
                all(defines(b, attr, owner) for b in s.body) and defines(s.else_body, attr, owner):
            return True
        if isinstance(s, WithStmt) and defines(s.body, attr, owner):
            return True
        if isinstance(s, TryStmt) and (defines(s.body, attr, owner) and
                                       all(defines(h, attr, owner) for h in s.handlers)
                                       or s.finally_body is not None and defines(s.finally_body, attr, owner)):
            return True
        if isinstance(s, RaiseStmt):
            return True    # no instance comes out of this path
        if isinstance(s, ReturnStmt):
            return False
    return False


def escapes(n: Node, owner: TypeInfo) -> bool:
    """Whether n calls a method of self or hands self to other code (not
    super().__init__(...), taken as the base's own assignments)."""
    found = False

    def visit(x: Node) -> bool:
        nonlocal found
        if isinstance(x, (FuncDef, LambdaExpr)) or found:
            return False
        if isinstance(x, CallExpr) and isinstance(x.callee, MemberExpr):
            callee = x.callee
            if isinstance(callee.expr, SuperExpr):
                return True
            if is_self(callee.expr):
                node = owner.get(callee.name)
                if node is not None and isinstance(node.node, (FuncDef, Decorator, OverloadedFuncDef)):
                    found = True   # self.method(...)
                    return False
                return True
        if isinstance(x, MemberExpr) and is_self(x.expr):
            node = owner.get(x.name)
            if node is not None and isinstance(node.node, OverloadedFuncDef):
                found = True   # a property's code
            return False
        if is_self(x):
            found = True   # self itself, as a value
        return not found
    walk(n, visit)
    return found


def is_self(x: object) -> bool:
    return isinstance(x, NameExpr) and x.name == "self"


def assigns(lv: object, attr: str) -> bool:
    if isinstance(lv, MemberExpr) and isinstance(lv.expr, NameExpr) and lv.expr.name == "self":
        return lv.name == attr
    if isinstance(lv, TupleExpr):
        return any(assigns(x, attr) for x in lv.items)
    return False
