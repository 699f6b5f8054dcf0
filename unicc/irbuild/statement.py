"""Lowering of statements: assignments, returns, if/while/for (loops:
for_helpers.py), imports, del, nested definitions."""

from __future__ import annotations

from mypy.nodes import (
    AssertStmt, AssignmentStmt, Block, BreakStmt, CallExpr, ClassDef, ComparisonExpr, ConditionalExpr, ContinueStmt, Decorator, DelStmt, EnumCallExpr,
    Expression, ExpressionStmt, ForStmt, FuncDef, IfStmt, Import, ImportAll, ImportFrom, IndexExpr, MemberExpr,
    NamedTupleExpr, NameExpr, NewTypeExpr, OperatorAssignmentStmt, OverloadedFuncDef, PassStmt, ReturnStmt, Statement,
    StrExpr, TempNode, TupleExpr, TypeAlias, TypeAliasExpr, TypedDictExpr, TypeVarExpr, TypeVarLikeExpr,
    Var, WhileStmt,
)

from mypy.expandtype import expand_type_by_instance
from mypy.maptype import map_instance_to_supertype
from mypy.types import Instance, Type

from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ
from unicc.irbuild import abstract, mapper, slices
from unicc.irbuild.arguments import expect_callable
from unicc.irbuild.assignment import assign_target, cond_branch, store_index, typed_as
from unicc.irbuild.builder import Builder, LoopFrame
from unicc.irbuild.cached import make_cache
from unicc.irbuild.classdef import class_body_init
from unicc.irbuild.cond_imports import mark_imported
from unicc.irbuild.exceptions import method_type, raise_value, take_exception
from unicc.irbuild.for_helpers import for_each
from unicc.irbuild.notimpl import is_notimpl, may_be_notimpl, returns_flag, set_flag
from unicc.irbuild.decorators import decorate, decorated_global, keep_defaults, user_decorated
from unicc.irbuild.function import function_value, init_defaults, nested_def
from unicc.irbuild.generator import delegate
from unicc.irbuild.itemtype import ABSTRACT, adopt_declared, await_result, item_mypy, slot_kind
from unicc.irbuild.members import call_dunder
from unicc.irbuild.for_helpers import update_dict
from unicc.irbuild.methods import iterable_arg, other_set
from unicc.irbuild.names import load_var, type_checking_value
from unicc.irbuild.operators import binary_op, version_check
from unicc.irbuild.sequences import Item, new_tuple
from unicc.irbuild.valueops import align_display, truth


def init_name(module: str) -> str:
    return f"{module}.<module>"


def import_module(b: Builder, name: str) -> None:
    if name in b.ctx.modules:
        b.emit(o.Call(None, init_name(name), []))
        b.check_exc()


# ---- assignment -------------------------------------------------------------------

def lower_assignment(b: Builder, s: AssignmentStmt) -> None:
    if s.is_alias_def or (isinstance(s.rvalue, NameExpr) and s.rvalue.kind is None):
        return
    if isinstance(s.rvalue, TempNode):   # a bare annotation `x: int`
        return
    if isinstance(s.rvalue, CallExpr) and isinstance(s.rvalue.analyzed, NamedTupleExpr):
        return class_body_init(b, s.rvalue.analyzed.info.defn)   # P = NamedTuple('P', [...]): a class
    if len(s.lvalues) == 1 and isinstance(s.lvalues[0], NameExpr) and is_type_alias(s):
        return
    lv0 = s.lvalues[0]
    if isinstance(lv0, NameExpr) and isinstance(lv0.node, Var):
        expect_callable(b, s.rvalue, lv0.node.type)
        vt = lv0.node.type
        if vt is not None and mapper.optional_item(vt) is not None:
            vt = mapper.optional_item(vt)
        if vt is not None:
            adopt_declared(b, s.rvalue, vt)
    v = b.accept(s.rvalue)
    for lv in s.lvalues:
        assign_target(b, lv, v, s.rvalue)


def is_type_alias(s: AssignmentStmt) -> bool:
    """T = TypeVar("T"), aliases and NewType-like declarations: no run-time code."""
    lv = s.lvalues[0]
    if isinstance(s.rvalue, CallExpr) and s.rvalue.analyzed is not None:
        # mypy's analysis of the call: a declaration, or code (cast(T, y), dict(a=1))
        return isinstance(s.rvalue.analyzed, (TypeVarLikeExpr, NewTypeExpr, TypedDictExpr, EnumCallExpr,
                                              TypeAliasExpr))
    return isinstance(lv, NameExpr) and isinstance(lv.node, (TypeAlias, TypeVarExpr, TypeVarLikeExpr))


def op_target_type(b: Builder, e: Expression) -> Type | None:
    """The type of the target of `e op= y`.  mypy records none for an
    attribute whose class has __iadd__ (`o.xs += [1]` of a list attribute):
    it is the attribute's declared type, with the instance's type arguments."""
    t = b.ctx.types.get(e)
    if t is None and isinstance(e, MemberExpr):
        inst = mapper.proper(b.ctx.types.get(e.expr))
        sym = inst.type.get(e.name) if isinstance(inst, Instance) else None
        if isinstance(inst, Instance) and sym is not None and isinstance(sym.node, Var) \
                and sym.node.type is not None:
            t = expand_type_by_instance(sym.node.type, map_instance_to_supertype(inst, sym.node.info))
            b.ctx.types[e] = t
    return t


# x op= y on a set: the method CPython's in-place operator is
SET_INPLACE = {"|": "rt_set_update", "-": "rt_set_difference_update", "&": "rt_set_intersection_update",
               "^": "rt_set_symmetric_difference_update"}


def lower_op_assign(b: Builder, s: OperatorAssignmentStmt) -> None:
    """x op= y.  A list, bytearray, set or dict target changes in place, as
    CPython's __iadd__/__imul__/__ior__... do (other names bound to it see
    the change); everything else rebinds."""
    tt = op_target_type(b, s.lvalue)
    t = mapper.fullname(tt)
    if s.op == "+" and t == "builtins.list":
        lst = b.accept(s.lvalue)
        b.call_rt("rt_list_extend", [lst, iterable_arg(b, s.rvalue, slot_kind(b, tt))])
        return
    if s.op == "+" and t == "builtins.bytearray":
        b.call_rt("rt_bytearray_extend", [b.accept(s.lvalue), b.accept(s.rvalue)])
        return
    if s.op == "*" and t in ("builtins.list", "builtins.bytearray"):
        target = b.accept(s.lvalue)
        rep = b.call_rt("rt_list_repeat" if t == "builtins.list" else "rt_bytes_repeat",
                        [target, b.accept_as(s.rvalue, I64)], OBJ)
        if t == "builtins.list":
            b.call_rt("rt_list_clear", [target], raises=False)
            b.call_rt("rt_list_extend", [target, rep])
        else:
            b.set_field(target, abi.SEQ_LEN, b.int(0))
            b.call_rt("rt_bytearray_extend", [target, rep])
        return
    if s.op in SET_INPLACE and t == "builtins.set":
        align_display(b, s.rvalue, tt)   # `s &= {1, 2}`: mypy types the display set[object]
        target = b.accept(s.lvalue)
        b.call_rt(SET_INPLACE[s.op], [target, other_set(b, s.rvalue, tt, SET_INPLACE[s.op])])
        return
    if s.op == "|" and t == "builtins.dict":
        align_display(b, s.rvalue, tt)
        update_dict(b, b.accept(s.lvalue), tt, s.rvalue)
        return
    if isinstance(s.lvalue, IndexExpr):
        # d[k] += v evaluates d and k once: pin their registers while the
        # target is read and written
        base_e, idx_e = s.lvalue.base, s.lvalue.index
        b.pinned[base_e] = b.accept(base_e)
        b.pinned[idx_e] = b.accept(idx_e)
        new = binary_op(b, s.op, s.lvalue, s.rvalue, s.lvalue)
        store_index(b, s.lvalue, new)
        del b.pinned[base_e], b.pinned[idx_e]
        return
    new = binary_op(b, s.op, s.lvalue, s.rvalue, s.lvalue)
    assign_target(b, s.lvalue, new)


# ---- simple statements -------------------------------------------------------------

def lower_expr_stmt(b: Builder, s: ExpressionStmt) -> None:
    if isinstance(s.expr, StrExpr):  # docstring
        return
    b.accept(s.expr)


def lower_return(b: Builder, s: ReturnStmt) -> None:
    if isinstance(s.expr, ConditionalExpr) and may_be_notimpl(s.expr) and returns_flag(b):
        return_each(b, s.expr)   # `return x if c else NotImplemented`: two returns, as CPython would tell
        return
    if s.expr is not None and b.ret_type is not None:
        expect_callable(b, s.expr, b.ret_type)
        adopt_declared(b, s.expr, b.ret_type)
    ret = b.gen.ret_t if b.gen is not None else b.fn.ret
    notimpl = is_notimpl(s.expr) and returns_flag(b)   # an operator dunder's NotImplemented: the flag
    v = (b.const(False, BOOL) if ret == BOOL else b.none()) if notimpl else \
        b.accept_as(s.expr, ret) if s.expr is not None and not ret.is_void else None
    if s.expr is not None and ret.is_void:
        b.accept(s.expr)
    if v is not None and b.finally_stack:
        keep = b.reg(v.type)
        b.assign(keep, v)
        v = keep
    b.unwind_finally(0)
    if notimpl or returns_flag(b):   # set, or cleared of what a call in the body (super().__eq__) left
        set_flag(b, notimpl)
    b.emit(o.Return(v))


def return_each(b: Builder, e: ConditionalExpr) -> None:
    yes, no = b.new_block(), b.new_block()
    cond_branch(b, e.cond, yes, no)
    for block, value in ((yes, e.if_expr), (no, e.else_expr)):
        b.activate(block)
        ret = ReturnStmt(value)
        ret.set_line(value)
        lower_return(b, ret)
    b.activate(b.new_block())   # (unreachable)


def lower_pass(b: Builder, s: Statement) -> None:
    pass


def lower_if(b: Builder, s: IfStmt) -> None:
    """A condition known when lowering (isinstance(x, int) of an x that a
    generic's copy holds as a float, `TYPE_CHECKING`) lowers only the branch
    taken: the other may not even be typed right for that copy."""
    done = b.new_block()
    for cond, body in zip(s.expr, s.body):
        v = isinstance_value(b, cond)
        known = b.consts.get(v) if v is not None else None
        if known is not None and not known:
            continue
        if known:
            accept_checked(b, body)
            b.goto(done)
            b.activate(done)
            return
        yes, no = b.new_block(), b.new_block()
        if v is not None:
            b.branch(v, yes, no)
        else:
            cond_branch(b, cond, yes, no)
        b.activate(yes)
        b.accept_block(body)
        b.goto(done)
        b.activate(no)
    if s.else_body:
        accept_checked(b, s.else_body)
    b.goto(done)
    b.activate(done)


def accept_checked(b: Builder, body: Block) -> None:
    """A branch CPython takes: mypy checked it, unless it is one mypy takes
    for never run (`if not TYPE_CHECKING:`, the `else` of `if
    TYPE_CHECKING:`), whose code has no types to compile it by."""
    code = [x for x in body.body if not isinstance(x, PassStmt)]
    if body.is_unreachable and code:
        raise b.ctx.error(b.module, code[0], "this code runs only when TYPE_CHECKING is false, "
                          "and mypy does not check it: unicc cannot compile it")
    b.accept_block(body)


def isinstance_value(b: Builder, cond: Expression) -> o.Register | None:
    """The truth of an isinstance() test of a name, which the types of this
    copy of the code may decide (a constant register); None for any other
    condition (cond_branch lowers it).  A sys.version_info comparison is
    known too, and its other branch is not type-checked by mypy."""
    if isinstance(cond, ComparisonExpr) and version_check(cond) is not None:
        return b.accept(cond)
    known = type_checking_value(cond)
    if known is not None:
        return b.const(known, BOOL)
    if not (isinstance(cond, CallExpr) and isinstance(cond.callee, NameExpr)
            and cond.callee.fullname == "builtins.isinstance" and isinstance(cond.args[0], NameExpr)):
        return None
    return truth(b, b.accept(cond), b.ctx.types.get(cond))


def lower_while(b: Builder, s: WhileStmt) -> None:
    head, body, orelse, done = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.fn.whiles.append(o.WhileLoop(b.block, head))
    b.goto(head)
    b.activate(head)
    cond_branch(b, s.expr, body, orelse)
    b.activate(body)
    b.loops.append(LoopFrame(head, done, len(b.finally_stack)))
    b.accept_block(s.body)
    b.loops.pop()
    b.goto(head)
    b.activate(orelse)
    if s.else_body:
        b.accept_block(s.else_body)
    b.goto(done)
    b.activate(done)


def lower_for(b: Builder, s: ForStmt) -> None:
    if s.is_async:
        return lower_async_for(b, s)

    item_t = typed_as(b, item_mypy(b, b.ctx.types.get(s.expr)))

    def body(item: Item) -> None:
        assign_target(b, s.index, item, item_t)
        b.accept_block(s.body)
    else_body = (lambda: b.accept_block(s.else_body)) if s.else_body else None  # type: ignore[arg-type]
    for_each(b, s.expr, body, else_body, loop=True)


def lower_async_for(b: Builder, s: ForStmt) -> None:
    """`async for x in src`: it = src.__aiter__(), then x = await
    it.__anext__() before each turn until that raises StopAsyncIteration
    (only that await is guarded: the body's own exceptions go on)."""
    t = b.ctx.types.get(s.expr)
    it_t = method_type(t, "__aiter__")
    anext_t = method_type(it_t, "__anext__")
    if anext_t is None or not all(i is not None and i.fullname in b.ctx.classes
                                  for i in (mapper.instance_info(t), mapper.instance_info(it_t))):
        raise b.ctx.error(b.module, s.expr, "async for needs an object of a compiled class with __aiter__, "
                                            "returning one of a compiled class with __anext__ (not a "
                                            "Protocol such as AsyncIterator), in unicc")
    it = b.reg(OBJ, "ait")
    b.assign(it, call_dunder(b, b.accept(s.expr), t, "__aiter__", [], s.expr))  # type: ignore[arg-type]
    head, stop, orelse, done = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    b.handlers.append(stop)
    coro = call_dunder(b, it, it_t, "__anext__", [], s.expr)
    assert coro is not None
    item_t = await_result(anext_t)
    item = delegate(b, coro, mapper.rtype(item_t, b.subst))
    b.handlers.pop()
    b.loops.append(LoopFrame(head, done, len(b.finally_stack)))
    assign_target(b, s.index, item, typed_as(b, item_t))
    b.accept_block(s.body)
    b.loops.pop()
    b.goto(head)
    b.activate(stop)
    exc = b.reg(OBJ, "exc")
    take_exception(b, exc)
    reraise = b.new_block()
    b.branch(b.call_rt("rt_isinstance", [exc, b.addr("rt_type_StopAsyncIteration")], BOOL, raises=False),
             orelse, reraise)
    b.activate(reraise)
    b.call_rt("rt_reraise", [exc], raises=False)
    b.goto(b.handler())
    b.activate(orelse)
    if s.else_body:
        b.accept_block(s.else_body)
    b.goto(done)
    b.activate(done)


def lower_break(b: Builder, s: BreakStmt) -> None:
    frame = b.loops[-1]
    b.unwind_finally(frame.depth)
    b.goto(frame.brk)


def lower_continue(b: Builder, s: ContinueStmt) -> None:
    frame = b.loops[-1]
    b.unwind_finally(frame.depth)
    b.goto(frame.cont)


def lower_assert(b: Builder, s: AssertStmt) -> None:
    ok, bad = b.new_block(), b.new_block()
    cond_branch(b, s.expr, ok, bad)
    b.activate(bad)
    args = new_tuple(b, [b.coerce(b.accept(s.msg), OBJ)]) if s.msg is not None else b.none()
    exc = b.call_rt("rt_exc_new_args", [b.addr("rt_type_AssertionError"), args], OBJ)
    raise_value(b, exc, s)
    b.activate(ok)


# ---- declarations -------------------------------------------------------------------

def lower_import(b: Builder, s: Import | ImportFrom | ImportAll) -> None:
    """Importing a compiled module runs its top level once, where the import is."""
    if not isinstance(s, ImportAll):
        mark_imported(b, s)
    if isinstance(s, Import):
        for name, _ in s.ids:
            parts = name.split(".")
            for i in range(1, len(parts) + 1):
                import_module(b, ".".join(parts[:i]))
    elif isinstance(s, ImportFrom):
        mod = resolve_relative(b.module, s.id, s.relative)
        parts = mod.split(".")
        for i in range(1, len(parts) + 1):
            import_module(b, ".".join(parts[:i]))
        for name, alias in s.names:
            if f"{mod}.{name}" in b.ctx.modules:
                import_module(b, f"{mod}.{name}")
            sym = b.ctx.modules[mod].names.get(name) if mod in b.ctx.modules else None
            if sym is not None and isinstance(sym.node, Var) and "." in sym.node.fullname:
                bind_imported(b, mod, name, alias or name, sym.node)
    else:
        raise b.ctx.error(b.module, s, "from ... import * is not supported by unicc")


def bind_imported(b: Builder, mod: str, name: str, local: str, v: Var) -> None:
    """`from mod import name as local` of a variable: the importing module's
    own global gets the value it has now (mod's own global, or the binding
    mod's own from-import made)."""
    t = mapper.rtype(v.type, b.subst)
    src = b.ctx.global_var(f"{mod}.{name}", t)
    r = b.reg(t)
    b.emit(o.GetGlobal(r, src.name))
    b.emit(o.SetGlobal(b.ctx.global_var(f"{b.module}.{local}", t).name, r))


def resolve_relative(module: str, mid: str, relative: int) -> str:
    if not relative:
        return mid
    base = module.split(".")[:-relative] if module != "__main__" else []
    return ".".join(base + ([mid] if mid else []))


def lower_funcdef_stmt(b: Builder, s: FuncDef | Decorator | OverloadedFuncDef) -> None:
    """Module-level defs are compiled ahead; nested defs create closures here."""
    if b.fn.name.endswith("<module>"):
        fdef = s.impl if isinstance(s, OverloadedFuncDef) else s
        fdef = fdef.func if isinstance(fdef, Decorator) else fdef
        if isinstance(fdef, FuncDef):
            init_defaults(b, fdef)
            if fdef.fullname in b.ctx.cached:
                make_cache(b, fdef)
        d = s.impl if isinstance(s, OverloadedFuncDef) else s
        if isinstance(d, Decorator) and user_decorated(d):
            name = NameExpr(d.func.name)
            name.set_line(d)
            f = keep_defaults(b, d, decorate(b, d, function_value(b, name, d.func)))
            g = b.ctx.globals[decorated_global(d)]
            b.emit(o.SetGlobal(g.name, b.coerce(f, g.type)))
        return
    nested_def(b, s)


def lower_classdef_stmt(b: Builder, s: ClassDef) -> None:
    class_body_init(b, s)   # in a function too: the class itself is compiled once (module.local_classes)


def lower_decl(b: Builder, s: Statement) -> None:
    pass


def del_name(b: Builder, t: NameExpr) -> None:
    """`del x` of a local: x must be bound (UnboundLocalError otherwise) and is not
    afterwards (unbound.py).  A global or a variable in a cell is left as it is."""
    v = t.node
    if isinstance(v, Var) and (v in b.locals or v in b.own_vars) and v not in b.cells and v not in b.env_slots:
        load_var(b, t, v)
        b.unbinds.append((b.block, len(b.block.ops), len(b.local_reads) + len(b.unbinds), b.locals[v]))
    elif isinstance(v, Var) and b.fn.name == f"{b.module}.<module>" and v.fullname == f"{b.module}.{v.name}" \
            and v.fullname in b.ctx.globals:
        load_var(b, t, v)
        b.unbinds.append((b.block, len(b.block.ops), len(b.local_reads) + len(b.unbinds), v.fullname))


def lower_del(b: Builder, s: DelStmt) -> None:
    targets = s.expr.items if isinstance(s.expr, TupleExpr) else [s.expr]
    for t in targets:
        if isinstance(t, IndexExpr):
            name = mapper.fullname(b.ctx.types.get(t.base))
            base = b.accept(t.base)
            if name in ABSTRACT:
                abstract.delitem(b, t, base)
            elif slices.is_slice(b, t.index) and name == "builtins.list":
                b.call_rt("rt_list_del_slice", [base] + slices.args(b, t.index))
            elif name == "builtins.list":
                b.call_rt("rt_list_del", [base, b.accept_as(t.index, I64)])
            elif slices.is_slice(b, t.index) and name == "builtins.bytearray":
                b.call_rt("rt_bytearray_del_slice", [base] + slices.args(b, t.index))
            elif name == "builtins.bytearray":
                b.call_rt("rt_bytearray_del", [base, b.accept_as(t.index, I64)])
            elif name == "builtins.dict":
                k = b.to_word(b.accept_as(t.index, slot_kind(b, b.ctx.types.get(t.base), 0)))
                b.call_rt("rt_dict_del", [base, k])
            else:
                raise b.ctx.error(b.module, t, f"del on {name} is not supported by unicc")
        elif isinstance(t, NameExpr):
            del_name(b, t)
        else:
            raise b.ctx.error(b.module, t, "del of attributes is not supported by unicc")
