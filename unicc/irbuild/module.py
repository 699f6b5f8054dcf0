"""Whole-program lowering: every compiled module, its classes, functions and
top-level code, into one ModuleIR with the exported entry `unicc_main`.

A module's top level becomes `<module>.<module>`; it runs once, where the
first `import` of the module executes (as in CPython), guarded by a flag.
"""

from __future__ import annotations

import sys
from functools import partial
from typing import Callable

from mypy.nodes import (
    AssignmentStmt, Block, CallExpr, ClassDef, Decorator, Expression, Expression as Expr, ForStmt, FuncDef,
    GlobalDecl, IfStmt, LDEF, ListExpr, MemberExpr, MypyFile, NamedTupleExpr, NameExpr, Node, OperatorAssignmentStmt,
    OverloadedFuncDef, Statement, TryStmt, TupleExpr, Var, WhileStmt,
)
from mypy.types import Type

from unicc.errors import UserError, location, sort_messages
from unicc.frontend.check import HELPERS, INTRINSIC, is_declaration
from unicc.frontend.validate import extern_symbol, is_lowered
from unicc.frontend.walk import walk
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, VOID
from unicc.irbuild import mapper, qualnames
from unicc.irbuild.builder import Builder, Context, new_function
from unicc.irbuild.cached import cache_decorator, declare_cache
from unicc.irbuild.classdef import compile_class, method_defs
from unicc.irbuild.closures import free_vars, func_info
from unicc.irbuild.generic import is_generic
from unicc.irbuild.decorators import decorated_global, user_decorated
from unicc.irbuild.discover import plan_specialisations
from unicc.irbuild.cond_imports import find_conditional_imports
from unicc.irbuild.early_globals import find_early_globals
from unicc.irbuild.dispatch import is_singledispatch, register, registered_on
from unicc.irbuild.prepare import declare_classes, specialise_static
from unicc.irbuild.statement import init_name
from unicc.irbuild.unbound import check_unbound
from unicc.irbuild.unused_globals import lower_inits
from unicc.irbuild.visitor import Lowering


def build_program(types: dict[Expr, Type], modules: dict[str, MypyFile],
                  rejected: list[str] | None = None, dce: bool = True) -> o.ModuleIR:
    """The IR of the whole program.  `rejected`: the validator's errors, reported
    with those of lowering, all at once, sorted (UserError).  dce=False keeps
    all of every stdlib module's top level (see unused_globals.py)."""
    # lowering recurses over expressions: a flat sum of a few hundred terms is as
    # deep; mypy raises the limit the same way
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1 << 14))
    modules = {k: v for k, v in modules.items() if k not in INTRINSIC}
    ctx = Context(types, modules, Lowering())
    rejected = rejected or []
    for m in rejected:
        loc = location(m)
        if loc is not None:
            ctx.rejected.setdefault(loc[0], set()).add(loc[1])
    stopped: list[str] = []
    try:
        lower_program(ctx, dce)
    except UserError as e:   # outside the units of Context.attempt: lowering stops
        ctx.errors += e.messages
    except Exception as e:
        if not (rejected or ctx.errors):
            raise
        # after a user error, possibly a consequence of it: the errors come first
        stopped = [f"unicc: note: lowering stopped at an internal error after these errors "
                   f"({type(e).__name__}: {e}); fix them first"]
    # what the validator said at a place is all that is said there
    said = {location(m) for m in rejected}
    errors = rejected + [m for m in ctx.errors if location(m) not in said]
    if errors:
        raise UserError(sort_messages(errors) + stopped)
    return ctx.ir


def lower_program(ctx: Context, dce: bool = True) -> None:
    modules = ctx.modules
    classes: list[tuple[str, ClassDef]] = []
    funcs: list[tuple[str, FuncDef]] = []
    for name, f in modules.items():
        for s in f.defs if name not in HELPERS else ():   # lowered where used (percent.py)
            collect(ctx, name, s, classes, funcs)
    qualnames.record(modules, ctx.qualnames, ctx.fn_qualnames)
    classes += local_classes(ctx, funcs, classes)
    classes.sort(key=lambda mc: len(mc[1].info.mro))
    # prepare: classes, layouts and every specialisation, before any function is lowered
    for mod, cdef in classes:   # a class that is not declared is an error where it is used
        ctx.attempt(mod, cdef, partial(declare_classes, ctx, mod, [cdef]), skip=False)
    specialise_static(ctx)
    for mod, fdef in funcs:
        if is_generic(fdef):   # compiled per use, see generic.py
            ctx.generic_defs[fdef.fullname] = mod
        else:
            ctx.funcs[fdef.fullname] = func_info(ctx, fdef.fullname, fdef)
    for name, (mod, fdef, symbol) in ctx.externs.items():
        ctx.funcs[name] = func_info(ctx, name, fdef)
        extern_wrapper(ctx, mod, fdef, symbol)
    plan_specialisations(ctx)
    find_early_globals(ctx)
    find_conditional_imports(ctx)
    ctx.ready = True
    # each function, method and top-level statement is one unit: an error in
    # one is recorded and the others are still lowered (Context.attempt)
    for info, ci in ctx.pending:
        ctx.compile_methods(info.module_name, info, ci)
    for mod, fdef in funcs:
        if fdef.fullname in ctx.funcs:
            ctx.attempt(mod, fdef, partial(ctx.compile_function, mod, fdef, ctx.funcs[fdef.fullname], fdef.name))
    for mod, cdef in classes:
        compile_class(ctx, mod, cdef)
    lower_inits(ctx, {n: f for n, f in modules.items() if n not in HELPERS}, partial(compile_module_init, ctx), dce)
    main = o.FuncIR("unicc_main", [], VOID, exported=True, module="__main__")
    ctx.ir.functions.append(main)
    b = Builder(ctx, "__main__", main)
    b.emit(o.Call(None, init_name("__main__"), []))
    b.emit(o.Return(None))
    b.activate(b.error_exit)
    b.emit(o.Return(None))


def extern_wrapper(ctx: Context, module: str, fdef: FuncDef, symbol: str) -> None:
    """An @extern function: its parameters passed on to the C symbol (LLVM inlines this)."""
    info = ctx.funcs[fdef.fullname]
    ctx.ir.externs[symbol] = (ctx.path_of.get(module, module), fdef.line, fdef.column)
    b, regs = new_function(ctx, module, info.name, list(zip(info.arg_names, info.params)), info.ret,
                           fdef.name)
    r = b.call_rt(symbol, regs, info.ret)
    b.emit(o.Return(None if info.ret.is_void else r))
    b.finish()


def collect(ctx: Context, module: str, s: Statement, classes: list[tuple[str, ClassDef]],
            funcs: list[tuple[str, FuncDef]]) -> None:
    """Top-level definitions and globals, including those under if/try at module level."""
    if isinstance(s, ClassDef):
        classes.append((module, s))
    elif isinstance(s, FuncDef) and is_declaration(s):
        pass
    elif isinstance(s, FuncDef):
        if any(f.fullname == s.fullname for _, f in funcs):
            raise ctx.error(module, s, f"function '{s.name}' is defined twice (e.g. in both branches of an if): "
                                       "this is not supported by unicc; define it once and test inside it")
        bound = ctx.modules[module].names.get(s.name)
        if bound is not None and bound.node is not None and bound.node.fullname != s.fullname:
            # `if c: from m import f` / `else: def f()`: mypy resolves every f to m's
            raise ctx.error(module, s, f"function '{s.name}' is defined where an import also binds the name "
                                       f"({bound.node.fullname}): this is not supported by unicc; give it its "
                                       "own name")
        funcs.append((module, s))
    elif isinstance(s, Decorator):
        symbol = extern_symbol(s)
        if is_lowered(s):
            pass   # calls of it are lowered by the compiler (builtin_funcs.py)
        elif symbol is not None:
            ctx.externs[s.func.fullname] = (module, s.func, symbol)
        elif cache_decorator(s) is not None:
            funcs.append((module, s.func))
            ctx.attempt(module, s, partial(declare_cache, ctx, module, s))
        elif is_singledispatch(s):
            funcs.append((module, s.func))
        elif s.decorators and registered_on(s.decorators[0]) is not None:
            if s.func.name == "_":   # `@f.register def _(...)`, mypy's one redefinable name: each its own
                s.func._fullname = f"{s.func.fullname}@{s.func.line}"
            funcs.append((module, s.func))   # register() gives the function back unchanged
            ctx.attempt(module, s, partial(register, ctx, module, s))
        elif user_decorated(s):
            funcs.append((module, s.func))   # the name is bound to the decorated value (decorators.py)
            ctx.global_var(decorated_global(s), mapper.rtype(s.var.type))
        elif s.decorators:
            ctx.attempt(module, s, partial(reject, ctx, module, s, "decorated functions are not supported by unicc"))
        else:
            funcs.append((module, s.func))
    elif isinstance(s, OverloadedFuncDef) and isinstance(s.impl, (FuncDef, Decorator)):
        collect(ctx, module, s.impl, classes, funcs)   # the @overload items only tell mypy the types
    elif isinstance(s, OverloadedFuncDef):
        ctx.attempt(module, s, partial(reject, ctx, module, s, "@overload without an implementation is not "
                                                            "supported by unicc"))
    elif isinstance(s, AssignmentStmt) and isinstance(s.rvalue, CallExpr) and \
            isinstance(s.rvalue.analyzed, NamedTupleExpr):
        defn = s.rvalue.analyzed.info.defn   # P = NamedTuple('P', [('x', int)]): a class made by mypy
        if defn.line < 0:
            defn.set_line(s)   # errors about it point at the assignment
        classes.append((module, defn))
    elif isinstance(s, AssignmentStmt):
        for lv in s.lvalues:
            declare_globals(ctx, lv)
    elif isinstance(s, ForStmt):
        declare_globals(ctx, s.index)
        collect_block(ctx, module, s.body, classes, funcs)
    elif isinstance(s, (IfStmt,)):
        for body in s.body:
            collect_block(ctx, module, body, classes, funcs)
        if s.else_body:
            collect_block(ctx, module, s.else_body, classes, funcs)
    elif isinstance(s, (WhileStmt,)):
        collect_block(ctx, module, s.body, classes, funcs)
    elif isinstance(s, TryStmt):
        collect_block(ctx, module, s.body, classes, funcs)
        for h in s.handlers:
            collect_block(ctx, module, h, classes, funcs)
        for v in s.vars:
            if v is not None:
                declare_globals(ctx, v)
        if s.finally_body:
            collect_block(ctx, module, s.finally_body, classes, funcs)
    elif isinstance(s, OperatorAssignmentStmt):
        declare_globals(ctx, s.lvalue)


def local_classes(ctx: Context, funcs: list[tuple[str, FuncDef]],
                  classes: list[tuple[str, ClassDef]]) -> list[tuple[str, ClassDef]]:
    """Classes defined inside functions, methods and classes.  Each is compiled once, as
    a class of the module is: the class statement (statement.py) runs the
    body's assignments each time it is executed.  One that reads a local
    variable of the function around it would need a class per execution."""
    out: list[tuple[str, ClassDef]] = []

    def visit_in(mod: str) -> Callable[[Node], bool]:
        def visit(n: Node) -> bool:
            if not isinstance(n, ClassDef):
                return True
            local = enclosing_local(n)
            if local is not None:
                ctx.attempt(mod, local, partial(
                    reject, ctx, mod, local, f"class {n.name} reads '{local.name}', a local variable of the "
                    "function it is defined in: unicc compiles a class defined in a function once, so it may "
                    "read globals and its own names only"))
            else:
                out.append((mod, n))
                for st in n.defs.body:
                    walk(st, visit)
            return False
        return visit
    bodies = [(m, f.body) for m, f in funcs] + [(m, f.body) for m, c in classes for s in c.defs.body
                                                for f in method_defs(s)]
    for mod, body in bodies:
        for st in body.body:
            walk(st, visit_in(mod))
    for mod, c in classes:   # a class in the body of a module's class
        for st in c.defs.body:
            if isinstance(st, ClassDef):
                walk(st, visit_in(mod))
    return out


def enclosing_local(c: ClassDef) -> NameExpr | None:
    """The first name in class c that reads a local variable of a function around it."""
    found: list[NameExpr] = []

    def find(node: Node, outer: set[Var] | None) -> None:
        def visit(n: Node) -> bool:
            if isinstance(n, NameExpr) and isinstance(n.node, Var) and \
                    (n.node in outer if outer is not None else n.kind == LDEF):
                found.append(n)
            return not found
        walk(node, visit)
    for item in c.defs.body:
        f = item.func if isinstance(item, Decorator) else item
        if isinstance(f, FuncDef):
            find(f, free_vars(f))
        elif not isinstance(item, (OverloadedFuncDef, ClassDef)):
            find(item, None)
    return found[0] if found else None


def reject(ctx: Context, module: str, node: Node, msg: str) -> None:
    raise ctx.error(module, node, msg)


def collect_block(ctx: Context, module: str, block: Block, classes: list[tuple[str, ClassDef]],
                  funcs: list[tuple[str, FuncDef]]) -> None:
    if block.is_unreachable:   # `if sys.version_info < (3, 9):`'s, which mypy leaves unanalysed
        return
    for s in block.body:
        collect(ctx, module, s, classes, funcs)


def declare_globals(ctx: Context, lv: Expression) -> None:
    if isinstance(lv, NameExpr) and isinstance(lv.node, Var):
        v = lv.node
        if v.type is not None and not v.is_final or v.final_value is None:
            ctx.global_var(v.fullname, mapper.rtype(v.type))
    elif isinstance(lv, (TupleExpr, ListExpr)):
        for x in lv.items:
            declare_globals(ctx, x)


def assigned_by_functions(ctx: Context) -> set[str]:
    """Globals some function may assign (`global x`, `m.x = ...`): the top level
    cannot tell whether a call set them."""
    out: set[str] = set()
    for name, f in ctx.modules.items():
        def visit(n: Node, name: str = name) -> bool:
            if isinstance(n, GlobalDecl):
                out.update(f"{name}.{x}" for x in n.names)
            elif isinstance(n, MemberExpr) and isinstance(n.expr, NameExpr) and isinstance(n.expr.node, MypyFile):
                out.add(f"{n.expr.node.fullname}.{n.name}")
            return True
        for d in f.defs:
            walk(d, visit)
    return out


def compile_module_init(ctx: Context, name: str, f: MypyFile, skip: set[Statement]) -> None:
    fn = o.FuncIR(init_name(name), [], VOID, module=name, source_name="<module>")
    ctx.ir.functions.append(fn)
    b = Builder(ctx, name, fn)
    flag = ctx.global_var(f"{name}.<initialised>", BOOL)
    done, run = b.new_block(), b.new_block()
    cur = b.reg(BOOL)
    b.emit(o.GetGlobal(cur, flag.name))
    b.branch(cur, done, run)
    b.activate(done)
    b.emit(o.Return(None))
    b.activate(run)
    b.emit(o.SetGlobal(flag.name, b.const(True, BOOL)))
    for s in f.defs:
        if s not in skip:   # unused stdlib data (unused_globals.py)
            ctx.attempt(name, s, partial(b.accept_stmt, s))
        for stack in (b.handlers, b.finally_stack, b.loops, b.current_exc):
            stack.clear()   # as they are between top-level statements, after one that failed
    # errors of statements nested in blocks (a for loop's body), which
    # accept_block recorded and went on: without this they were dropped and
    # the block they left unfinished ended the program silently
    ctx.attempt(name, f, b.raise_stmt_errors, skip=False)
    if not b.block.terminated:
        b.emit(o.Return(None))
    b.activate(b.error_exit)
    b.emit(o.Return(None))
    if ctx.assigned_globals is None:   # one walk of the program for all modules
        ctx.assigned_globals = assigned_by_functions(ctx)
    check_unbound(b, ctx.assigned_globals)
