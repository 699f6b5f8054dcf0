"""The one module that knows every lowering function: which function lowers
each kind of expression and statement.

The lowering modules never import each other upwards: they recurse through
`Builder.accept` / `accept_block` and `Context.compile_function`, which come
here (module.py gives the Context a `Lowering`).  Only this module and
module.py import the modules at the top of the layering.
"""

from __future__ import annotations

from typing import Callable

from mypy.nodes import (
    AssertStmt, AssignmentExpr, AssignmentStmt, AwaitExpr, Block, BreakStmt, BytesExpr, CallExpr, CastExpr,
    ClassDef, ComparisonExpr, ComplexExpr, ConditionalExpr, ContinueStmt, Decorator, DelStmt, DictExpr,
    DictionaryComprehension, EllipsisExpr, Expression, ExpressionStmt, FloatExpr, ForStmt, FuncDef, FuncItem,
    GeneratorExpr, GlobalDecl, IfStmt, Import, ImportAll, ImportFrom, IndexExpr, IntExpr, LambdaExpr,
    ListComprehension, ListExpr, MatchStmt, MemberExpr, NameExpr, NonlocalDecl, OpExpr, OperatorAssignmentStmt,
    OverloadedFuncDef, PassStmt, RaiseStmt, ReturnStmt, SetComprehension, SetExpr, SliceExpr, StarExpr,
    Statement, StrExpr, SuperExpr, TryStmt, TupleExpr, TypeAliasStmt, TypeInfo, UnaryExpr, Var, WhileStmt,
    WithStmt, YieldExpr, YieldFromExpr,
)

from unicc.ir import ops as o
from unicc.ir.rtypes import RType
from unicc.irbuild import builtin_funcs  # noqa: F401  (imported for its registrations: registry.py)
from unicc.irbuild import dataclass_funcs  # noqa: F401  (the same)
from unicc.irbuild import introspect  # noqa: F401  (the same)
from unicc.irbuild import complexes
from unicc.irbuild.builder import Builder, ClassInfo, Context, FuncInfo
from unicc.irbuild.matching import lower_match
from unicc.irbuild.call import lower_call
from unicc.irbuild.classdef import compile_methods
from unicc.irbuild.cond_imports import check_imported
from unicc.irbuild.exceptions import lower_raise, lower_try, lower_with
from unicc.irbuild.expression import (
    lower_bytes, lower_cast, lower_conditional, lower_float, lower_int, lower_member, lower_name, lower_str,
    lower_walrus,
)
from unicc.irbuild.for_helpers import lower_display
from unicc.irbuild.function import compile_function, lower_lambda
from unicc.irbuild.generator import lower_await, lower_genexpr, lower_yield_expr, lower_yield_from
from unicc.irbuild.indexing import lower_index
from unicc.irbuild.operators import lower_comparison, lower_op, lower_unary
from unicc.irbuild.statement import (
    lower_assert, lower_assignment, lower_break, lower_classdef_stmt, lower_continue, lower_decl,
    lower_del, lower_expr_stmt, lower_for, lower_funcdef_stmt, lower_if, lower_import, lower_op_assign,
    lower_pass, lower_return, lower_while,
)

ExprFn = Callable[[Builder, Expression], o.Register]
StmtFn = Callable[[Builder, Statement], None]


def unsupported_expr(what: str) -> ExprFn:
    def fn(b: Builder, e: Expression) -> o.Register:
        raise b.ctx.error(b.module, e, f"{what} is not supported by unicc")
    return fn


def unsupported_stmt(what: str) -> StmtFn:
    def fn(b: Builder, s: Statement) -> None:
        raise b.ctx.error(b.module, s, f"{what} is not supported by unicc")
    return fn


def lower_block(b: Builder, s: Block) -> None:
    b.accept_block(s)


# a generator expression is lowered here only when it is kept as a value:
# consumers that loop over it directly (sum(), "".join()) never build it (for_helpers.py)
EXPRESSIONS: dict[type, Callable[..., o.Register]] = {
    IntExpr: lower_int, FloatExpr: lower_float, StrExpr: lower_str, BytesExpr: lower_bytes,
    NameExpr: lower_name, MemberExpr: lower_member, OpExpr: lower_op, UnaryExpr: lower_unary,
    ComparisonExpr: lower_comparison, ConditionalExpr: lower_conditional,
    AssignmentExpr: lower_walrus, CastExpr: lower_cast, CallExpr: lower_call, IndexExpr: lower_index,
    ListExpr: lower_display, TupleExpr: lower_display, DictExpr: lower_display, SetExpr: lower_display,
    ListComprehension: lower_display, SetComprehension: lower_display,
    DictionaryComprehension: lower_display, GeneratorExpr: lower_genexpr, LambdaExpr: lower_lambda,
    ComplexExpr: complexes.literal, EllipsisExpr: unsupported_expr("Ellipsis"),
    StarExpr: unsupported_expr("star expressions"), AwaitExpr: lower_await,
    YieldExpr: lower_yield_expr, YieldFromExpr: lower_yield_from,
    SuperExpr: unsupported_expr("super() outside a method call"),
    SliceExpr: unsupported_expr("a slice outside []"),
}

STATEMENTS: dict[type, Callable[..., None]] = {
    AssignmentStmt: lower_assignment, OperatorAssignmentStmt: lower_op_assign,
    ExpressionStmt: lower_expr_stmt, ReturnStmt: lower_return, PassStmt: lower_pass,
    IfStmt: lower_if, WhileStmt: lower_while, ForStmt: lower_for, BreakStmt: lower_break,
    ContinueStmt: lower_continue, AssertStmt: lower_assert, RaiseStmt: lower_raise,
    TryStmt: lower_try, Import: lower_import, ImportFrom: lower_import, ImportAll: lower_import,
    FuncDef: lower_funcdef_stmt, Decorator: lower_funcdef_stmt, OverloadedFuncDef: lower_funcdef_stmt,
    ClassDef: lower_classdef_stmt, GlobalDecl: lower_decl, NonlocalDecl: lower_decl,
    DelStmt: lower_del, Block: lower_block,
    WithStmt: lower_with, MatchStmt: lower_match,
    TypeAliasStmt: lower_decl,
}


class Lowering:
    """The Visitor (builder.py) that the builders of one program recurse through."""

    def expr(self, b: Builder, e: Expression) -> o.Register:
        fn = EXPRESSIONS.get(type(e))
        if fn is None:
            raise b.ctx.error(b.module, e, f"{type(e).__name__} is not supported by unicc")
        if b.ctx.conditional_imports:
            check_imported(b, e)
        return fn(b, e)

    def stmt(self, b: Builder, s: Statement) -> None:
        fn = STATEMENTS.get(type(s))
        if fn is None:
            raise b.ctx.error(b.module, s, f"{type(s).__name__} is not supported by unicc")
        outer, b.stmt = b.stmt, s   # where an error found deep in an expression is reported
        try:
            fn(b, s)
        finally:
            b.stmt = outer

    def function(self, ctx: Context, module: str, f: FuncItem, info: FuncInfo, source_name: str,
                 outer: Builder | None, env_vars: list[Var] | None, subst: dict[str, RType] | None,
                 cls_info: TypeInfo | None) -> o.FuncIR:
        return compile_function(ctx, module, f, info, source_name, outer, env_vars, subst, cls_info)

    def methods(self, ctx: Context, module: str, info: TypeInfo, ci: ClassInfo) -> None:
        compile_methods(ctx, module, info, ci)
