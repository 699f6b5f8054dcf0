"""Functions: bodies, prologue/epilogue, closures, lambdas, function values.

A function value (a Callable) is an object whose field 0 is the address of
code taking the object itself as a hidden first argument, followed by the
cells of the variables it captured.  Captured variables live in cells (one
word boxes) so the defining function and its closures share them.
"""

from __future__ import annotations

from mypy.nodes import (
    ARG_POS, ARG_OPT, Argument, Decorator, Expression, FuncDef, FuncItem, LambdaExpr, NameExpr,
    NonlocalDecl, OverloadedFuncDef, TypeInfo, Var, LDEF, IntExpr, StrExpr, FloatExpr, UnaryExpr, BytesExpr,
    AssignmentStmt, ForStmt, TryStmt, AssignmentExpr, GeneratorExpr, ListComprehension,
    SetComprehension, DictionaryComprehension, ReturnStmt, Block, TupleExpr, ListExpr,
    OperatorAssignmentStmt, CallExpr, MemberExpr,
)
from mypy.nodes import Node

from unicc.frontend.walk import walk

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, PTR, VOID, RType, K_I64
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, Context, FuncInfo, new_function
from unicc.irbuild.statement import lower_block



# ---- variable analysis --------------------------------------------------------------

_nested_vars: dict[FuncDef, Var] = {}


def def_var(f: FuncDef) -> Var:
    """The local variable a nested `def` binds (mypy binds the name to the FuncDef)."""
    v = _nested_vars.get(f)
    if v is None:
        v = _nested_vars[f] = Var(f.name, f.type)
    return v


def local_refs(f: FuncItem) -> set[Var]:
    """Local variables referenced anywhere inside f (nested functions included)."""
    used: set[Var] = set()

    def visit(n: Node) -> bool:
        if isinstance(n, NameExpr) and n.kind == LDEF and isinstance(n.node, Var):
            used.add(n.node)
        elif isinstance(n, NameExpr) and n.kind == LDEF and isinstance(n.node, FuncDef):
            used.add(def_var(n.node))
        return True
    walk(f.body, visit)
    for a in f.arguments:
        if a.initializer is not None:
            walk(a.initializer, visit)
    return used


def own_defs(f: FuncItem) -> set[Var]:
    """Variables f defines itself: parameters and assignment targets, not those of
    nested functions and not those declared nonlocal."""
    defined: set[Var] = {a.variable for a in f.arguments}
    nonlocal_names: set[str] = set()

    def target(e: Expression) -> None:
        if isinstance(e, NameExpr) and isinstance(e.node, Var) and e.kind == LDEF:
            defined.add(e.node)
        elif isinstance(e, (TupleExpr, ListExpr)):
            for x in e.items:
                target(x)

    def visit(n: Node) -> bool:
        if isinstance(n, FuncDef):
            defined.add(def_var(n))
            return False
        if isinstance(n, LambdaExpr):
            return False
        if isinstance(n, NonlocalDecl):
            nonlocal_names.update(n.names)
        elif isinstance(n, AssignmentStmt):
            for lv in n.lvalues:
                target(lv)
        elif isinstance(n, OperatorAssignmentStmt):
            target(n.lvalue)
        elif isinstance(n, ForStmt):
            target(n.index)
        elif isinstance(n, TryStmt):
            for v in n.vars:
                if v is not None:
                    target(v)
        elif isinstance(n, AssignmentExpr):
            target(n.target)
        elif isinstance(n, (GeneratorExpr, DictionaryComprehension)):
            for i in n.indices:
                target(i)
        return True
    for st in f.body.body:
        walk(st, visit)
    return {v for v in defined if v.name not in nonlocal_names}


def free_vars(f: FuncItem) -> set[Var]:
    return local_refs(f) - own_defs(f)


def nested_funcs(f: FuncItem) -> list[FuncItem]:
    """Functions nested in f, including generator expressions that are values."""
    from unicc.irbuild.generator import genexpr_func
    out: list[FuncItem] = []
    consumed: set[GeneratorExpr] = set()

    def visit(n: Node) -> bool:
        if isinstance(n, (FuncDef, LambdaExpr)):
            out.append(n)
        elif isinstance(n, CallExpr) and (isinstance(n.callee, NameExpr) and n.callee.fullname.startswith("builtins.")
                                          or isinstance(n.callee, MemberExpr) and n.callee.name in CONSUMERS):
            consumed.update(a for a in n.args if isinstance(a, GeneratorExpr))
        elif isinstance(n, ForStmt) and isinstance(n.expr, GeneratorExpr):
            consumed.add(n.expr)
        elif isinstance(n, GeneratorExpr) and n not in consumed:
            out.append(genexpr_func(n))
        return True
    for st in f.body.body:
        walk(st, visit)
    return out


# methods that take an iterable and use it up at once: a generator expression
# passed to them runs in place, with no frame of its own
CONSUMERS = {"join", "extend", "update", "union", "intersection", "difference", "issubset"}


def captured_vars(f: FuncItem) -> list[Var]:
    """Variables of f that nested functions use: they must live in cells.  In
    source order, so the image does not depend on how a set was hashed."""
    mine = own_defs(f)
    out: set[Var] = set()
    for g in nested_funcs(f):
        out |= free_vars(g) & mine
    return sorted(out, key=lambda v: (v.line, v.name))


# ---- compiling a function ------------------------------------------------------------

def func_info(ctx: Context, name: str, f: FuncItem, self_type: RType | None = None,
              has_env: bool = False, subst: dict[str, RType] | None = None) -> FuncInfo:
    t = f.type
    params: list[RType] = []
    names: list[str] = []
    defaults: list[Expression | None] = []
    if has_env:
        params.append(OBJ)
        names.append("<env>")
        defaults.append(None)
    for i, a in enumerate(f.arguments):
        # *args/**kwargs never get here: the validator reports them with their location
        assert a.kind in (ARG_POS, ARG_OPT) or a.kind.is_named(), a.kind
        if i == 0 and self_type is not None:
            params.append(self_type)
        else:
            at = t.arg_types[i] if isinstance(t, mapper.CallableType) else a.variable.type
            params.append(mapper.rtype(at, subst))
        names.append(a.variable.name)
        defaults.append(a.initializer)
    ret = mapper.ret_rtype(t.ret_type, subst) if isinstance(t, mapper.CallableType) else VOID
    ptypes = ([None] if has_env else []) + (list(t.arg_types) if isinstance(t, mapper.CallableType)
                                            else [None] * len(f.arguments))
    return FuncInfo(name, params, ret, names, defaults, has_env, ptypes)


def captured_type(outer: Builder | None, v: Var) -> RType:
    """The cell type of a variable a nested function captures (by value when the
    enclosing function did not put it in a cell)."""
    if outer is None:
        return OBJ
    if v in outer.cell_types:
        return outer.cell_types[v]
    return outer.locals[v].type if v in outer.locals else OBJ


def bind_params(b: Builder, f: FuncItem, info: FuncInfo, outer: Builder | None,
                env_vars: list[Var] | None) -> list[o.Register]:
    """Registers for the closure (if any) and the parameters of f, in order."""
    regs = []
    if info.has_env:
        b.env = b.reg(OBJ, "env")
        regs.append(b.env)
        for i, v in enumerate(env_vars or []):
            b.env_slots[v] = 1 + i
            b.cell_types[v] = captured_type(outer, v)
    ptypes = info.params[1:] if info.has_env else info.params
    for a, t in zip(f.arguments, ptypes):
        r = b.reg(t, a.variable.name)
        regs.append(r)
        b.py_params.append(r)
        b.locals[a.variable] = r
    return regs


def compile_function(ctx: Context, module: str, f: FuncItem, info: FuncInfo, source_name: str,
                     outer: Builder | None = None, env_vars: list[Var] | None = None,
                     subst: dict[str, RType] | None = None, cls_info: TypeInfo | None = None) -> o.FuncIR:
    if f.is_generator or f.is_coroutine:
        from unicc.irbuild.generator import compile_generator
        return compile_generator(ctx, module, f, info, source_name, outer, env_vars, subst)
    fn = o.FuncIR(info.name, [], info.ret, line=f.line, module=module, source_name=source_name)
    ctx.ir.functions.append(fn)
    b = Builder(ctx, module, fn)
    b.subst = dict(subst or {})
    b.cls_info = cls_info
    if isinstance(f.type, mapper.CallableType):
        b.ret_type = f.type.ret_type
    if outer is not None:
        b.subst.update(outer.subst)
    fn.params.extend(bind_params(b, f, info, outer, env_vars))
    for v in captured_vars(f):
        make_cell(b, v)
    prologue(b)
    lower_block(b, f.body)
    if not b.block.terminated:
        b.emit(o.Return(None if info.ret.is_void else b.zero(info.ret)))
    b.finish()
    return fn


def make_cell(b: Builder, v: Var) -> None:
    t = mapper.rtype(v.type, b.subst) if v.type is not None else OBJ
    sym = cell_type(b.ctx, t)
    cell = b.alloc(sym, 1)
    keep = b.reg(OBJ, f"cell_{v.name}")
    b.assign(keep, cell)
    if v in b.locals:   # a parameter: move it into its cell
        b.set_field(keep, 0, b.locals.pop(v))
    b.cells[v] = keep
    b.cell_types[v] = t


def cell_type(ctx: Context, t: RType) -> str:
    return ctx.builtin_class(f"type.cell.{t.kind}", "cell", [("value", t)])


def prologue(b: Builder) -> None:
    """Deep recursion raises RecursionError, as in CPython, before the machine
    stack overflows: the limit is the stack pointer against rt_stack_limit,
    set by the runtime from the platform's stack (no counter to maintain)."""
    low = b.reg(BOOL)
    b.emit(o.StackLow(low))
    bad, ok = b.new_block(), b.new_block()
    b.branch(low, bad, ok)
    b.activate(bad)
    b.call_rt("rt_raise_msg", [b.addr("rt_type_RecursionError"),
                               b.const(o.CStrConst("maximum recursion depth exceeded"), OBJ)], raises=False)
    b.emit(o.Return(None if b.fn.ret.is_void else b.zero(b.fn.ret)))
    b.activate(ok)


# ---- closures ---------------------------------------------------------------------------

def closure_class(ctx: Context, name: str, ncells: int) -> str:
    fields = [("code", I64)] + [(f"cell{i}", OBJ) for i in range(ncells)]
    return ctx.builtin_class(f"type.closure.{ncells}", "function", fields)


def make_closure(b: Builder, code: str, cells: list[o.Register]) -> o.Register:
    sym = closure_class(b.ctx, code, len(cells))
    obj = b.alloc(sym, 1 + len(cells))
    b.set_field(obj, 0, b.addr(code))
    for i, c in enumerate(cells):
        b.set_field(obj, 1 + i, c)
    return obj


def call_closure(b: Builder, fn: o.Register, args: list[o.Register], ret: RType, n: int) -> o.Register:
    code = b.get_field(fn, 0, PTR)
    return b.call_ptr(code, [fn] + args, ret)


def cells_for(b: Builder, vars_: list[Var]) -> list[o.Register]:
    out = []
    for v in vars_:
        if v in b.cells:
            out.append(b.cells[v])
        elif v in b.env_slots:
            assert b.env is not None
            out.append(b.get_field(b.env, b.env_slots[v], OBJ))
        else:   # not seen as captured: capture its current value
            t = b.locals[v].type
            cell = b.alloc(cell_type(b.ctx, t), 1)
            b.set_field(cell, 0, b.locals[v])
            b.cell_types.setdefault(v, t)
            out.append(cell)
    return out


def nested_def(b: Builder, s: FuncDef | Decorator | OverloadedFuncDef) -> None:
    if not isinstance(s, FuncDef):
        raise b.ctx.error(b.module, s, "decorated nested functions are not supported by unicc")
    env_vars = reachable_free_vars(b, s)
    v0 = s_var(b, s)
    if v0 in free_vars(s) and v0 not in env_vars:
        env_vars.append(v0)   # a nested function that calls itself
    name = b.ctx.unique(f"{b.fn.name}.{s.name}")
    info = func_info(b.ctx, name, s, has_env=True, subst=b.subst)
    compile_function(b.ctx, b.module, s, info, s.name, outer=b, env_vars=env_vars, subst=b.subst)
    v = s_var(b, s)
    if v not in b.cells and v in env_vars:
        make_cell(b, v)   # a function that calls itself captures its own variable
    obj = make_closure(b, name, cells_for(b, env_vars))
    from unicc.irbuild.expression import store_var
    store_var(b, v, obj, NameExpr(s.name))


def s_var(b: Builder, s: FuncDef) -> Var:
    return def_var(s)


def reachable_free_vars(b: Builder, f: FuncItem) -> list[Var]:
    """Free variables the enclosing code keeps in cells; the rest (module-level
    names, comprehension variables at module level) are globals."""
    return sorted((v for v in free_vars(f) if v in b.cells or v in b.env_slots or v in b.locals),
                  key=lambda v: v.name)


def lower_lambda(b: Builder, e: LambdaExpr) -> o.Register:
    env_vars = reachable_free_vars(b, e)
    name = b.ctx.unique(f"{b.fn.name}.lambda")
    ct = mapper.proper(b.ctx.types.get(e))
    want = mapper.proper(b.expected.pop(e, None))
    if isinstance(ct, mapper.CallableType) and isinstance(want, mapper.CallableType):
        # callers see the declared Callable type: return what they expect
        ct = ct.copy_modified(ret_type=want.ret_type)
    e_type = e.type
    if isinstance(ct, mapper.CallableType):
        e.type = ct
    info = func_info(b.ctx, name, e, has_env=True, subst=b.subst)
    e.type = e_type
    compile_function(b.ctx, b.module, e, info, "<lambda>", outer=b, env_vars=env_vars, subst=b.subst)
    return make_closure(b, name, cells_for(b, env_vars))


def function_value(b: Builder, e: Expression, f: FuncDef) -> o.Register:
    """A function used as a value: nested ones are in a variable; module-level ones
    get a trampoline that ignores the closure argument."""
    nv = _nested_vars.get(f)
    if nv is not None:
        from unicc.irbuild.expression import load_var
        return load_var(b, e, nv)
    info = b.ctx.funcs.get(f.fullname)
    if info is None:
        raise b.ctx.error(b.module, e, f"using '{f.name}' as a value is not supported by unicc")
    want = mapper.proper(b.expected.pop(e, None))
    ret = mapper.ret_rtype(want.ret_type, b.subst) if isinstance(want, mapper.CallableType) else info.ret
    # a Callable type with fewer parameters: the rest take their defaults, which
    # the function object keeps (evaluated when it is made, i.e. after the def)
    k = len(want.arg_types) if isinstance(want, mapper.CallableType) else len(info.params)
    kept = [i for i in range(k, len(info.params))]
    tramp = f"{info.name}.value.{ret}.{k}"
    if not any(fn.name == tramp for fn in b.ctx.ir.functions):
        params = [("env", OBJ)] + list(zip(info.arg_names, info.params[:k]))
        tb, (env, *args) = new_function(b.ctx, b.module, tramp, params, ret, f.name)
        args += [tb.get_field(env, 1 + j, info.params[i]) for j, i in enumerate(kept)]
        r = tb.reg(info.ret) if not info.ret.is_void else None
        tb.emit(o.Call(r, info.name, args))
        tb.check_exc()
        tb.emit(o.Return(tb.coerce(r, ret) if r is not None and not ret.is_void else
                         (tb.none() if not ret.is_void else None)))
        tb.finish()
    if kept:
        from unicc.irbuild.call import default_value
        defaults = [default_value(b, info, i, info.defaults[i]) for i in kept]  # type: ignore[arg-type]
        # the defaults keep their own word kinds
        fields = [("code", I64)] + [(f"default{i}", info.params[i]) for i in kept]
        sym = b.ctx.builtin_class(f"type.closure.{tramp}", "function", fields)
        obj = b.alloc(sym, 1 + len(kept))
        b.set_field(obj, 0, b.addr(tramp))
        for j, d in enumerate(defaults):
            b.set_field(obj, 1 + j, d)
        return obj
    # one function object per function, so `f == f` and `f is f` hold
    return b.global_object(f"{tramp}.object", lambda: make_closure(b, tramp, []))


def init_defaults(b: Builder, f: FuncDef) -> None:
    """Non-literal defaults are evaluated once, when the def statement runs."""
    info = b.ctx.funcs.get(f.fullname)
    if info is None:
        return
    for i, d in enumerate(info.defaults):
        if d is not None and not is_literal(d):
            from unicc.irbuild.expression import lower_as
            g = b.ctx.global_var(f"{info.name}.default{i}", info.params[i])
            b.emit(o.SetGlobal(g.name, lower_as(b, d, info.params[i])))


def is_literal(e: Expression) -> bool:
    if isinstance(e, (IntExpr, StrExpr, FloatExpr, BytesExpr)):
        return True
    if isinstance(e, NameExpr) and e.fullname in ("builtins.None", "builtins.True", "builtins.False"):
        return True
    if isinstance(e, UnaryExpr) and e.op == "-" and isinstance(e.expr, (IntExpr, FloatExpr)):
        return True
    return False


__all__ = ["compile_function", "func_info", "call_closure", "function_value", "lower_lambda",
           "nested_def", "init_defaults", "Argument", "ReturnStmt", "Block", "SetComprehension",
           "ListComprehension", "F64", "K_I64"]
