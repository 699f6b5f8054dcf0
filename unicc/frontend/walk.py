"""A generic walk over mypy trees.

mypy is compiled with mypyc and its TraverserVisitor cannot be subclassed
from interpreted code, so we walk the trees ourselves: children are the
attributes of a node that hold nodes, minus the references that point back
to definitions (a NameExpr's node, a class's info, a variable's Var).
"""

from __future__ import annotations

import inspect
from typing import Callable

from mypy.nodes import CallExpr, Decorator, FuncDef, MemberExpr, NameExpr, Node, OverloadedFuncDef, SymbolNode

SKIP = {"node", "info", "type", "unanalyzed_type", "variable", "var", "def_var", "impl",
        "original_def", "callee_type", "expr_type", "typeddict_type", "special_form",
        "setter"}   # OverloadedFuncDef.setter: one of its items, asserting there is one
# attributes that never hold a node, on any class: positions, names, flags
SCALAR = {"line", "column", "end_line", "end_column", "name", "fullname", "arg_kinds", "arg_names",
          "docstring", "max_pos", "min_args", "abstract_status", "deprecated"}
_attrs: dict[type, list[str]] = {}


def attr_names(cls: type) -> list[str]:
    names = _attrs.get(cls)
    if names is None:
        names = []
        for name in dir(cls):
            if name.startswith(("_", "is_")) or name in SKIP or name in SCALAR:
                continue
            a = inspect.getattr_static(cls, name, None)
            if inspect.isgetsetdescriptor(a) or inspect.ismemberdescriptor(a) or isinstance(a, property):
                names.append(name)
        _attrs[cls] = names
    return names


# A build walks its trees many times (the validator, the builder's analyses)
# and never changes them: each node's children are found once.  Keyed by the
# node itself, not its id, so a freed node's id reused cannot alias.
_children: dict[Node, tuple[Node, ...]] = {}


def children(n: Node) -> tuple[Node, ...]:
    kids = _children.get(n)
    if kids is None:
        out: list[Node] = []
        for name in attr_names(type(n)):
            _collect(getattr(n, name, None), out)
        kids = _children[n] = tuple(out)
    return kids


def _collect(v: object, out: list[Node]) -> None:
    if isinstance(v, Node):
        # A symbol (a variable, class or module) is a reference to a definition
        # elsewhere; a function is defined here.
        if not isinstance(v, SymbolNode) or isinstance(v, (FuncDef, Decorator, OverloadedFuncDef)):
            out.append(v)
    elif isinstance(v, (list, tuple)):
        for x in v:
            _collect(x, out)


def walk(n: Node, visit: Callable[[Node], bool]) -> None:
    """Call visit on n and its descendants; visit returns False to skip a subtree."""
    stack = [n]
    seen: set[int] = set()
    while stack:
        cur = stack.pop()
        if id(cur) in seen:
            continue
        seen.add(id(cur))
        if visit(cur):
            stack += reversed(children(cur))


def written(e: Node) -> str:
    """How the program spells a name or a reference to a module's member, so a
    message names what the user wrote: `struct.pack`, `itertools.islice`,
    `functools.lru_cache(...)` ('' for any other expression)."""
    if isinstance(e, NameExpr):
        return e.name
    if isinstance(e, MemberExpr):
        base = written(e.expr)
        return f"{base}.{e.name}" if base else e.name
    if isinstance(e, CallExpr):
        callee = written(e.callee)
        return f"{callee}(...)" if callee else ""
    return ""
