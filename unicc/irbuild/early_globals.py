"""Globals a function may read before its module assigns them.

    def h() -> int:
        return later
    print(h())        # CPython: NameError: name 'later' is not defined
    later = 1

A module's top level runs its statements in order; a function it calls may
read a global that a later statement assigns.  The top level's own reads are
checked by unbound.py; this module finds the globals that functions may read
too early: those first assigned after the first top-level statement that may
run the program's own code (a call of one of its functions, a constructor or
a method of its classes).  Only those globals get a flag, set by each
assignment, and only the reads of them by functions test it.  A module whose
top level defines its constants before calling anything (the usual shape:
constants, functions, then `main()`) gets no flag at all.

Not covered: a cycle of imports, where a module imported by another calls
back into the importer before the importer's top level has finished.
"""

from __future__ import annotations

from mypy.nodes import (
    AssignmentStmt, CallExpr, ClassDef, Decorator, Expression, FuncDef, Import, ImportAll, ImportFrom,
    LambdaExpr, ListExpr, MemberExpr, MypyFile, NameExpr, Node, OverloadedFuncDef, RefExpr, Statement,
    TupleExpr, TypeInfo,
)
from mypy.types import Instance, get_proper_type

from unicc.frontend.walk import walk
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ, PTR
from unicc.irbuild.builder import Builder, Context


OWN_CODE = (FuncDef, Decorator, OverloadedFuncDef, TypeInfo)   # passed as a value, may be called


def flag_name(glob: str) -> str:
    return f"{glob}.<assigned>"


def find_early_globals(ctx: Context) -> None:
    """ctx.early_globals: every global a function may read before it is assigned."""
    for name, f in ctx.modules.items():
        ctx.early_globals |= early_in_module(ctx, name, f)


def early_in_module(ctx: Context, module: str, f: MypyFile) -> set[str]:
    assigned: set[str] = set()
    for s in f.defs:
        if runs_own_code(ctx, s):
            prefix = module + "."
            return {g for g in ctx.globals if g.startswith(prefix) and "<" not in g
                    and g[len(prefix):] not in assigned}
        assigned |= names_assigned(s)
    return set()


def names_assigned(s: Statement) -> set[str]:
    """Names a top-level statement certainly assigns."""
    out: set[str] = set()
    if isinstance(s, AssignmentStmt):
        for lv in s.lvalues:
            out |= target_names(lv)
    elif isinstance(s, ImportFrom):
        out |= {alias or n for n, alias in s.names}
    elif isinstance(s, Import):
        out |= {(alias or n).split(".")[0] for n, alias in s.ids}
    return out


def target_names(lv: Expression) -> set[str]:
    if isinstance(lv, NameExpr):
        return {lv.name}
    if isinstance(lv, (TupleExpr, ListExpr)):
        return {n for x in lv.items for n in target_names(x)}
    return set()


def runs_own_code(ctx: Context, s: Statement) -> bool:
    """Whether a top-level statement may call code of the program: a def's
    body does not run, its defaults and decorators do."""
    if isinstance(s, (Import, ImportFrom, ImportAll)):
        return False
    if isinstance(s, FuncDef):
        return any(calls_own_code(ctx, a.initializer) for a in s.arguments if a.initializer)
    if isinstance(s, (Decorator, OverloadedFuncDef)):
        return True
    if isinstance(s, ClassDef):
        return bool(s.decorators) or any(calls_own_code(ctx, d) for d in s.defs.body
                                         if not isinstance(d, (FuncDef, Decorator, OverloadedFuncDef)))
    return calls_own_code(ctx, s)


def calls_own_code(ctx: Context, node: Node) -> bool:
    found = False

    def visit(n: Node) -> bool:
        nonlocal found
        if isinstance(n, CallExpr) and not is_library_call(ctx, n):
            found = True
        return not found

    walk(node, visit)
    return found


def is_library_call(ctx: Context, e: CallExpr) -> bool:
    """A call that cannot reach the program's own code: of a function or class
    of a module that is not compiled (builtins, typing, ...) or of a method
    of a built-in value, passed none of the program's functions."""
    if any(isinstance(a, LambdaExpr) or isinstance(a, RefExpr) and isinstance(a.node, OWN_CODE)
           for a in e.args):
        return False
    callee = e.callee
    if isinstance(callee, MemberExpr) and not (isinstance(callee.expr, RefExpr)
                                               and isinstance(callee.expr.node, (MypyFile, TypeInfo))):
        t = get_proper_type(ctx.types.get(callee.expr))
        return isinstance(t, Instance) and t.type.module_name == "builtins"
    if isinstance(callee, RefExpr) and callee.fullname:
        node = callee.node
        module = node.module_name if isinstance(node, TypeInfo) else callee.fullname.rpartition(".")[0]
        return module not in ctx.modules
    return False


def check_read(b: Builder, name: str, short: str) -> None:
    """Before a function's read of an early global: NameError unless assigned."""
    flag = b.ctx.global_var(flag_name(name), BOOL)
    ok, bad = b.new_block(), b.new_block()
    cur = b.reg(BOOL)
    b.emit(o.GetGlobal(cur, flag.name))
    b.branch(cur, ok, bad)
    b.activate(bad)
    t, m = b.reg(PTR), b.reg(OBJ)
    b.emit(o.AddrOf(t, "rt_type_NameError"))
    b.emit(o.Const(m, o.CStrConst(f"name '{short}' is not defined")))
    b.emit(o.CallRT(None, "rt_raise_msg", [t, m]))
    b.emit(o.Goto(b.handler()))
    b.activate(ok)


def mark_assigned(b: Builder, name: str) -> None:
    if name in b.ctx.early_globals:
        b.emit(o.SetGlobal(b.ctx.global_var(flag_name(name), BOOL).name, b.const(True, BOOL)))
