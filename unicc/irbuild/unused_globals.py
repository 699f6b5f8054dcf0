"""Leave out the standard library's tables that no live code reads.

A module's top level runs whole when it is imported, so `import math` would
build every table of every function in math (about 110 KB of data) for a
program that calls `math.sqrt`.  Once every function is lowered, the
top-level assignments of stdlib/ modules whose value is plain data (literals,
displays, names, operators and a few constructors: nothing that can have an
effect) are kept only if a live function, another module's top level, or a
kept assignment reads the name; the others are not lowered at all.  Only
stdlib/ code, which the test suite runs whole, is trimmed this way: a
program's own top level always runs as written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mypy.nodes import (
    AssignmentStmt, BytesExpr, CallExpr, DictExpr, Expression, FloatExpr, IntExpr, ListExpr, MemberExpr, MypyFile,
    NameExpr, OpExpr, SetExpr, Statement, StrExpr, TupleExpr, UnaryExpr, Var,
)

from unicc.paths import STDLIB
from unicc.ir import ops as o
from unicc.irbuild.builder import Context
from unicc.irbuild.statement import init_name
from unicc.transform.reachable import live_functions

# Calls whose only effect is the value they make (from literal arguments).
PURE_CALLS = {"builtins.float", "builtins.int", "builtins.bytes", "builtins.bytes.fromhex", "builtins.list",
              "builtins.tuple", "unicc_buf.Buffer"}


def callee(e: Expression) -> str:
    if isinstance(e, NameExpr):
        return e.fullname or ""
    if isinstance(e, MemberExpr) and isinstance(e.expr, NameExpr):
        return f"{e.expr.fullname}.{e.name}"
    return ""


def plain_data(e: Expression, refs: set[str]) -> bool:
    """e has no effect but its value; the module globals it reads go to refs."""
    if isinstance(e, (IntExpr, FloatExpr, StrExpr, BytesExpr)):
        return True
    if isinstance(e, NameExpr):
        if e.fullname in ("builtins.True", "builtins.False", "builtins.None"):
            return True
        refs.add(e.fullname)
        return isinstance(e.node, Var)
    if isinstance(e, UnaryExpr):
        return plain_data(e.expr, refs)
    if isinstance(e, OpExpr):
        return plain_data(e.left, refs) and plain_data(e.right, refs)
    if isinstance(e, (ListExpr, TupleExpr, SetExpr)):
        return all(plain_data(x, refs) for x in e.items)
    if isinstance(e, DictExpr):
        return all(k is not None and plain_data(k, refs) and plain_data(v, refs) for k, v in e.items)
    if isinstance(e, CallExpr):
        return callee(e.callee) in PURE_CALLS and all(plain_data(a, refs) for a in e.args)
    return False


def candidate(module: str, s: Statement) -> tuple[str, set[str]] | None:
    """(the global, the globals its value reads) of a droppable assignment."""
    if not isinstance(s, AssignmentStmt) or len(s.lvalues) != 1 or not isinstance(s.lvalues[0], NameExpr):
        return None
    refs: set[str] = set()
    target = s.lvalues[0]
    if target.fullname != f"{module}.{target.name}" or not plain_data(s.rvalue, refs):
        return None
    return target.fullname, refs


def reads(fns: list[o.FuncIR]) -> set[str]:
    return {op.name for fn in fns for bb in fn.blocks for op in bb.ops if isinstance(op, o.GetGlobal)}


def lower_inits(ctx: Context, modules: dict[str, MypyFile],
                lower_init: Callable[[str, MypyFile, set[Statement]], None], trim: bool = True) -> None:
    """Lower each module's top level (lower_init(name, file, skip) appends its
    init function), leaving out (if trim) the stdlib assignments nothing live reads."""
    cands: dict[str, dict[Statement, tuple[str, set[str]]]] = {}
    for name, f in modules.items():
        if trim and Path(f.path).resolve().is_relative_to(STDLIB):
            cands[name] = {s: c for s in f.defs if (c := candidate(name, s)) is not None}
        lower_init(name, f, set(cands.get(name, ())))
    assigned = ctx.assigned_globals or set()
    live = live_functions(ctx.ir, [init_name(n) for n in modules])
    needed = reads([fn for fn in ctx.ir.functions if fn.name in live])
    kept: set[Statement] = set()
    while more := {s for c in cands.values() for s, (g, _) in c.items() if g in needed or g in assigned} - kept:
        kept |= more
        for s in more:
            needed |= next(c[s][1] for c in cands.values() if s in c)
    for name, mine in cands.items():
        if kept.isdisjoint(mine):
            continue
        ctx.ir.functions = [fn for fn in ctx.ir.functions if fn.name != init_name(name)]
        lower_init(name, modules[name], set(mine) - kept)
