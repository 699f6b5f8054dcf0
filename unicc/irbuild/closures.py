"""Closures: free variables, cells, closure objects and calls through them;
function signatures (FuncInfo) and parameter binding.

A function value (a Callable) is an object whose field 0 is the address of
code taking the object itself as a hidden first argument, followed by the
cells of the variables it captured.  Captured variables live in cells (one
word boxes) so the defining function and its closures share them.  A builtin
passed as a value (map(len, xs)) becomes a small compiled wrapper here.
"""

from __future__ import annotations

from itertools import takewhile

from mypy.nodes import (
    ARG_OPT, ARG_POS, ARG_STAR, ArgKind, Argument, AssignmentExpr, AssignmentStmt, Block, BytesExpr, CallExpr, Decorator,
    DictionaryComprehension, Expression, ExpressionStmt, FloatExpr, ForStmt, FuncDef, FuncItem,
    GeneratorExpr, IfStmt, IntExpr, LDEF, LambdaExpr, ListExpr, MemberExpr, NameExpr, Node, NonlocalDecl,
    OperatorAssignmentStmt, Statement, StrExpr, TryStmt, TupleExpr, TypeInfo, UnaryExpr, Var, YieldExpr,
)
from mypy.subtypes import is_subtype
from mypy.types import Instance, Overloaded, Parameters, ParamSpecType, ProperType, Type

from unicc.frontend.walk import walk
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, PTR, RType, VOID
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, Context, FuncInfo, new_function
from unicc.irbuild.getters import getter_code, getter_of
from unicc.irbuild.primitives import METHODS
from unicc.irbuild.registry import BUILTIN_FUNCS


# ---- function arguments of builtins (key=, map, filter) ------------------------------------

class FnArg:
    """A one-argument function value ready to call: closure, parameter and result types."""

    def __init__(self, fn: o.Register, param: RType, ret: RType, ret_t: object) -> None:
        self.fn, self.param, self.ret, self.ret_t = fn, param, ret, ret_t

    def __call__(self, b: Builder, arg: o.Register) -> o.Register:
        return call_closure(b, self.fn, [b.coerce(arg, self.param)], self.ret, 1)


def pick_overload(b: Builder, fexpr: Expression, arg_types: list[object]) -> ProperType:
    """The type of a function value; for an @overload function (map(operator.neg,
    xs)), the first overload that takes arguments of arg_types, which the value
    made then follows."""
    ct = mapper.proper(b.ctx.types.get(fexpr))
    if isinstance(ct, Overloaded):
        ct = next((c for c in ct.items if len(c.arg_types) >= len(arg_types) and
                   all(t is not None and is_subtype(t, a)  # type: ignore[arg-type]
                       for t, a in zip(arg_types, c.arg_types))), ct.items[0])
        b.expected[fexpr] = ct
    return ct


PARTIAL = "functools.partial"


def partial_type(t: Type | None, whole: bool = False) -> mapper.CallableType | None:
    """The signature a functools.partial object's code takes: the positional
    parameters of the one mypy's plugin gave it (whole: all of that one);
    None if t is not a partial."""
    p = mapper.proper(t)
    if not isinstance(p, Instance) or p.type.fullname != PARTIAL or p.extra_attrs is None:
        return None
    sig = mapper.proper(p.extra_attrs.attrs.get("__mypy_partial"))
    if not isinstance(sig, mapper.CallableType):
        return None
    if whole:
        return sig
    keep = [i for i, k in enumerate(sig.arg_kinds) if k == ARG_POS]   # what its code takes (partials.py)
    return sig.copy_modified(arg_types=[sig.arg_types[i] for i in keep], arg_kinds=[ARG_POS] * len(keep),
                             arg_names=[sig.arg_names[i] for i in keep])


def callable_arg(b: Builder, fexpr: Expression, item_t: object) -> FnArg:
    """The function passed to sorted/min/max/map/filter; builtins (len, str,
    str.lower) get a small compiled wrapper specialised to the item type."""
    target = builtin_target(fexpr)
    if target is not None:
        return builtin_value(b, fexpr, target, [item_t])
    g = getter_of(fexpr)
    if g is not None:   # operator.itemgetter(1): compiled for the items
        code, r, rt, kept = getter_code(b, g, item_t)  # type: ignore[arg-type]
        return FnArg(make_closure(b, code, kept), mapper.rtype(item_t, b.subst), r.type, rt)  # type: ignore[arg-type]
    ct = pick_overload(b, fexpr, [item_t])
    ct = partial_type(ct) or ct   # a functools.partial: its code's signature
    if not isinstance(ct, mapper.CallableType):   # an object with __call__ (a @cache function, ...)
        b.accept(fexpr)
        raise b.ctx.error(b.module, fexpr, f"passing a value of type {mapper.shown(ct)} as a function is not "
                                           "supported by unicc")
    ct = expect_args(b, fexpr, ct, 1)
    f = b.accept(fexpr)
    return FnArg(f, mapper.rtype(ct.arg_types[0], b.subst), mapper.rtype(ct.ret_type, b.subst), ct.ret_type)


def expect_args(b: Builder, fexpr: Expression, ct: mapper.CallableType, n: int) -> mapper.CallableType:
    """A function value that the builtin consuming it calls with n arguments:
    its parameters after the n-th (which have defaults, or mypy would have
    refused it) take their defaults, so the value made is of that type."""
    if len(ct.arg_types) > n:
        ct = ct.copy_modified(arg_types=ct.arg_types[:n], arg_kinds=ct.arg_kinds[:n], arg_names=ct.arg_names[:n])
        b.expected.setdefault(fexpr, ct)
    return ct


def builtin_target(e: Expression) -> str | None:
    if isinstance(e, NameExpr) and e.fullname in BUILTIN_FUNCS:
        return e.fullname
    if isinstance(e, MemberExpr) and isinstance(e.expr, NameExpr) and isinstance(e.expr.node, TypeInfo) \
            and (e.expr.node.fullname, e.name) in METHODS:
        return f"{e.expr.node.fullname}.{e.name}"
    return None


def builtin_value(b: Builder, fexpr: Expression, target: str, arg_types: list[object],
                  ret_type: object = None) -> FnArg:
    """Compile `lambda *xs: target(*xs)` for arguments of the given mypy types."""
    name = b.ctx.unique(f"builtin.{target}.value")
    params = [("env", OBJ)] + [(f"x{i}", mapper.rtype(t, b.subst)) for i, t in enumerate(arg_types)]  # type: ignore[arg-type]
    tb, (_, *xs) = new_function(b.ctx, b.module, name, params, VOID, target)
    tb.subst = b.subst
    args: list[Expression] = []
    for i, (t, x) in enumerate(zip(arg_types, xs)):
        a = NameExpr(f"x{i}")
        a.set_line(fexpr)
        b.ctx.types[a] = t  # type: ignore[assignment]
        tb.pinned[a] = x
        args.append(a)
    if target in BUILTIN_FUNCS:
        call = CallExpr(fexpr, args, [ARG_POS] * len(args), [None] * len(args))
    else:
        method = MemberExpr(args[0], target.rsplit(".", 1)[1])
        call = CallExpr(method, args[1:], [ARG_POS] * (len(args) - 1), [None] * (len(args) - 1))
    call.set_line(fexpr)
    if ret_type is not None:
        b.ctx.types[call] = ret_type  # type: ignore[assignment]
    r = tb.ctx.visitor.expr(tb, call)
    if ret_type is not None:
        r = tb.coerce(r, mapper.ret_rtype(ret_type, b.subst))  # type: ignore[arg-type]
    tb.fn.ret = r.type
    tb.emit(o.Return(r))
    tb.finish()
    param = xs[0].type if xs else OBJ
    if not xs and "." not in target[len("builtins."):]:
        return FnArg(class_factory(b, name, target), param, r.type, None)
    return FnArg(make_closure(b, name, []), param, r.type, None)


def class_factory(b: Builder, code: str, target: str) -> o.Register:
    """A builtin class as a function of no arguments (defaultdict(int)): a
    function object whose repr is the class's, <class 'int'>."""
    cls = target[len("builtins."):]
    sym = f"type.factory.{cls}"
    if sym not in b.ctx.classes:
        b.ctx.builtin_class(sym, "type", [("code", I64)])
        rname = f"{sym}.__repr__"
        rb, _ = new_function(b.ctx, b.module, rname, [("self", OBJ)], OBJ)
        rb.emit(o.Return(rb.str_const(f"<class '{cls}'>")))
        rb.finish()
        b.ctx.classes[sym].ir.slots["repr"] = rname
    obj = b.alloc(sym, 1)
    b.set_field(obj, 0, b.addr(code))
    return obj


def optional_tail(kinds: list[ArgKind]) -> int:
    """How many of a function type's last parameters a call may leave out (its
    positional parameters with defaults; 0 if it has any other kind)."""
    if any(k not in (ARG_POS, ARG_OPT) for k in kinds):
        return 0
    return len(kinds) - len(list(takewhile(lambda k: k == ARG_POS, kinds)))


def bound_builtin_value(b: Builder, obj: o.Register, e: MemberExpr) -> o.Register | None:
    """`xs.append` (a method of a builtin type) as a value: a function object
    holding xs whose code calls the method, compiled for the Callable type
    the value flows into; None if that type is not known."""
    want = mapper.proper(b.expected.pop(e, None) or b.ctx.types.get(e))
    if not isinstance(want, mapper.CallableType) or want.variables:
        return None
    name = b.ctx.unique(f"bound.{mapper.fullname(b.ctx.types.get(e.expr))}.{e.name}")
    recv = NameExpr("self")
    recv.set_line(e)
    b.ctx.types[recv] = b.ctx.types[e.expr]
    ret = mapper.ret_rtype(want.ret_type, b.subst)

    def code(code_name: str, k: int) -> str:
        """The code for a call passing the first k parameters (the builtin
        method gives the others its defaults)."""
        params = [("env", OBJ)] + [(f"x{i}", mapper.rtype(t, b.subst)) for i, t in enumerate(want.arg_types[:k])]
        tb, (env, *xs) = new_function(b.ctx, b.module, code_name, params, ret, e.name)
        tb.subst = b.subst
        tb.pinned[recv] = tb.coerce(tb.get_field(env, 1, OBJ), obj.type)
        args: list[Expression] = []
        for i, (t, x) in enumerate(zip(want.arg_types, xs)):
            a = NameExpr(f"x{i}")
            a.set_line(e)
            b.ctx.types[a] = t
            tb.pinned[a] = x
            args.append(a)
        method = MemberExpr(recv, e.name)
        method.set_line(e)
        b.ctx.types[method] = want
        call = CallExpr(method, args, [ARG_POS] * len(args), [None] * len(args))
        call.set_line(e)
        b.ctx.types[call] = want.ret_type
        r = tb.ctx.visitor.expr(tb, call)
        tb.emit(o.Return(None if ret.is_void else tb.coerce(r, ret)))
        tb.finish()
        return code_name

    n = len(want.arg_types)
    code(name, n)
    # calls through the value that leave out its last m parameters: vtable entry m - 1
    entries = [code(f"{name}.omit{m}", n - m) for m in range(1, optional_tail(want.arg_kinds) + 1)]
    if not entries:
        return make_closure(b, name, [b.coerce(obj, OBJ)])
    sym = b.ctx.builtin_class(f"type.closure.{name}", "function", [("code", I64), ("cell0", OBJ)])
    b.ctx.classes[sym].ir.vtable = entries
    fn = b.alloc(sym, 2)
    b.set_field(fn, 0, b.addr(name))
    b.set_field(fn, 1, b.coerce(obj, OBJ))
    return fn


# ---- variable analysis --------------------------------------------------------------

_nested_vars: dict[FuncDef, Var] = {}


def def_var(f: FuncDef) -> Var:
    """The local variable a nested `def` binds (mypy binds the name to the FuncDef)."""
    v = _nested_vars.get(f)
    if v is None:
        if isinstance(f.original_def, FuncDef):   # defined again (in the other branch of an if)
            v = _nested_vars[f] = def_var(f.original_def)
        else:
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
        elif isinstance(n, NameExpr) and n.kind == LDEF and isinstance(n.node, Decorator):
            used.add(n.node.var)   # a decorated nested function: its variable holds the decorated value
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
        if isinstance(n, Decorator):
            defined.add(n.var)
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


_captured: dict[FuncItem, list[Var]] = {}


def captured_vars(f: FuncItem) -> list[Var]:
    """Variables of f that nested functions use: they must live in cells.  In
    source order, so the image does not depend on how a set was hashed."""
    got = _captured.get(f)
    if got is None:
        mine = own_defs(f)
        out: set[Var] = set()
        for g in nested_funcs(f):
            out |= free_vars(g) & mine
        got = _captured[f] = sorted(out, key=lambda v: (v.line, v.name))
    return got


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
    ptypes: list[Type | None] = [None] if has_env else []
    for i, a in enumerate(f.arguments):
        at = t.arg_types[i] if isinstance(t, mapper.CallableType) else a.variable.type
        if a.kind.is_star():   # *args is a tuple, **kwargs a dict: the variable's type
            at = a.variable.type
        if i == 0 and self_type is not None:
            params.append(self_type)
        else:
            params.append(mapper.rtype(at, subst))
        names.append(a.variable.name)
        defaults.append(a.initializer)
        ptypes.append(at if isinstance(t, mapper.CallableType) else None)
    ret = mapper.ret_rtype(t.ret_type, subst) if isinstance(t, mapper.CallableType) else VOID
    kinds = ([ARG_POS] if has_env else []) + [a.kind for a in f.arguments]
    return FuncInfo(name, params, ret, names, defaults, has_env, ptypes, kinds=kinds, subst=dict(subst or {}))


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
        first = 1 + len(closure_defaults(f))   # the defaults the closure keeps come first
        for i, v in enumerate(env_vars or []):
            b.env_slots[v] = first + i
            b.cell_types[v] = captured_type(outer, v)
    ptypes = info.params[1:] if info.has_env else info.params
    if any(spread_params(b.param_specs, a) is not None for a in f.arguments):
        ptypes = list(ptypes)
        for a in f.arguments:
            ps = spread_params(b.param_specs, a)
            if ps is None:
                t = ptypes.pop(0)
                r = b.reg(t, a.variable.name)
                regs.append(r)
                b.py_params.append(r)
                b.locals[a.variable] = r
            elif a.kind == ARG_STAR:   # `*args: P.args`: P's parameters, one register each
                rs = [b.reg(ptypes.pop(0), n or f"{a.variable.name}{i}") for i, n in enumerate(ps.arg_names)]
                regs += rs
                b.py_params += rs
                b.spread[a.variable] = rs
        return regs
    for a, t in zip(f.arguments, ptypes):
        r = b.reg(t, a.variable.name)
        regs.append(r)
        b.py_params.append(r)
        b.locals[a.variable] = r
    return regs


def spread_params(specs: dict[str, Parameters], a: Argument) -> Parameters | None:
    """The parameters a `*args: P.args` or `**kwargs: P.kwargs` parameter stands
    for, where the generic copy being compiled bound P."""
    t = mapper.proper(a.variable.type)
    if isinstance(t, ParamSpecType) and t.fullname in specs:
        return specs[t.fullname]
    return None


def spread_info(info: FuncInfo, f: FuncItem, specs: dict[str, Parameters], subst: dict[str, RType]) -> None:
    """A nested def taking `*args: P.args, **kwargs: P.kwargs` in a copy where
    P is bound takes P's parameters instead, each as its own word."""
    k = 1 if info.has_env else 0
    params, names, defaults, ptypes, kinds = info.params[:k], info.arg_names[:k], info.defaults[:k], \
        info.ptypes[:k], info.kinds[:k]
    for i, a in enumerate(f.arguments):
        ps = spread_params(specs, a)
        if ps is None:
            params.append(info.params[k + i])
            names.append(info.arg_names[k + i])
            defaults.append(info.defaults[k + i])
            ptypes.append(info.ptypes[k + i])
            kinds.append(info.kinds[k + i])
        elif a.kind == ARG_STAR:
            for j, t in enumerate(ps.arg_types):
                params.append(mapper.rtype(t, subst))
                names.append(ps.arg_names[j] or f"{a.variable.name}{j}")
                defaults.append(None)
                ptypes.append(t)
                kinds.append(ARG_POS)
    info.params, info.arg_names, info.defaults, info.ptypes, info.kinds = params, names, defaults, ptypes, kinds


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


def make_closure(b: Builder, code: str, cells: list[o.Register],
                 defaults: list[o.Register] | None = None, named: Named | None = None) -> o.Register:
    """The function object: its code, the default values of a nested def's
    parameters that are not literals (evaluated when the def ran), its cells.
    One the program can see gets a descriptor of its own, whose name is the
    function's __qualname__ (`named`); functools.wraps's wrapper keeps the
    function it wraps in a last field and an empty name (rt_fn_name)."""
    defaults = defaults or []
    fields = [("code", I64)] + [(f"default{i}", d.type) for i, d in enumerate(defaults)] + \
        [(f"cell{i}", OBJ) for i in range(len(cells))]
    words = defaults + cells
    if named is not None:
        qualname, module, wrapped = named
        if wrapped is not None:
            fields.append(("<wrapped>", OBJ))
            words.append(b.coerce(wrapped, OBJ))
        sym = b.ctx.builtin_class(f"type.fn.{code}", "" if wrapped is not None else qualname, fields, module)
    elif defaults:
        kinds = ".".join(str(d.type.kind) for d in defaults)
        sym = b.ctx.builtin_class(f"type.closure.{kinds}.{len(cells)}", "function", fields)
    else:
        sym = closure_class(b.ctx, code, len(cells))
    obj = b.alloc(sym, len(fields))
    b.set_field(obj, 0, b.addr(code))
    for i, c in enumerate(words):
        b.set_field(obj, 1 + i, c)
    return obj


# a function object's __qualname__ and __module__, and what functools.wraps gave it
Named = tuple[str, str, "o.Register | None"]


def named(b: Builder, f: FuncItem, wrapped: o.Register | None = None) -> Named:
    module, qualname = b.ctx.fn_qualnames.get(f, (b.module, getattr(f, "name", "<lambda>")))
    return qualname, module, wrapped


def closure_defaults(f: FuncItem) -> list[int]:
    """The parameters (indexes in f.arguments) whose default values a nested def's
    function object keeps: those that are not literals."""
    if not isinstance(f, FuncDef):
        return []
    return [i for i, a in enumerate(f.arguments) if a.initializer is not None and not is_literal(a.initializer)]


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


def s_var(b: Builder, s: FuncDef) -> Var:
    return def_var(s)


def reachable_free_vars(b: Builder, f: FuncItem) -> list[Var]:
    """Free variables the enclosing code keeps in cells; the rest (module-level
    names, comprehension variables at module level) are globals."""
    return sorted((v for v in free_vars(f) if v in b.cells or v in b.env_slots or v in b.locals),
                  key=lambda v: v.name)


def is_literal(e: Expression) -> bool:
    if isinstance(e, (IntExpr, StrExpr, FloatExpr, BytesExpr)):
        return True
    if isinstance(e, NameExpr) and e.fullname in ("builtins.None", "builtins.True", "builtins.False"):
        return True
    if isinstance(e, UnaryExpr) and e.op == "-" and isinstance(e.expr, (IntExpr, FloatExpr)):
        return True
    return False


# ---- generator expressions kept as values ------------------------------------------------

_genexpr_funcs: dict[GeneratorExpr, FuncDef] = {}


def genexpr_func(e: GeneratorExpr) -> FuncDef:
    """The generator function a generator expression stands for:
    its loops and conditions as statements, `yield <item>` innermost."""
    fdef = _genexpr_funcs.get(e)
    if fdef is None:
        body: Statement = ExpressionStmt(YieldExpr(e.left_expr))
        body.set_line(e)
        # the first iterable is evaluated where the expression is, and passed in
        first = Var(".0")
        arg = NameExpr(".0")
        arg.node, arg.kind = first, LDEF
        arg.set_line(e.sequences[0])
        seqs = [arg, *e.sequences[1:]]
        for index, seq, conds in reversed(list(zip(e.indices, seqs, e.condlists))):
            for c in reversed(conds):
                body = IfStmt([c], [Block([body])], None)
                body.set_line(c)
            body = ForStmt(index, seq, Block([body]), None)
            body.set_line(seq)
        fdef = _genexpr_funcs[e] = FuncDef("<genexpr>", [Argument(first, None, None, ARG_POS)], Block([body]))
        fdef.set_line(e)
        fdef.is_generator = True
    return fdef
