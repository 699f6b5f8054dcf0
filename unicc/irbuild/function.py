"""Functions: bodies, prologue/epilogue, closures, lambdas, function values.

A function value (a Callable) is an object whose field 0 is the address of
code taking the object itself as a hidden first argument, followed by the
cells of the variables it captured.  Captured variables live in cells (one
word boxes) so the defining function and its closures share them.
"""

from __future__ import annotations

from mypy.nodes import (
    LDEF, ArgKind, AssignmentStmt, CallExpr, Decorator, Expression, ForStmt, FuncDef, FuncItem, LambdaExpr, MemberExpr,
    NameExpr, Node, OverloadedFuncDef, TypeInfo, Var, WhileStmt,
)
from mypy.types import ParamSpecType

from unicc.frontend.walk import walk, written
from unicc.ir import ops as o
from unicc.ir.rtypes import I64, OBJ, RType
from unicc.irbuild import mapper
from unicc.irbuild.arguments import default_value, set_def_defaults
from unicc.irbuild.builder import Builder, Context, FinallyFrame, FuncInfo, new_function
from unicc.irbuild.closures import (
    _nested_vars, bind_params, call_closure, captured_vars, closure_class, cells_for, closure_defaults, free_vars,
    func_info, make_cell, make_closure, named, optional_tail, own_defs, prologue, reachable_free_vars, s_var, spread_info, spread_params,
)
from unicc.irbuild.decorators import decorate, user_decorated, wraps_arg
from unicc.irbuild.dispatch import dispatch_prologue
from unicc.irbuild.generator import compile_generator
from unicc.irbuild.itemtype import GENERATOR_TYPES
from unicc.irbuild.names import load_var, store_var
from unicc.irbuild.unbound import check_unbound


def compile_function(ctx: Context, module: str, f: FuncItem, info: FuncInfo, source_name: str,
                     outer: Builder | None = None, env_vars: list[Var] | None = None,
                     subst: dict[str, RType] | None = None, cls_info: TypeInfo | None = None) -> o.FuncIR:
    if f.is_generator or f.is_coroutine:
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
    b.param_specs = outer.param_specs if outer is not None else ctx.param_specs.get(info.name, {})
    fn.params.extend(bind_params(b, f, info, outer, env_vars))
    b.own_vars = set(own_defs(f))
    for v in captured_vars(f):
        make_cell(b, v)
    prologue(b)
    if isinstance(f, FuncDef) and f.fullname in ctx.dispatch:
        dispatch_prologue(b, f)
    owned = owned_generators(b, f)
    if owned:
        b.owned_gens = {v: b.reg(OBJ, v.name) for v in owned}
        for r in b.owned_gens.values():
            b.assign(r, b.none())

        def drop() -> None:
            for r in b.owned_gens.values():
                b.call_rt("rt_gen_drop", [r], raises=False)
        b.finally_stack.append(FinallyFrame(drop))
    b.accept_block(f.body)
    b.raise_stmt_errors()
    if not b.block.terminated:
        b.unwind_finally(0)
        b.emit(o.Return(None if info.ret.is_void else b.zero(info.ret)))
    b.finish()
    check_unbound(b)
    return fn


def owned_generators(b: Builder, f: FuncItem) -> list[Var]:
    """Local variables that hold a generator no one else refers to: assigned
    once, outside loops, from a call typed as a generator, and used only as a
    for loop's iterable, next()'s argument and for send/throw/close.  CPython
    drops the last reference when the function returns, which closes the
    generator (its finally blocks and with exits run); an exception leaving
    the function keeps the frame alive in its traceback, so it is not closed
    then (nor here)."""
    allowed: set[NameExpr] = set()        # uses that keep it owned
    assigns: dict[Var, list[AssignmentStmt]] = {}
    in_loop: set[AssignmentStmt] = set()
    names: list[NameExpr] = []

    def mark_loop(n: Node) -> bool:
        if isinstance(n, AssignmentStmt):
            in_loop.add(n)
        return not isinstance(n, (FuncDef, LambdaExpr))

    def visit(n: Node) -> bool:
        if isinstance(n, (FuncDef, LambdaExpr)):
            return False   # nested functions: captured_vars excludes what they use
        if isinstance(n, AssignmentStmt) and len(n.lvalues) == 1:
            lv = n.lvalues[0]
            if isinstance(lv, NameExpr) and isinstance(lv.node, Var) and lv.kind == LDEF:
                allowed.add(lv)
                assigns.setdefault(lv.node, []).append(n)
        elif isinstance(n, (ForStmt, WhileStmt)):
            walk(n.body, mark_loop)
            if isinstance(n, ForStmt) and isinstance(n.expr, NameExpr):
                allowed.add(n.expr)
        elif isinstance(n, CallExpr):
            c = n.callee
            if isinstance(c, NameExpr) and c.fullname == "builtins.next" and n.args and isinstance(n.args[0], NameExpr):
                allowed.add(n.args[0])
            if isinstance(c, MemberExpr) and c.name in ("send", "throw", "close") and isinstance(c.expr, NameExpr):
                allowed.add(c.expr)
        elif isinstance(n, NameExpr):
            names.append(n)
        return True
    walk(f.body, visit)
    escaped = {n.node for n in names if n not in allowed}
    captured = set(captured_vars(f))
    return [v for v, ss in assigns.items()
            if len(ss) == 1 and ss[0] not in in_loop and v not in escaped and v not in captured
            and isinstance(ss[0].rvalue, CallExpr)
            and mapper.fullname(b.ctx.types.get(ss[0].rvalue)) in GENERATOR_TYPES]


def nested_def(b: Builder, s: FuncDef | Decorator | OverloadedFuncDef, wrapped: o.Register | None = None) -> None:
    if isinstance(s, Decorator) and user_decorated(s) and not s.func.is_generator and not s.func.is_coroutine:
        nested_def(b, s.func, wraps_arg(b, s))
        ref = NameExpr(s.name)
        ref.set_line(s)
        store_var(b, s.var, decorate(b, s, load_var(b, ref, s_var(b, s.func))), ref)
        return
    if not isinstance(s, FuncDef):
        decorators = s.decorators if isinstance(s, Decorator) else []
        what = f"decorator @{written(decorators[0])} on" if decorators else "decorated"
        raise b.ctx.error(b.module, s, f"{what} nested function {s.name}: decorated nested functions are not "
                                       "supported by unicc")
    if isinstance(s.original_def, FuncDef) and any(a.initializer is not None
                                                   for a in s.arguments + s.original_def.arguments):
        raise b.ctx.error(b.module, s, f"function '{s.name}' is defined twice with default parameter values: "
                                       "this is not supported by unicc")
    env_vars = reachable_free_vars(b, s)
    v0 = s_var(b, s)
    if v0 in free_vars(s) and v0 not in env_vars:
        env_vars.append(v0)   # a nested function that calls itself
    name = b.ctx.unique(f"{b.fn.name}.{s.name}")
    info = func_info(b.ctx, name, s, has_env=True, subst=b.subst)
    if any(spread_params(b.param_specs, a) is not None for a in s.arguments):
        spread_info(info, s, b.param_specs, b.subst)
    # the defaults are evaluated here, in the defining scope, once: the function object keeps them
    defaults = [b.accept_as(s.arguments[i].initializer, info.params[1 + i])  # type: ignore[arg-type]
                for i in closure_defaults(s)]
    compile_function(b.ctx, b.module, s, info, s.name, outer=b, env_vars=env_vars, subst=b.subst)
    v = s_var(b, s)
    if v not in b.cells and v in env_vars:
        make_cell(b, v)   # a function that calls itself captures its own variable
    obj = make_closure(b, name, cells_for(b, env_vars), defaults, named(b, s, wrapped))
    nested_omitting_entries(b, s, info)
    store_var(b, v, obj, NameExpr(s.name))


def nested_omitting_entries(b: Builder, s: FuncDef, info: FuncInfo) -> None:
    """omitting_entries for a nested def: the defaults that are not literals come
    from its function object's fields, where the def put them when it ran."""
    ci = b.ctx.classes[f"type.fn.{info.name}"].ir
    kept = closure_defaults(s)
    n = len(s.arguments)
    for m in range(1, optional_tail(s.arg_kinds) + 1):
        name = f"{info.name}.omit{m}"
        tb, (env, *args) = new_function(b.ctx, b.module, name, [("env", OBJ)] + list(
            zip(info.arg_names[1:1 + n - m], info.params[1:1 + n - m])), info.ret, s.name)
        tb.subst = b.subst
        for i in range(n - m, n):
            d = s.arguments[i].initializer
            assert d is not None
            args.append(tb.get_field(env, 1 + kept.index(i), info.params[1 + i]) if i in kept
                        else tb.accept_as(d, info.params[1 + i]))
        returned(tb, tb.call(info, [env, *args]), info.ret, info.ret)
        ci.vtable.append(name)


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
    return make_closure(b, name, cells_for(b, env_vars), named=named(b, e))


def function_value(b: Builder, e: Expression, f: FuncDef) -> o.Register:
    """A function used as a value: nested ones are in a variable; module-level ones
    get a trampoline that ignores the closure argument."""
    if any(k.is_star() for k in f.arg_kinds) and e not in b.callees and \
            (f.fullname not in b.ctx.funcs and "." in f.fullname or   # a library's (no arguments kept)
             any(a.kind.is_star() and spread_params(b.param_specs, a) is None and
                 not isinstance(mapper.proper(a.variable.type), ParamSpecType) for a in f.arguments)):
        raise b.ctx.error(b.module, e, f"using '{written(e) or f.name}', a function with *args or **kwargs, "
                                       "as a value is not supported by unicc")
    nv = _nested_vars.get(f)
    if nv is not None:
        want = mapper.proper(b.expected.get(e))
        # a Callable with fewer parameters, or another result kind (a `-> None`
        # def as a Callable[[], object] returns None): a function object adapting it
        if isinstance(want, mapper.CallableType) and (
                len(want.arg_types) < len(f.arguments) or isinstance(f.type, mapper.CallableType) and
                mapper.ret_rtype(f.type.ret_type, b.subst) != mapper.ret_rtype(want.ret_type, b.subst)):
            b.expected.pop(e)
            return nested_value(b, f, load_var(b, e, nv), want)
        return load_var(b, e, nv)
    info = b.ctx.funcs.get(f.fullname)
    if info is None:
        raise b.ctx.error(b.module, e, f"using '{written(e) or f.name}' as a value is not supported by unicc")
    want = mapper.proper(b.expected.pop(e, None))
    ret = mapper.ret_rtype(want.ret_type, b.subst) if isinstance(want, mapper.CallableType) else info.ret
    k = len(want.arg_types) if isinstance(want, mapper.CallableType) else len(info.params)
    kinds = want.arg_kinds if isinstance(want, mapper.CallableType) else f.arg_kinds[:k]
    # the defaults the function object keeps, evaluated when it is made (after
    # the def): those of the parameters a Callable type with fewer does not
    # pass, and, for a def a loop runs again (each run sets its defaults anew),
    # those a call through the value may leave out
    first = k - optional_tail(kinds) if runs_again(b.ctx, f) else k
    kept = list(range(first, len(info.params)))
    # the Callable type's parameters as its callers pass them (an @overload's
    # implementation taking objects, used as a Callable[[int, int], int])
    takes = [mapper.rtype(t, b.subst) for t in want.arg_types] if isinstance(want, mapper.CallableType) \
        else info.params[:k]
    takes = info.params[:k] if any(t.is_void for t in takes) else takes
    tramp = f"{info.name}.value.{ret}.{k}" + (f".from{first}" if first < k else "") + \
        ("" if takes == info.params[:k] else f".{'.'.join(map(str, takes))}")
    if not any(fn.name == tramp for fn in b.ctx.ir.functions):
        params = [("env", OBJ)] + list(zip(info.arg_names, takes))
        tb, (env, *args) = new_function(b.ctx, b.module, tramp, params, ret, f.name)
        args = [tb.coerce(a, t) for a, t in zip(args, info.params)]
        args += [tb.get_field(env, 1 + i - first, info.params[i]) for i in range(k, len(info.params))]
        returned(tb, tb.call(info, args), info.ret, ret)
    if kept:
        defaults = [default_value(b, info, i, info.defaults[i]) for i in kept]  # type: ignore[arg-type]
        # the defaults keep their own word kinds
        fields = [("code", I64)] + [(f"default{i}", info.params[i]) for i in kept]
        qualname, module, _ = named(b, f)
        sym = b.ctx.builtin_class(f"type.closure.{tramp}", qualname, fields, module)
        omitting_entries(b, sym, info, kinds, takes, ret, tramp, first)
        obj = b.alloc(sym, 1 + len(kept))
        b.set_field(obj, 0, b.addr(tramp))
        for j, d in enumerate(defaults):
            b.set_field(obj, 1 + j, d)
        return obj
    # one function object per function, so `f == f` and `f is f` hold
    obj = b.global_object(f"{tramp}.object", lambda: make_closure(b, tramp, [], named=named(b, f)))
    omitting_entries(b, f"type.fn.{tramp}", info, kinds, takes, ret, tramp, first)
    return obj


_in_loops: dict[str, set[FuncDef]] = {}


def runs_again(ctx: Context, f: FuncDef) -> bool:
    """Whether a module-level def is in a for or while loop of its module."""
    module = f.fullname.rsplit(".", 1)[0]
    found = _in_loops.get(module)
    if found is None:
        found = _in_loops[module] = set()

        def in_loop(n: Node) -> bool:
            if isinstance(n, FuncDef):
                found.add(n)
            return True

        def loop(n: Node) -> bool:
            if isinstance(n, (ForStmt, WhileStmt)):
                walk(n, in_loop)
                return False
            return not isinstance(n, FuncDef)
        tree = ctx.modules.get(module)
        for st in tree.defs if tree is not None else []:
            walk(st, loop)
    return f in found


def omitting_entries(b: Builder, sym: str, info: FuncInfo, kinds: list[ArgKind], takes: list[RType],
                     ret: RType, tramp: str, first: int) -> None:
    """A module-level function as a value: the code for calls that leave out its
    last m parameters (m = 1, 2, ...) is entry m - 1 of its descriptor's vtable,
    where a call through the value finds it (rt_fn_entry): the caller does not
    know which function it holds, so the callee fills in its defaults, from the
    object's fields for parameters from `first` on (function_value)."""
    ci = b.ctx.classes[sym].ir
    if ci.vtable:
        return
    k = len(takes)
    for m in range(1, optional_tail(kinds) + 1):
        name = f"{tramp}.omit{m}"
        if not any(fn.name == name for fn in b.ctx.ir.functions):
            params = [("env", OBJ)] + list(zip(info.arg_names, takes[:k - m]))
            tb, (env, *args) = new_function(b.ctx, b.module, name, params, ret, info.name)
            args = [tb.coerce(a, t) for a, t in zip(args, info.params)]
            args += [tb.get_field(env, 1 + i - first, info.params[i]) if i >= first
                     else default_value(tb, info, i, info.defaults[i])  # type: ignore[arg-type]
                     for i in range(k - m, len(info.params))]
            returned(tb, tb.call(info, args), info.ret, ret)
        ci.vtable.append(name)


def returned(tb: Builder, r: o.Register, have: RType, ret: RType) -> None:
    """End a function object's code: return r (of kind `have`) as `ret`."""
    tb.emit(o.Return(tb.coerce(r, ret) if not have.is_void and not ret.is_void else
                     (tb.none() if not ret.is_void else None)))
    tb.finish()


def nested_value(b: Builder, f: FuncDef, inner: o.Register, want: mapper.CallableType) -> o.Register:
    """A nested def used as a Callable with fewer parameters: a function object whose
    code calls the def's own with the rest of the arguments at their defaults."""
    info = func_info(b.ctx, f.name, f, has_env=True, subst=b.subst)
    k = len(want.arg_types)
    ret = mapper.ret_rtype(want.ret_type, b.subst)
    tramp = b.ctx.unique(f"{b.fn.name}.{f.name}.value")
    params = [("env", OBJ)] + list(zip(info.arg_names[1:1 + k], info.params[1:1 + k]))
    tb, (env, *args) = new_function(b.ctx, b.module, tramp, params, ret, f.name)
    tb.subst = b.subst
    fn = tb.get_field(env, 1, OBJ)
    kept = closure_defaults(f)
    for i in range(k, len(f.arguments)):
        d = f.arguments[i].initializer
        assert d is not None
        args.append(tb.get_field(fn, 1 + kept.index(i), info.params[1 + i]) if i in kept
                    else tb.accept_as(d, info.params[1 + i]))
    returned(tb, call_closure(tb, fn, args, info.ret, len(args)), info.ret, ret)
    sym = closure_class(b.ctx, tramp, 1)
    obj = b.alloc(sym, 2)
    b.set_field(obj, 0, b.addr(tramp))
    b.set_field(obj, 1, inner)
    return obj


def init_defaults(b: Builder, f: FuncDef) -> None:
    """Non-literal defaults are evaluated once, when the def statement runs."""
    set_def_defaults(b, f)
