"""Lowering of expressions (except calls: see call.py)."""

from __future__ import annotations

from mypy.nodes import (
    GDEF, LDEF, AssignmentExpr, BytesExpr, ComparisonExpr, ConditionalExpr, DictExpr,
    DictionaryComprehension, Expression, FloatExpr, FuncDef, GeneratorExpr, IndexExpr, IntExpr,
    LambdaExpr, ListComprehension, ListExpr, MemberExpr, MypyFile, NameExpr, OpExpr,
    SetComprehension, SetExpr, SliceExpr, StrExpr, TupleExpr, TypeInfo, UnaryExpr, Var,
    CallExpr, CastExpr, Decorator, ComplexExpr, EllipsisExpr, StarExpr, AwaitExpr, YieldExpr,
    YieldFromExpr, SuperExpr,
)

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, PTR, VOID, WORD, RType, K_OBJ, is_fixed
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, class_named, is_cls, rtype_of
from unicc.irbuild.primitives import BINOPS, EQ, LEN

MODULE_CONSTS = {
    "math.pi": 3.141592653589793, "math.e": 2.718281828459045, "math.tau": 6.283185307179586,
    "math.inf": float("inf"), "math.nan": float("nan"),
}


def lower(b: Builder, e: Expression) -> o.Register:
    if e in b.pinned:
        return b.pinned[e]
    fn = DISPATCH.get(type(e))
    if fn is None:
        raise b.ctx.error(b.module, e, f"{type(e).__name__} is not supported by unicc")
    r = fn(b, e)
    if isinstance(e, (CallExpr, MemberExpr, IndexExpr)) and e in b.ctx.types and not r.type.is_void:
        # results of erased generic code (T as an object) come back as the caller's type
        want = rtype_of(b, e)
        if want != r.type and not want.is_void and (want.is_obj != r.type.is_obj):
            r = b.coerce(r, want)
    return r


def lower_as(b: Builder, e: Expression, t: RType) -> o.Register:
    return b.coerce(lower(b, e), t)


def etype(b: Builder, e: Expression) -> str:
    return mapper.fullname(b.ctx.types.get(e))


# ---- literals -------------------------------------------------------------

def lower_int(b: Builder, e: IntExpr) -> o.Register:
    t = rtype_of(b, e)
    if not -(1 << 63) <= e.value < (1 << 63):
        raise b.ctx.error(b.module, e, "integer literal does not fit in 64 bits (unicc ints are i64)")
    return b.const(e.value, t if t.is_int else I64)


def lower_float(b: Builder, e: FloatExpr) -> o.Register:
    return b.const(e.value, F64)


def lower_str(b: Builder, e: StrExpr) -> o.Register:
    return b.str_const(e.value)


def lower_bytes(b: Builder, e: BytesExpr) -> o.Register:
    # mypy keeps the source escapes: decode them as Python would
    raw = bytes(e.value, "latin-1").decode("unicode_escape").encode("latin-1")
    return b.const(o.BytesConst(raw), OBJ)


# ---- names ------------------------------------------------------------------

def lower_name(b: Builder, e: NameExpr) -> o.Register:
    if e.fullname == "builtins.True":
        return b.const(True, BOOL)
    if e.fullname == "builtins.False":
        return b.const(False, BOOL)
    if e.fullname == "builtins.None":
        return b.none()
    if e.fullname == "builtins.NotImplemented":
        return b.const(False, BOOL)   # only meaningful as __eq__'s answer: not equal
    node = e.node
    if isinstance(node, Var):
        return load_var(b, e, node)
    from unicc.irbuild.call import builtin_target, builtin_value
    target = builtin_target(e)
    if target is not None and "." in target[len("builtins."):]:   # a method: str.upper
        want = mapper.proper(b.expected.pop(e, None) or b.ctx.types.get(e))
        if isinstance(want, mapper.CallableType) and len(want.arg_types) >= 1:
            return builtin_value(b, e, target, list(want.arg_types), want.ret_type).fn
    if target is not None:   # len, str, abs... used as a value
        want = mapper.proper(b.expected.pop(e, None) or b.ctx.types.get(e))
        if isinstance(want, mapper.CallableType) and len(want.arg_types) >= 1:
            return builtin_value(b, e, target, list(want.arg_types), want.ret_type).fn
    if isinstance(node, FuncDef) and e.kind == LDEF:
        from unicc.irbuild.function import def_var
        return load_var(b, e, def_var(node))
    if isinstance(node, (FuncDef, Decorator)):
        from unicc.irbuild.function import function_value
        return function_value(b, e, node if isinstance(node, FuncDef) else node.func)
    if isinstance(node, MypyFile):
        return module_object(b, node.fullname)
    raise b.ctx.error(b.module, e, f"using '{e.name}' as a value is not supported by unicc")


def module_object(b: Builder, module: str) -> o.Register:
    """A module used as a value (`import m as alias; alias is m`): one object
    per module, made at first use; its attributes are read statically."""
    sym = b.ctx.builtin_class("type.module", "module", [("__name__", OBJ)])

    def make() -> o.Register:
        obj = b.alloc(sym, 1)
        b.set_field(obj, 0, b.str_const(module))
        return obj
    return b.global_object(f"{module}.<module object>", make)


def load_var(b: Builder, e: Expression, v: Var) -> o.Register:
    if is_cls(e):
        raise b.ctx.error(b.module, e, "cls as a value is not supported by unicc; "
                                       "use cls(...), cls.attribute or cls.method(...)")
    if mapper.opaque(v.type) and not b.opaque_ok:
        raise b.ctx.error(b.module, e, f"'{v.name}' (a class or traceback) is only compared with None "
                                       "or given to issubclass() in unicc")
    if v in b.locals:
        return b.locals[v]
    if v in b.cells:
        return b.get_field(b.cells[v], 0, b.cell_types[v])
    if v in b.env_slots:
        assert b.env is not None
        cell = b.get_field(b.env, b.env_slots[v], OBJ)
        return b.get_field(cell, 0, b.cell_types[v])
    name = v.fullname
    if name == "sys.argv":
        return b.call_rt("rt_sys_argv", [], OBJ)
    if name == "sys.maxsize":
        return b.int((1 << 63) - 1)
    if v.name == "__name__" and name.endswith(".__name__"):
        return b.str_const(name[: -len(".__name__")])
    if name in MODULE_CONSTS:
        return b.const(MODULE_CONSTS[name], F64)
    name = global_name(b, v, e)
    if name in b.ctx.globals or name != v.fullname and is_imported(b, v):
        g = b.ctx.global_var(name, mapper.rtype(v.type, b.subst))
        r = b.reg(g.type)
        b.emit(o.GetGlobal(r, name))
        return r
    if v.is_final and v.final_value is not None:
        return b.const(v.final_value, rtype_of(b, e))
    raise b.ctx.error(b.module, e, f"name '{v.name}' is not supported by unicc here")


def global_name(b: Builder, v: Var, e: Expression | None = None) -> str:
    """The global of a module-level variable.  A name bound by `from m import x`
    is the importing module's own global (a copy made by the import: m
    rebinding x later does not change it).  A comprehension's variable at
    module level is a global too (closures made in the comprehension read it
    late, as CPython's do); two comprehensions may use one name for different
    types."""
    if "." not in v.fullname:
        return f"{b.module}.<comprehension>.{v.name}.{mapper.rtype(v.type, b.subst)}"
    if isinstance(e, NameExpr) and is_imported(b, v):
        return f"{b.module}.{e.name}"
    return v.fullname


def is_imported(b: Builder, v: Var) -> bool:
    """v is a variable of another compiled module."""
    mod = v.fullname.rpartition(".")[0]
    return mod != b.module and mod in b.ctx.modules


def store_var(b: Builder, v: Var, value: o.Register, node: Expression) -> None:
    if v in b.cells:
        b.set_field(b.cells[v], 0, b.coerce(value, b.cell_types[v]))
        return
    if v in b.env_slots:
        assert b.env is not None
        cell = b.get_field(b.env, b.env_slots[v], OBJ)
        b.set_field(cell, 0, b.coerce(value, b.cell_types[v]))
        return
    if v in b.locals:
        b.assign(b.locals[v], value)
        return
    name = global_name(b, v, node)
    if name in b.ctx.globals and not b.fn.name.endswith("<module>"):
        g = b.ctx.globals[name]
        b.emit(o.SetGlobal(g.name, b.coerce(value, g.type)))
        return
    if b.fn.name.endswith("<module>") or name in b.ctx.globals:
        g = b.ctx.global_var(name, mapper.rtype(v.type, b.subst))
        b.emit(o.SetGlobal(g.name, b.coerce(value, g.type)))
        return
    r = b.reg(mapper.rtype(v.type, b.subst), v.name)
    b.locals[v] = r
    b.assign(r, value)


# ---- attribute access --------------------------------------------------------

def lower_member(b: Builder, e: MemberExpr) -> o.Register:
    from unicc.irbuild.classdef import load_attr
    if e.fullname in MODULE_CONSTS:
        return b.const(MODULE_CONSTS[e.fullname], F64)
    if isinstance(e.expr, NameExpr) and isinstance(e.expr.node, MypyFile):
        node = e.node
        if isinstance(node, Var):
            return load_var(b, e, node)
        if isinstance(node, FuncDef):
            from unicc.irbuild.function import function_value
            return function_value(b, e, node)
        raise b.ctx.error(b.module, e, f"module attribute '{e.name}' is not supported by unicc")
    info = mapper.instance_info(b.ctx.types.get(e.expr))
    cls = class_named(b, e.expr)
    if cls is not None:
        from unicc.irbuild.call import builtin_target
        if builtin_target(e) is not None:   # str.upper as a value
            return lower_name(b, e)  # type: ignore[arg-type]
        # Class attribute: an enum member or a class constant
        return class_constant(b, e, cls)
    return load_attr(b, lower(b, e.expr), info, e)


def class_constant(b: Builder, e: MemberExpr, info: TypeInfo) -> o.Register:
    if info.fullname in b.ctx.enums and e.name in b.ctx.enums[info.fullname]:
        return b.int(b.ctx.enums[info.fullname][e.name])   # IntEnum members are ints
    sym = info.get(e.name)
    node = sym.node if sym else None
    if isinstance(node, Var):
        if node.final_value is not None:
            return b.const(node.final_value, rtype_of(b, e))
        name = f"{info.fullname}.{e.name}"
        if name in b.ctx.globals:
            r = b.reg(b.ctx.globals[name].type)
            b.emit(o.GetGlobal(r, name))
            return r
    raise b.ctx.error(b.module, e, f"class attribute '{e.name}' is not supported by unicc")


# ---- operators ---------------------------------------------------------------

ARITH = {"+": "add", "-": "sub", "*": "mul", "//": "floordiv", "%": "mod", "<<": "lshift",
         ">>": "rshift", "&": "and", "|": "or", "^": "xor"}
WRAP = {"+": "wadd", "-": "wsub", "*": "wmul", "//": "wdiv", "%": "wmod", "<<": "wshl",
        ">>": "wshr", "&": "and", "|": "or", "^": "xor"}


def lower_op(b: Builder, e: OpExpr) -> o.Register:
    if e.op in ("and", "or"):
        return lower_bool_op(b, e)
    return binary_op(b, e.op, e.left, e.right, e)


def binary_op(b: Builder, op: str, left: Expression, right: Expression, node: Expression) -> o.Register:
    lt, rt = rtype_of(b, left), rtype_of(b, right)
    res = rtype_of(b, node)
    if res == I64 and lt == I64 and rt == I64:
        mark_masked(b, op, left, right)
    if not (lt.is_obj or rt.is_obj):
        return numeric_op(b, op, lower(b, left), lower(b, right), res, node)
    if op == "*":
        filled = list_filled(b, left, right, True) or list_filled(b, right, left, False)
        if filled is not None:
            return filled
    align_display(b, right, b.ctx.types.get(left))
    a = lower(b, left)
    c = lower(b, right)
    return object_op(b, op, a, c, etype(b, left), etype(b, right), node, left)


# The low bits of a sum, difference, product, left shift, negation or
# bitwise op depend only on the low bits of its operands.
LOW_BITS = frozenset({"+", "-", "*", "<<", "&", "|", "^"})


def mark_masked(b: Builder, op: str, left: Expression, right: Expression) -> None:
    """`(expr) & M` and `(expr) % 2**k` with a constant 0 <= M < 2**63 keep only
    low bits, so the int arithmetic in expr may wrap at 64 bits: the masked
    result is exactly CPython's, where a checked overflow would raise."""
    from unicc.irbuild.containers import const_int
    if op == "&":
        masks = ((left, const_int(right)), (right, const_int(left)))
        masked = [e for e, m in masks if m is not None and m >= 0]
    else:   # x % 2**k == x & (2**k - 1)
        k = (const_int(right) or 0) if op == "%" else 0
        masked = [left] if k > 0 and k & (k - 1) == 0 else []
    while masked:
        x = masked.pop()
        if rtype_of(b, x) != I64:
            continue
        if isinstance(x, OpExpr) and x.op in LOW_BITS:
            b.ctx.wrapping.add(x)
            masked += [x.left] if x.op == "<<" else [x.left, x.right]   # a shift count stays exact
        elif isinstance(x, UnaryExpr) and x.op in ("-", "~", "+"):
            b.ctx.wrapping.add(x)
            masked.append(x.expr)


def align_display(b: Builder, e: Expression, like: object) -> None:
    """A display operand takes its partner's type: mypy types `{2, 3}` in
    `s & {2, 3}` as set[object], but its items must be stored like s's."""
    from mypy.nodes import SetExpr as _S, ListExpr as _L, DictExpr as _D, RefExpr as _R
    fresh = isinstance(e, (_S, _L, _D, ListComprehension, SetComprehension, DictionaryComprehension)) or (
        isinstance(e, CallExpr) and isinstance(e.callee, _R) and
        e.callee.fullname in ("builtins.set", "builtins.list", "builtins.dict", "builtins.sorted"))
    if fresh and like is not None and \
            mapper.fullname(like) == mapper.fullname(b.ctx.types.get(e)):  # type: ignore[arg-type]
        b.ctx.types[e] = like  # type: ignore[assignment]


def numeric_op(b: Builder, op: str, a: o.Register, c: o.Register, res: RType, node: Expression) -> o.Register:
    if res.is_obj:   # mypy says Any (float ** float): the operands decide
        res = F64 if a.type.is_float or c.type.is_float else a.type if a.type == c.type else I64
    if op == "/":
        kind = "fdiv" if a.type.is_float or c.type.is_float else "idiv"
        return b.binary(kind, b.coerce(a, F64), b.coerce(c, F64), F64, raises=True)
    if op == "**":
        if res.is_float:
            return b.call_rt("rt_float_pow", [b.coerce(a, F64), b.coerce(c, F64)], F64)
        if is_fixed(res):
            raise b.ctx.error(b.module, node, "** on fixed-width ints is not supported by unicc")
        return b.call_rt("rt_int_pow", [b.coerce(a, I64), b.coerce(c, I64)], I64)
    if res.is_float:
        a, c = b.coerce(a, F64), b.coerce(c, F64)
        if op == "//":
            return b.call_rt("rt_float_floordiv", [a, c], F64)
        if op == "%":
            return b.call_rt("rt_float_mod", [a, c], F64)
        return b.binary(ARITH[op], a, c, F64, raises=False)
    if res == BOOL:  # & | ^ on bools
        return b.binary(ARITH[op], a, c, BOOL)
    if is_fixed(res):
        a, c = b.coerce(a, res), b.coerce(c, res)
        return b.binary(WRAP[op], a, c, res, raises=op in ("//", "%"))
    a, c = b.coerce(a, I64), b.coerce(c, I64)
    if node in b.ctx.wrapping and op in ("+", "-", "*", "<<"):   # see mark_masked
        return b.binary(WRAP_I64[op], a, c, I64, raises=op == "<<")
    return b.binary(ARITH[op], a, c, I64, raises=op not in ("&", "|", "^"))


# int ops whose result is masked (mark_masked); wlshift still raises on a negative count
WRAP_I64 = {"+": "wadd", "-": "wsub", "*": "wmul", "<<": "wlshift"}


def list_filled(b: Builder, display: Expression, n: Expression, first: bool) -> o.Register | None:
    """`[x] * n` (`first`) or `n * [x]` in one runtime call, which lets the
    backend tell LLVM the new list's length."""
    from unicc.irbuild.containers import elem_type
    if not (isinstance(display, ListExpr) and len(display.items) == 1 and rtype_of(b, n) == I64) \
            or isinstance(display.items[0], StarExpr):
        return None
    et = elem_type(b, b.ctx.types.get(display))

    def item() -> o.Register:
        return b.to_word(lower_as(b, display.items[0], et))
    if first:   # operands in source order
        x, count = item(), lower(b, n)
    else:
        count, x = lower(b, n), item()
    return b.call_rt("rt_list_filled", [b.int(et.kind), x, count], OBJ)


# seq * n
REPEAT = {"builtins.str": "rt_str_repeat", "builtins.list": "rt_list_repeat",
          "builtins.bytes": "rt_bytes_repeat", "builtins.bytearray": "rt_bytes_repeat"}


def object_op(b: Builder, op: str, a: o.Register, c: o.Register, ltn: str, rtn: str,
              node: Expression, left: Expression) -> o.Register:
    if op == "*" and ltn in REPEAT:
        return b.call_rt(REPEAT[ltn], [a, b.coerce(c, I64)], OBJ)
    if op == "*" and rtn in REPEAT:
        return object_op(b, op, c, a, rtn, ltn, node, left)
    if op == "+" and ltn == "builtins.tuple":
        return tuple_concat(b, a, c, left, node)
    if op == "*" and ltn == "builtins.tuple":
        return b.call_rt("rt_tuple_repeat", [a, b.coerce(c, I64)], OBJ)
    fn = BINOPS.get((ltn, op))
    if fn:
        return b.call_rt(fn, [a, c], OBJ)
    if op == "|" and ltn == "builtins.dict":   # d1 | d2: a merged copy
        d = b.call_rt("rt_dict_copy", [a], OBJ)
        b.call_rt("rt_dict_update", [d, c])
        return d
    if op == "%" and ltn == "builtins.str":
        raise b.ctx.error(b.module, node, "'%' string formatting is not supported by unicc; use an f-string")
    from unicc.irbuild.classdef import call_dunder
    dunder = DUNDERS.get(op)
    if dunder:
        r = call_dunder(b, a, b.ctx.types.get(left), dunder, [c], node)
        if r is not None:
            return r
    raise b.ctx.error(b.module, node, f"operator '{op}' on {ltn or 'this type'} is not supported by unicc")


DUNDERS = {"+": "__add__", "-": "__sub__", "*": "__mul__", "/": "__truediv__", "//": "__floordiv__",
           "%": "__mod__", "&": "__and__", "|": "__or__", "^": "__xor__", "<<": "__lshift__",
           ">>": "__rshift__", "@": "__matmul__"}


def tuple_concat(b: Builder, a: o.Register, c: o.Register, left: Expression, node: Expression) -> o.Register:
    items = mapper.proper(b.ctx.types.get(node))
    from unicc.irbuild.containers import new_tuple, tuple_items
    lt = mapper.proper(b.ctx.types.get(left))
    if not isinstance(items, mapper.TupleType) or not isinstance(lt, mapper.TupleType):
        raise b.ctx.error(b.module, node, "concatenating variable-length tuples is not supported by unicc")
    n = len(lt.items)
    vals = tuple_items(b, a, [mapper.rtype(t, b.subst) for t in items.items[:n]])
    vals += tuple_items(b, c, [mapper.rtype(t, b.subst) for t in items.items[n:]])
    return new_tuple(b, vals)


def lower_bool_op(b: Builder, e: OpExpr) -> o.Register:
    """`a and b` / `a or b`: the value of the operand that decides.  The left
    value is tested before it is converted (`v or 0` with v None must not unbox)."""
    t = rtype_of(b, e)
    result = b.reg(t)
    left = lower(b, e.left)
    test = truth(b, left, b.ctx.types.get(e.left))
    rhs, take_left, done = b.new_block(), b.new_block(), b.new_block()
    if e.op == "and":
        b.branch(test, rhs, take_left)
    else:
        b.branch(test, take_left, rhs)
    b.activate(take_left)
    b.assign(result, left)
    b.goto(done)
    b.activate(rhs)
    b.assign(result, lower(b, e.right))
    b.goto(done)
    b.activate(done)
    return result


def builtin_len(b: Builder, v: o.Register, name: str) -> o.Register:
    """len() of a builtin object (a name in LEN): a load of its length word
    where it keeps one, so that LLVM can reason about loops bounded by it."""
    where = LEN[name]
    if isinstance(where, int):
        return b.get_field(v, where, I64)
    return b.call_rt(where, [v], I64, raises=False)


def truth(b: Builder, v: o.Register, t: object) -> o.Register:
    """Python truthiness of a value of mypy type t."""
    from unicc.irbuild.classdef import call_dunder
    if v.type == BOOL:
        return v
    if v.type.is_float:
        return b.binary("ne", v, b.const(0.0, F64), BOOL)
    if v.type.is_int:
        return b.binary("ne", v, b.const(0, v.type), BOOL)
    inner = mapper.optional_item(t)  # type: ignore[arg-type]
    name = mapper.fullname(t)  # type: ignore[arg-type]
    if inner is not None:
        # `x` for an Optional: None is false, else the item's own truth
        res = b.reg(BOOL)
        b.assign(res, b.binary("ne", v, b.none(), BOOL))
        iname = mapper.fullname(inner)
        if mapper.rtype(inner).is_obj and (iname in LEN or has_len(b, iname)):
            yes, done = b.new_block(), b.new_block()
            b.branch(res, yes, done)
            b.activate(yes)
            b.assign(res, truth(b, v, inner))
            b.goto(done)
            b.activate(done)
        elif not mapper.rtype(inner).is_obj:
            yes, done = b.new_block(), b.new_block()
            b.branch(res, yes, done)
            b.activate(yes)
            b.assign(res, truth(b, b.coerce(v, mapper.rtype(inner)), inner))
            b.goto(done)
            b.activate(done)
        return res
    if name in LEN:
        return b.binary("ne", builtin_len(b, v, name), b.int(0), BOOL)
    for dunder in ("__bool__", "__len__"):
        r = call_dunder(b, v, t, dunder, [], None)
        if r is not None:
            return truth(b, r, None) if r.type != BOOL else r
    if not name or name == "builtins.object":   # a union: decided at run time
        return b.call_rt("rt_truth", [b.to_word(v), b.int(v.type.kind)], BOOL, raises=False)
    return b.binary("ne", v, b.none(), BOOL)


def has_len(b: Builder, name: str) -> bool:
    ci = b.ctx.classes.get(name)
    return ci is not None and ("__len__" in ci.methods or "__bool__" in ci.methods)


def lower_unary(b: Builder, e: UnaryExpr) -> o.Register:
    if e.op == "not":
        v = lower(b, e.expr)
        return b.unary("not", truth(b, v, b.ctx.types.get(e.expr)))
    v = lower(b, e.expr)
    t = rtype_of(b, e)
    if e.op == "-":
        if t.is_float:
            return b.unary("fneg", b.coerce(v, F64))
        if is_fixed(t):
            return b.unary("wneg", b.coerce(v, t))
        if t.is_int:
            if e in b.ctx.wrapping:
                return b.unary("wneg", b.coerce(v, I64))
            return b.unary("neg", b.coerce(v, I64), raises=True)
    if e.op == "+" and not t.is_obj:
        return b.coerce(v, t)
    if e.op == "~" and t.is_int:
        return b.unary("invert", b.coerce(v, t))
    from unicc.irbuild.classdef import call_dunder
    r = call_dunder(b, v, b.ctx.types.get(e.expr), {"-": "__neg__", "+": "__pos__", "~": "__invert__"}[e.op], [], e)
    if r is not None:
        return r
    raise b.ctx.error(b.module, e, f"unary '{e.op}' on this type is not supported by unicc")


# ---- comparisons -----------------------------------------------------------------

def lower_comparison(b: Builder, e: ComparisonExpr) -> o.Register:
    """Chained comparisons: a < b < c evaluates b once and stops at the first False."""
    result = b.reg(BOOL)
    done = b.new_block()
    for x, y in zip(e.operands, e.operands[1:]):
        align_display(b, y, b.ctx.types.get(x))
        align_display(b, x, b.ctx.types.get(y))
    # `exc_type is None` (mapper.opaque): the one use of a class value
    b.opaque_ok = e.operators in (["is"], ["is not"]) and all(isinstance(x, NameExpr) for x in e.operands) \
        and any(x.fullname == "builtins.None" for x in e.operands)  # type: ignore[attr-defined]
    left = lower(b, e.operands[0])
    for i, op in enumerate(e.operators):
        right_e = e.operands[i + 1]
        right = lower(b, right_e)
        b.opaque_ok = False
        r = compare(b, op, left, right, e.operands[i], right_e)
        b.assign(result, r)
        if i < len(e.operators) - 1:
            nxt = b.new_block()
            b.branch(result, nxt, done)
            b.activate(nxt)
        left = right
    b.goto(done)
    b.activate(done)
    return result


CMP = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}


def compare(b: Builder, op: str, a: o.Register, c: o.Register, le: Expression, re: Expression) -> o.Register:
    if op in ("is", "is not"):
        a2, c2 = b.coerce(a, OBJ) if a.type.is_obj else a, b.coerce(c, OBJ) if c.type.is_obj else c
        if a2.type != c2.type:
            return b.const(op == "is not", BOOL)
        return b.binary("eq" if op == "is" else "ne", a2, c2, BOOL)
    if op in ("in", "not in"):
        from unicc.irbuild.containers import contains
        r = contains(b, c, a, re, le)
        return b.unary("not", r) if op == "not in" else r
    if not a.type.is_obj and not c.type.is_obj:
        t = a.type
        if a.type.is_float or c.type.is_float:
            t = F64
        elif a.type == BOOL and c.type != BOOL:
            t = c.type
        a, c = b.coerce(a, t), b.coerce(c, t)
        return b.binary(CMP[op], a, c, BOOL)
    return object_compare(b, op, a, c, etype(b, le), etype(b, re), le)


def object_compare(b: Builder, op: str, a: o.Register, c: o.Register, ln: str, rn: str,
                   node: Expression) -> o.Register:
    from unicc.irbuild.classdef import call_dunder
    lt = b.ctx.types.get(node)
    if op in ("==", "!="):
        if a.type.is_obj != c.type.is_obj or mapper.optional_item(lt) is not None:
            a, c = b.coerce(a, OBJ), b.coerce(c, OBJ)
            r = b.call_rt("rt_eq", [b.to_word(a), b.to_word(c), b.int(K_OBJ)], BOOL)
        elif ln == rn and ln in EQ:
            r = b.call_rt(EQ[ln], [a, c], BOOL)
        else:
            u = call_dunder(b, a, ln, "__eq__", [c], None)
            r = u if u is not None else b.call_rt("rt_eq", [b.to_word(a), b.to_word(c), b.int(K_OBJ)], BOOL)
        return b.unary("not", r) if op == "!=" else r
    if ln == "builtins.set":
        x, y = (a, c) if op in ("<=", "<") else (c, a)
        sub = b.call_rt("rt_set_issubset", [x, y], BOOL)
        if op in ("<=", ">="):
            return sub
        smaller = b.binary("lt", b.call_rt("rt_set_len", [x], I64, raises=False),
                           b.call_rt("rt_set_len", [y], I64, raises=False), BOOL)
        return b.binary("and", sub, smaller, BOOL)
    dunder = {"<": "__lt__", ">": "__gt__", "<=": "__le__", ">=": "__ge__"}[op]
    u = call_dunder(b, a, ln, dunder, [c], None)
    if u is not None:
        return u
    if ln == "builtins.str" and rn == "builtins.str":
        cmp = b.call_rt("rt_str_cmp", [a, c], I64, raises=False)
        return b.binary(CMP[op], cmp, b.int(0), BOOL)
    a, c = b.to_word(b.coerce(a, OBJ)), b.to_word(b.coerce(c, OBJ))
    k = b.int(K_OBJ)
    if op == "<":
        return b.call_rt("rt_lt", [a, c, k], BOOL)
    if op == ">":
        return b.call_rt("rt_lt", [c, a, k], BOOL)
    if op == "<=":
        return b.unary("not", b.call_rt("rt_lt", [c, a, k], BOOL))
    return b.unary("not", b.call_rt("rt_lt", [a, c, k], BOOL))


# ---- misc ---------------------------------------------------------------------------

def lower_conditional(b: Builder, e: ConditionalExpr) -> o.Register:
    t = rtype_of(b, e)
    result = b.reg(t)
    yes, no, done = b.new_block(), b.new_block(), b.new_block()
    from unicc.irbuild.statement import cond_branch
    cond_branch(b, e.cond, yes, no)
    b.activate(yes)
    b.assign(result, lower(b, e.if_expr))
    b.goto(done)
    b.activate(no)
    b.assign(result, lower(b, e.else_expr))
    b.goto(done)
    b.activate(done)
    return result


def lower_walrus(b: Builder, e: AssignmentExpr) -> o.Register:
    v = lower(b, e.value)
    assert isinstance(e.target.node, Var)
    store_var(b, e.target.node, v, e.target)
    return v


def lower_cast(b: Builder, e: CastExpr) -> o.Register:
    return lower_as(b, e.expr, rtype_of(b, e))


def unsupported(what: str):  # type: ignore[no-untyped-def]
    def fn(b: Builder, e: Expression) -> o.Register:
        raise b.ctx.error(b.module, e, f"{what} is not supported by unicc")
    return fn


def _call(b: Builder, e: CallExpr) -> o.Register:
    from unicc.irbuild.call import lower_call
    return lower_call(b, e)


def _index(b: Builder, e: IndexExpr) -> o.Register:
    from unicc.irbuild.containers import lower_index
    return lower_index(b, e)


def _containers(b: Builder, e: Expression) -> o.Register:
    from unicc.irbuild import containers
    return containers.lower_display(b, e)


def _genexpr(b: Builder, e: GeneratorExpr) -> o.Register:
    """A generator expression kept as a value (consumers that loop over it
    directly, such as sum() or "".join(), never build it: see containers.py)."""
    from unicc.irbuild.generator import lower_genexpr
    return lower_genexpr(b, e)


def _lambda(b: Builder, e: LambdaExpr) -> o.Register:
    from unicc.irbuild.function import lower_lambda
    return lower_lambda(b, e)


def _yield(b: Builder, e: YieldExpr) -> o.Register:
    from unicc.irbuild.generator import lower_yield_expr
    return lower_yield_expr(b, e)


def _yield_from(b: Builder, e: YieldFromExpr) -> o.Register:
    from unicc.irbuild.generator import lower_yield_from
    return lower_yield_from(b, e)


def _await(b: Builder, e: AwaitExpr) -> o.Register:
    from unicc.irbuild.generator import lower_await
    return lower_await(b, e)


DISPATCH = {
    IntExpr: lower_int, FloatExpr: lower_float, StrExpr: lower_str, BytesExpr: lower_bytes,
    NameExpr: lower_name, MemberExpr: lower_member, OpExpr: lower_op, UnaryExpr: lower_unary,
    ComparisonExpr: lower_comparison, ConditionalExpr: lower_conditional,
    AssignmentExpr: lower_walrus, CastExpr: lower_cast, CallExpr: _call, IndexExpr: _index,
    ListExpr: _containers, TupleExpr: _containers, DictExpr: _containers, SetExpr: _containers,
    ListComprehension: _containers, SetComprehension: _containers,
    DictionaryComprehension: _containers, GeneratorExpr: _genexpr, LambdaExpr: _lambda,
    ComplexExpr: unsupported("complex numbers"), EllipsisExpr: unsupported("Ellipsis"),
    StarExpr: unsupported("star expressions"), AwaitExpr: _await,
    YieldExpr: _yield, YieldFromExpr: _yield_from,
    SuperExpr: unsupported("super() outside a method call"), SliceExpr: unsupported("a slice outside []"),
}

__all__ = ["lower", "lower_as", "truth", "store_var", "load_var", "compare", "GDEF", "LDEF", "PTR",
           "VOID", "WORD"]
