"""Names bound by an import that may not run.

    if debug:
        import tracing
    def f() -> None:
        tracing.log("x")   # CPython: NameError: name 'tracing' is not defined

unicc reads a module's names statically (`tracing.log` is a direct call), so
the name an import binds exists whether or not the import ran.  A name bound
only by imports nested in a module's top-level `if`, `try`, loop, `with` or
`match` gets a flag, set where such an import runs; each use of the name
(`tracing`, `tracing.log(...)`, a name of `from m import f`) tests it.  A
name also imported or assigned unconditionally at the top level is never
tested, nor is an import in a function (a local name, whose scope mypy
checks).
"""

from __future__ import annotations

from mypy.nodes import (
    GDEF, AssignmentExpr, AssignmentStmt, CallExpr, ClassDef, Decorator, Expression, FuncDef, Import, ImportFrom, MemberExpr,
    MypyFile, NameExpr, Node, OverloadedFuncDef, Statement, ForStmt, TryStmt, WithStmt,
)

from unicc.frontend.walk import walk
from unicc.irbuild.builder import Builder, Context
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL
from unicc.irbuild.early_globals import check_read, flag_name, names_assigned, target_names


def find_conditional_imports(ctx: Context) -> None:
    """ctx.conditional_imports: `module.name` of each name only a nested import binds."""
    for module, f in ctx.modules.items():
        ctx.conditional_imports |= {f"{module}.{n}" for n in conditional_in_module(f)}


def conditional_in_module(f: MypyFile) -> set[str]:
    nested: set[str] = set()
    certain: set[str] = set()
    for s in f.defs:
        certain |= names_assigned(s)
        if not isinstance(s, (Import, ImportFrom, FuncDef, Decorator, OverloadedFuncDef, ClassDef)):
            nested |= imports_within(s, certain)
    return nested - certain


def imports_within(s: Statement, assigned: set[str]) -> set[str]:
    """Names imported inside a compound statement (not in its nested defs);
    the names it assigns otherwise go to `assigned`."""
    found: set[str] = set()

    def visit(n: Node) -> bool:
        if isinstance(n, (Import, ImportFrom)):
            found.update(names_assigned(n))
        else:
            assigned.update(bound_otherwise(n))
        return not isinstance(n, (FuncDef, Decorator, OverloadedFuncDef, ClassDef))

    walk(s, visit)
    return found


def bound_otherwise(n: Node) -> set[str]:
    """Names a statement binds other than by importing (`except ImportError:
    def f(): ...` as the fallback of `from m import f`)."""
    if isinstance(n, AssignmentStmt):
        return names_assigned(n)
    if isinstance(n, (FuncDef, OverloadedFuncDef, ClassDef)):
        return {n.name}
    if isinstance(n, Decorator):
        return {n.func.name}
    if isinstance(n, ForStmt):
        return target_names(n.index)
    if isinstance(n, WithStmt):
        return {x for t in n.target if t is not None for x in target_names(t)}
    if isinstance(n, TryStmt):
        return {v.name for v in n.vars if v is not None}
    if isinstance(n, AssignmentExpr):
        return {n.target.name}
    return set()


def flag_key(b: Builder, name: str) -> str:
    return f"{b.module}.{name}.<imported>"


def mark_imported(b: Builder, s: Import | ImportFrom) -> None:
    """An import of the module's top level binds its names: set their flags."""
    if b.fn.name != f"{b.module}.<module>":
        return
    for name in names_assigned(s):
        if f"{b.module}.{name}" in b.ctx.conditional_imports:
            flag = b.ctx.global_var(flag_name(flag_key(b, name)), BOOL)
            b.emit(o.SetGlobal(flag.name, b.const(True, BOOL)))


def check_imported(b: Builder, e: Expression) -> None:
    """Before a use of a name only a nested import binds: NameError unless it ran."""
    head = e
    while isinstance(head, (CallExpr, MemberExpr)):
        head = head.callee if isinstance(head, CallExpr) else head.expr
    if isinstance(head, NameExpr) and head.kind == GDEF \
            and f"{b.module}.{head.name}" in b.ctx.conditional_imports:
        check_read(b, flag_key(b, head.name), head.name)
