"""NotImplemented answered by a comparison dunder (`return NotImplemented`
in a method returning bool).

Such a method returns False and sets one global flag; only methods whose
bodies say `return NotImplemented` (or @total_ordering's methods derived
from one) set it, and only the call sites of those clear it before the call
and test it after.  A comparison then goes on as CPython's does: the
reflected method of the right operand (first, when the right operand's
class is a subclass of the left's), then identity for == and !=, else
TypeError: '<' not supported between instances of 'A' and 'B'.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import (
    Block, ConditionalExpr, Decorator, ForStmt, FuncDef, IfStmt, NameExpr, OverloadedFuncDef, ReturnStmt, Statement, TryStmt, TypeInfo,
    WhileStmt, WithStmt,
)

from unicc.ir import ops as o
from unicc.ir import abi
from unicc.ir.rtypes import BOOL, OBJ, PTR, RType
from unicc.irbuild.builder import Builder, Context, FuncInfo

Dispatch = Callable[..., o.Register]   # members.dispatch, which imports this module

FLAG = "unicc.notimplemented"
REFLECTED = {"__lt__": "__gt__", "__gt__": "__lt__", "__le__": "__ge__", "__ge__": "__le__", "__eq__": "__eq__"}
DUNDER = {"<": "__lt__", ">": "__gt__", "<=": "__le__", ">=": "__ge__", "==": "__eq__", "!=": "__eq__"}


def is_notimpl(e: object) -> bool:
    return isinstance(e, NameExpr) and e.fullname == "builtins.NotImplemented"


def may_be_notimpl(e: object) -> bool:
    """NotImplemented, or a conditional expression one of whose values may be."""
    if isinstance(e, ConditionalExpr):
        return may_be_notimpl(e.if_expr) or may_be_notimpl(e.else_expr)
    return is_notimpl(e)


def body_returns(f: FuncDef) -> bool:
    return returns_in(f.body)


def returns_in(s: Statement | None) -> bool:
    """Whether a statement (not a nested function) says `return NotImplemented`."""
    if isinstance(s, ReturnStmt):
        return may_be_notimpl(s.expr)
    if isinstance(s, Block):
        return any(returns_in(x) for x in s.body)
    if isinstance(s, IfStmt):
        return any(returns_in(x) for x in s.body) or returns_in(s.else_body)
    if isinstance(s, (WhileStmt, ForStmt)):
        return returns_in(s.body) or returns_in(s.else_body)
    if isinstance(s, TryStmt):
        return any(returns_in(x) for x in [s.body, *s.handlers, s.else_body, s.finally_body])
    if isinstance(s, WithStmt):
        return returns_in(s.body)
    return False


def resolves(info: TypeInfo, name: str) -> bool:
    """Whether `name` as found on info's class may answer NotImplemented."""
    for base in info.mro:
        sym = base.names.get(name)
        if sym is None:
            continue
        if sym.plugin_generated:   # @total_ordering's: as its root answers
            from unicc.irbuild.prepare import ordering_root
            root = ordering_root(info)
            return root is not None and root != name and resolves(info, root)
        node = sym.node
        node = node.func if isinstance(node, Decorator) else node
        if isinstance(node, OverloadedFuncDef):
            node = node.impl.func if isinstance(node.impl, Decorator) else node.impl
        return isinstance(node, FuncDef) and body_returns(node)
    return False


def may_notimpl(ctx: Context, info: TypeInfo, name: str) -> bool:
    """Whether the method `name` of an object of static class info (or of a
    subclass) may answer NotImplemented."""
    key = (info.fullname, name)
    cache: dict[tuple[str, str], bool] = ctx.__dict__.setdefault("notimpl_cache", {})
    if key not in cache:
        cache[key] = any(info in s.mro and resolves(s, name) for s in list(ctx.infos.values()))
    return cache[key]


def set_flag(b: Builder, value: bool) -> None:
    b.ctx.global_var(FLAG, BOOL)
    b.emit(o.SetGlobal(FLAG, b.const(value, BOOL)))


def flag(b: Builder) -> o.Register:
    b.ctx.global_var(FLAG, BOOL)
    r = b.reg(BOOL)
    b.emit(o.GetGlobal(r, FLAG))
    return r


def type_name(b: Builder, v: o.Register) -> o.Register:
    t = b.reg(PTR)
    b.emit(o.Load(t, b.coerce(v, OBJ), abi.TYPE_OFFSET))   # members.type_of (which imports this module)
    return b.call_rt("rt_type_name", [t, b.int(0)], OBJ)


def raise_unsupported(b: Builder, op: str, a: o.Register, c: o.Register) -> None:
    """TypeError: '<' not supported between instances of 'A' and 'B'."""
    msg = b.str_const(f"'{op}' not supported between instances of '")
    msg = b.call_rt("rt_str_concat", [msg, type_name(b, a)], OBJ)
    msg = b.call_rt("rt_str_concat", [msg, b.str_const("' and '")], OBJ)
    msg = b.call_rt("rt_str_concat", [msg, type_name(b, c)], OBJ)
    msg = b.call_rt("rt_str_concat", [msg, b.str_const("'")], OBJ)
    b.raise_msg("rt_type_TypeError", msg)


def no_value(b: Builder, method: str) -> None:
    """After an explicit call x.__eq__(y) of a method that may answer
    NotImplemented: unicc has no NotImplemented object to give, so that
    answer raises (NotImplementedError) rather than passing for False."""
    bad, ok = b.new_block(), b.new_block()
    b.branch(flag(b), bad, ok)
    b.activate(bad)
    b.raise_new("rt_type_NotImplementedError",
                f"{method}() answered NotImplemented, which unicc cannot give as a value; use the operator")
    b.activate(ok)


def user_class(b: Builder, name: str, dunder: str) -> TypeInfo | None:
    from unicc.irbuild.prepare import find_method
    info = b.ctx.infos.get(name)
    if info is None or name not in b.ctx.classes or find_method(b.ctx.classes[name], dunder) is None:
        return None
    return info


Try = tuple[TypeInfo, str, o.Register, o.Register]   # class, method, self, other


def in_order(left: TypeInfo | None, name: str, a: o.Register, c: o.Register,
             right: TypeInfo | None, rname: str) -> list[Try]:
    """The methods `a op c` tries: a's, then c's reflected one (first when c's
    class is a subclass of a's, as CPython orders them)."""
    tries: list[Try] = []
    if left is not None:
        tries.append((left, name, a, c))
    if right is not None:
        sub_first = left is not None and right is not left and left in right.mro
        tries.insert(0 if sub_first else len(tries), (right, rname, c, a))
    return tries


def in_turn(b: Builder, tries: list[Try], ret: RType, dispatch: Dispatch,
            store: Callable[[o.Register], object], done: o.BasicBlock) -> bool:
    """Call each method while the one before answered NotImplemented; each
    answer is stored and goes to done.  True when every one may answer
    NotImplemented: the current block is then the fallback's."""
    for info, meth, x, y in tries:
        def fill(fi: FuncInfo, y: o.Register = y) -> list[o.Register]:
            return [b.coerce(y, fi.params[1])]
        checked = may_notimpl(b.ctx, info, meth)
        if checked:
            set_flag(b, False)
        store(dispatch(b, info, meth, x, [], None, ret=ret, fill=fill))
        if not checked:
            b.goto(done)
            return False
        nxt = b.new_block()
        b.branch(flag(b), nxt, done)
        b.activate(nxt)
    return True


def rich_compare(b: Builder, op: str, a: o.Register, c: o.Register, ln: str, rn: str,
                 dispatch: Dispatch) -> o.Register | None:
    """`a op c` where a method of either side may answer NotImplemented; None
    when neither may (the ordinary lowering); dispatch: members.dispatch."""
    name = DUNDER[op]
    rname = REFLECTED[name]
    left = user_class(b, ln, name) if a.type.is_obj else None
    right = user_class(b, rn, rname) if c.type.is_obj else None
    if not (left is not None and may_notimpl(b.ctx, left, name) or
            right is not None and may_notimpl(b.ctx, right, rname)):
        return None
    res = b.reg(BOOL)
    done = b.new_block()
    tries = in_order(left, name, a, c, right, rname)
    if in_turn(b, tries, BOOL, dispatch, lambda r: b.assign(res, b.unary("not", r) if op == "!=" else r), done):
        if op in ("==", "!="):
            same = b.binary("eq", b.coerce(a, OBJ), b.coerce(c, OBJ), BOOL)
            b.assign(res, same if op == "==" else b.unary("not", same))
            b.goto(done)
        else:
            raise_unsupported(b, op, a, c)
    b.activate(done)
    return res


ARITH = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
         "%": "__mod__", "&": "__and__", "|": "__or__", "^": "__xor__", "<<": "__lshift__",
         ">>": "__rshift__", "@": "__matmul__"}
# the methods whose `return NotImplemented` is the flag (a comparison's answer is False, an operator's None)
ANSWERING = frozenset(REFLECTED) | frozenset(ARITH.values()) | frozenset("__r" + m[2:] for m in ARITH.values())


def returns_flag(b: Builder) -> bool:
    """Whether `return NotImplemented` in the function being lowered is the flag."""
    return b.gen is None and b.fn.name.rsplit(".", 1)[-1] in ANSWERING and b.fn.ret in (BOOL, OBJ)


def binary_dunder(b: Builder, op: str, a: o.Register, c: o.Register, ln: str, rn: str,
                  res_t: RType, dispatch: Dispatch) -> o.Register | None:
    """`a op c` through __add__ and __radd__ where one of them may answer
    NotImplemented, or only the right operand's class has the reflected
    method; None otherwise (the ordinary lowering); dispatch: members.dispatch."""
    name = ARITH[op]
    rname = "__r" + name[2:]
    left = user_class(b, ln, name) if a.type.is_obj else None
    right = user_class(b, rn, rname) if c.type.is_obj else None
    sub_first = left is not None and right is not None and right is not left and left in right.mro
    if left is None and right is None or left is not None and not may_notimpl(b.ctx, left, name) and not sub_first:
        return None
    res = b.reg(res_t)
    done = b.new_block()
    if in_turn(b, in_order(left, name, a, c, right, rname), OBJ, dispatch,
               lambda r: b.assign(res, b.coerce(r, res_t)), done):
        msg = b.str_const(f"unsupported operand type(s) for {op}: '")
        msg = b.call_rt("rt_str_concat", [msg, type_name(b, a)], OBJ)
        msg = b.call_rt("rt_str_concat", [msg, b.str_const("' and '")], OBJ)
        msg = b.call_rt("rt_str_concat", [msg, type_name(b, c)], OBJ)
        msg = b.call_rt("rt_str_concat", [msg, b.str_const("'")], OBJ)
        b.raise_msg("rt_type_TypeError", msg)
    b.activate(done)
    return res
