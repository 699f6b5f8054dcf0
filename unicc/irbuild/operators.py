"""Lowering of operator expressions: binary, boolean, unary and comparisons."""

from __future__ import annotations

from typing import Callable

from mypy.nodes import (
    ComparisonExpr, Expression, IndexExpr, IntExpr, ListExpr, MemberExpr, NameExpr, OpExpr, SetExpr, StarExpr,
    StrExpr, TupleExpr, UnaryExpr,
)
from mypy.options import Options
from mypy.reachability import ALWAYS_FALSE, ALWAYS_TRUE, infer_condition_value
from mypy.types import Instance, NoneType, Type, UninhabitedType

from unicc.frontend.validate import is_type_comparison
from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.abi import K_OBJ
from unicc.ir.rtypes import BOOL, F64, I64, OBJ, RType, is_fixed
from unicc.irbuild import classtypes, classvalues, complexes, mapper, names
from unicc.irbuild.builder import Builder, rtype_of
from unicc.irbuild.flags import flag_invert, is_flag
from unicc.irbuild.for_helpers import (
    add_item, append_item, dict_loop, for_each, is_enum_class, materialize, update_set,
)
from unicc.irbuild.indexing import contains
from unicc.irbuild.itemtype import item_rtype, never_items, slot_kind
from unicc.irbuild.members import call_dunder, dispatch, type_of
from unicc.irbuild.notimpl import DUNDER, resolves, rich_compare
from unicc.irbuild.percent import HELPER, percent_format
from unicc.irbuild.primitives import BINOPS, EQ
from unicc.irbuild.sequences import Item, as_value, const_int, tuple_items
from unicc.irbuild.typeof import compare_types
from unicc.irbuild.valueops import align_display, numeric_op, object_op, truth


def etype(b: Builder, e: Expression) -> str:
    return mapper.fullname(b.ctx.types.get(e))


def lower_op(b: Builder, e: OpExpr) -> o.Register:
    if e.op in ("and", "or"):
        return lower_bool_op(b, e)
    return binary_op(b, e.op, e.left, e.right, e)


def binary_op(b: Builder, op: str, left: Expression, right: Expression, node: Expression) -> o.Register:
    if op in complexes.BINARY and (complexes.is_complex(b, left) or complexes.is_complex(b, right)):
        return complexes.binary(b, op, left, right, node)
    if op in VIEW_SET_OPS and (etype(b, left) in SET_VIEWS or etype(b, right) in SET_VIEWS):
        return view_set_op(b, op, left, right, node)
    lt, rt = rtype_of(b, left), rtype_of(b, right)
    res = rtype_of(b, node)
    if res == I64 and lt == I64 and rt == I64:
        mark_masked(b, op, left, right)
    if not (lt.is_obj or rt.is_obj):
        return numeric_op(b, op, b.accept(left), b.accept(right), res, node)
    if (is_any(b, left) or is_any(b, right)) and op in ARITH_ANY + BITWISE_ANY and \
            all(is_any(b, x) or rtype_of(b, x) in (I64, F64, BOOL) for x in (left, right)):
        return any_arith(b, op, left, right, node)
    if op == "%" and etype(b, left) in HELPER:   # printf-style formatting
        return percent_format(b, left, right, etype(b, left))
    if op == "*":
        filled = list_filled(b, left, right, True) or list_filled(b, right, left, False)
        if filled is not None:
            return filled
    align_display(b, right, b.ctx.types.get(left))
    joined = join_kinds(b, op, node, left, right)
    if joined is not None:
        return joined
    for x in (left, right):
        if class_in_union(b, b.ctx.types.get(x)):
            raise b.ctx.error(b.module, node, f"operator '{op}' on a value of type {mapper.shown(b.ctx.types.get(x))} "
                                              "(a union with a class of the program) is not supported by unicc; "
                                              "narrow it with isinstance() first (sum() of objects: give it a start)")
    a = b.accept(left)
    c = b.accept(right)
    return object_op(b, op, a, c, etype(b, left), etype(b, right), node, left)


def class_in_union(b: Builder, t: Type | None) -> bool:
    """t is a union of a class of the program with a builtin type: which
    operator method runs depends on the run-time class, which the operator
    code does not test there (it would take the builtin's)."""
    p = mapper.proper(t) if t is not None else None
    if not isinstance(p, mapper.UnionType):
        return False
    items = [mapper.proper(i) for i in p.items if not isinstance(mapper.proper(i), NoneType)]
    own = [isinstance(i, Instance) and i.type.fullname in b.ctx.classes for i in items]
    return len(items) > 1 and any(own) and not all(own)   # (`Vector | Point` is dispatched on)


def join_kinds(b: Builder, op: str, node: Expression, left: Expression, right: Expression) -> o.Register | None:
    """list +, set | & - ^ and dict | of containers whose items (a dict's keys
    and values) are stored otherwise than the result stores them: the runtime
    joins them word for word, so an operand is first copied into the result's
    kinds where that loses nothing (ints boxed for a set[object]); s - t of a
    set[int] and a set[object] is computed on objects and the result, all
    items of s, stored back as ints (not s & t: CPython keeps the smaller
    set's items, and a 3.0 equal to 3 would become an int).  Otherwise a
    located error (list[int] + list[float] would print 1.0 for 1).  None:
    nothing to do."""
    sides = [b.ctx.types.get(x) for x in (node, left, right)]
    name = mapper.fullname(sides[0])
    if name not in ("builtins.list", "builtins.set", "builtins.dict") or \
            (mapper.fullname(sides[1]), op) not in BINOPS and op != "|":
        return None
    if any(isinstance(mapper.proper(t), UninhabitedType) for t in sides[1:]):
        return None   # an operand of type Never (the items of `[]`) is never there
    n = len(mapper.type_args(sides[0]))
    kinds = [[slot_kind(b, t, i) for i in range(n)] for t in sides]
    if kinds[1] == kinds[0] == kinds[2]:
        return None
    boxed = [OBJ] * n
    if all(never_items(t) or all(x == r or r == OBJ for x, r in zip(k, kinds[0]))
           for k, t in zip(kinds[1:], sides[1:])):   # (an empty `[]` is copied as the result's kinds)
        a, c = (copy_as(b, x, t, kinds[0]) for x, t in zip((left, right), sides[1:]))
        return object_op(b, op, a, c, name, name, node, left)
    if name == "builtins.set" and op == "-" and kinds[2] == boxed and kinds[1] == kinds[0]:
        on_objects = object_op(b, op, copy_as(b, left, sides[1], boxed), b.accept(right), name, name, node, left)
        return copy_kinds(b, on_objects, sides[2], name, kinds[0])
    raise b.ctx.error(b.module, node, f"'{op}' of {mapper.shown(sides[1])} and {mapper.shown(sides[2])} "
                                      "(items stored differently) is not supported by unicc")


SET_VIEWS = ("_collections_abc.dict_keys", "_collections_abc.dict_items")
VIEW_SET_OPS = {"|": "", "-": "rt_set_difference_update", "^": "rt_set_symmetric_difference_update",
                "&": "rt_set_intersection_update"}


def view_set_op(b: Builder, op: str, left: Expression, right: Expression, node: Expression) -> o.Register:
    """d.keys() | other, other - d.items(), ... (either side a keys or items
    view, the other any iterable): as CPython's dictviews_or/sub/xor/and, a new
    set of the left operand's items, updated by the right one's.  The sets are
    built in the result's item kind, or on objects (copied back) when an
    operand's items are stored otherwise."""
    t = b.ctx.types.get(node)
    if mapper.fullname(t) != "builtins.set":
        raise b.ctx.error(b.module, node, f"operator '{op}' giving {mapper.shown(t)} is not supported by unicc")
    kind = slot_kind(b, t)
    work = kind if kind == OBJ or all(item_rtype(b, b.ctx.types.get(x)) == kind for x in (left, right)) else OBJ
    s = b.call_rt("rt_set_new", [b.int(work.kind)], OBJ)
    update_set(b, s, left, work)
    if op == "|":
        update_set(b, s, right, work)
    else:
        other = b.call_rt("rt_set_new", [b.int(work.kind)], OBJ)
        update_set(b, other, right, work)
        b.call_rt(VIEW_SET_OPS[op], [s, other])
    if work == kind:
        return s
    info = mapper.proper(t).type   # type: ignore[attr-defined]
    return copy_kinds(b, s, Instance(info, [Instance(info.mro[-1], [])]), "builtins.set", [kind])


def copy_as(b: Builder, e: Expression, t: Type | None, kinds: list[RType]) -> o.Register:
    """The value of e, copied into a container of the given item kinds if its own differ."""
    v = b.accept(e)
    if [slot_kind(b, t, i) for i in range(len(kinds))] == kinds:
        return v
    return copy_kinds(b, v, t, mapper.fullname(t), kinds)


def copy_kinds(b: Builder, v: o.Register, t: Type | None, name: str, kinds: list[RType]) -> o.Register:
    assert t is not None
    node = b.held(t, v)
    if name == "builtins.list":
        out = b.call_rt("rt_list_new", [b.int(kinds[0].kind), b.int(0)], OBJ)
        for_each(b, node, lambda x: append_item(b, out, x, kinds[0]))
    elif name == "builtins.set":
        out = b.call_rt("rt_set_new", [b.int(kinds[0].kind)], OBJ)
        for_each(b, node, lambda x: add_item(b, out, as_value(b, x), kinds[0]))
    else:
        out = b.call_rt("rt_dict_new", [b.int(kinds[0].kind), b.int(kinds[1].kind)], OBJ)

        def each(nxt: Callable[[], Item], head: o.BasicBlock, step: o.BasicBlock, exit_: o.BasicBlock) -> None:
            it = nxt()
            k, val = tuple_items(b, it, kinds) if isinstance(it, o.Register) else it
            b.call_rt("rt_dict_set", [out, b.to_word(b.coerce(k, kinds[0])), b.to_word(b.coerce(val, kinds[1]))])
            b.goto(step)
            b.activate(exit_)
        dict_loop(b, v, t, "items", each)
    return out


ARITH_ANY = ("+", "-", "*", "/", "//", "%", "**")
BITWISE_ANY = ("|", "&", "^", "<<", ">>")


def is_any(b: Builder, e: Expression) -> bool:
    return isinstance(mapper.proper(b.ctx.types.get(e)), mapper.AnyType)


def any_arith(b: Builder, op: str, left: Expression, right: Expression, node: Expression) -> o.Register:
    """Arithmetic on typeshed's Any (the value of int ** int: an int, or a
    float for a negative exponent): the boxes' types decide, as in CPython.
    Bitwise operators take ints only: a float is CPython's TypeError."""
    a, c = b.accept(left), b.accept(right)
    if op in BITWISE_ANY:
        shown = op + "=" if node is left else op   # x op= y (statement.lower_op_assign)

        def bitwise(x: o.Register, y: o.Register) -> o.Register | None:
            if x.type.is_float or y.type.is_float:
                b.raise_new("rt_type_TypeError", f"unsupported operand type(s) for {shown}: "
                                                f"'{type_name(x)}' and '{type_name(y)}'")
                return None
            return b.coerce(numeric_op(b, op, b.coerce(x, I64), b.coerce(y, I64), I64, node), OBJ)
        return on_any_boxes(b, [a, c], lambda xs: bitwise(*xs))
    if a.type.is_float or c.type.is_float:
        return b.coerce(numeric_op(b, op, b.coerce(a, F64), b.coerce(c, F64), F64, node), OBJ)

    def arith(x: o.Register, y: o.Register) -> o.Register:
        t = F64 if x.type.is_float or y.type.is_float else I64
        x, y = b.coerce(x, t), b.coerce(y, t)
        return b.coerce(numeric_op(b, op, x, y, OBJ if op == "**" and t == I64 else t, node), OBJ)
    return on_any_boxes(b, [a, c], lambda xs: arith(*xs))


def type_name(v: o.Register) -> str:
    return "float" if v.type.is_float else "bool" if v.type == BOOL else "int"


def on_any_boxes(b: Builder, values: list[o.Register],
                 body: Callable[[list[o.Register]], o.Register | None]) -> o.Register:
    """body's boxed result for the values, each box (an Any: an int or a
    float) unboxed as what it holds: one branch per combination; body
    returns None where it raised."""
    res = b.reg(OBJ)
    done = b.new_block()

    def each(i: int, unboxed: list[o.Register]) -> None:
        if i == len(values):
            r = body(unboxed)
            if r is not None:
                b.assign(res, r)
                b.goto(done)
            return
        v = values[i]
        if not v.type.is_obj:
            each(i + 1, unboxed + [v])
            return
        yes, no = b.new_block(), b.new_block()
        b.branch(b.binary("eq", type_of(b, v), b.addr("rt_type_float"), BOOL), yes, no)
        b.activate(yes)
        each(i + 1, unboxed + [b.coerce(v, F64)])
        b.activate(no)
        each(i + 1, unboxed + [b.call_rt("rt_unbox_int", [v], I64)])
    each(0, [])
    b.activate(done)
    return res


def any_unary(b: Builder, op: str, e: UnaryExpr) -> o.Register:
    """-x, +x, ~x of an Any (an int or a float box)."""
    def unary(xs: list[o.Register]) -> o.Register | None:
        x = xs[0]
        if x.type.is_float:
            if op == "~":
                b.raise_new("rt_type_TypeError", "bad operand type for unary ~: 'float'")
                return None
            return b.coerce(b.unary("fneg", x) if op == "-" else x, OBJ)
        r = b.unary("neg", x, raises=True) if op == "-" else b.unary("invert", x) if op == "~" else x
        return b.coerce(r, OBJ)
    return on_any_boxes(b, [b.accept(e.expr)], unary)


# The low bits of a sum, difference, product, left shift, negation or
# bitwise op depend only on the low bits of its operands.
LOW_BITS = frozenset({"+", "-", "*", "<<", "&", "|", "^"})


def mark_masked(b: Builder, op: str, left: Expression, right: Expression) -> None:
    """`(expr) & M` and `(expr) % 2**k` with a constant 0 <= M < 2**63 keep only
    low bits, so the int arithmetic in expr may wrap at 64 bits: the masked
    result is exactly CPython's, where a checked overflow would raise."""
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


def list_filled(b: Builder, display: Expression, n: Expression, first: bool) -> o.Register | None:
    """`[x] * n` (`first`) or `n * [x]` in one runtime call, which lets the
    backend tell LLVM the new list's length."""
    if not (isinstance(display, ListExpr) and len(display.items) == 1 and rtype_of(b, n) == I64) \
            or isinstance(display.items[0], StarExpr):
        return None
    et = slot_kind(b, b.ctx.types.get(display))

    def item() -> o.Register:
        return b.to_word(b.accept_as(display.items[0], et))
    if first:   # operands in source order
        x, count = item(), b.accept(n)
    else:
        count, x = b.accept(n), item()
    return b.call_rt("rt_list_filled", [b.int(et.kind), x, count], OBJ)


def lower_bool_op(b: Builder, e: OpExpr) -> o.Register:
    """`a and b` / `a or b`: the value of the operand that decides.  The left
    value is tested before it is converted (`v or 0` with v None must not unbox)."""
    names.reject_type_checking(b, [e.left, e.right], f"`{e.op}`")
    t = rtype_of(b, e)
    result = b.reg(t)
    left = b.accept(e.left)
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
    b.assign(result, b.accept(e.right))
    b.goto(done)
    b.activate(done)
    return result


def lower_unary(b: Builder, e: UnaryExpr) -> o.Register:
    if e.op == "not":
        v = b.accept(e.expr)
        return b.unary("not", truth(b, v, b.ctx.types.get(e.expr)))
    t = rtype_of(b, e)
    if e.op == "-" and isinstance(e.expr, IntExpr) and e.expr.value == 1 << 63 and t == I64:
        return b.const(-(1 << 63), I64)   # -9223372036854775808: the least int, not a negation
    if is_any(b, e.expr):
        return any_unary(b, e.op, e)
    v = b.accept(e.expr)
    if e.op in ("-", "+") and complexes.is_complex(b, e.expr):
        return complexes.unary(b, e.op, v)
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
    if e.op == "~" and is_flag(mapper.instance_info(b.ctx.types.get(e.expr))):
        return flag_invert(b, v, mapper.instance_info(b.ctx.types.get(e.expr)))  # type: ignore[arg-type]
    if e.op == "~" and t.is_int:
        return b.unary("invert", b.coerce(v, t))
    r = call_dunder(b, v, b.ctx.types.get(e.expr), {"-": "__neg__", "+": "__pos__", "~": "__invert__"}[e.op], [], e)
    if r is not None:
        return r
    raise b.ctx.error(b.module, e, f"unary '{e.op}' on {mapper.shown(b.ctx.types.get(e.expr))} is not supported by unicc")


# ---- comparisons -----------------------------------------------------------------

# What mypy assumes of the interpreter, and so of sys.version_info and sys.platform comparisons
VERSION_OPTIONS = Options()
VERSION_OPTIONS.python_version = (3, 11)


def version_check(e: ComparisonExpr) -> bool | None:
    """`sys.version_info >= (3, 8)`, `sys.platform == "linux"`: known when
    compiling, decided as mypy decides which branch it checks (CPython 3.11
    on Linux, the reference); None for any other comparison."""
    if not any(isinstance(x, (MemberExpr, IndexExpr)) and
               any(name in (written(x) or "") for name in ("sys.version_info", "sys.platform"))
               for x in e.operands):
        return None
    value = infer_condition_value(e, VERSION_OPTIONS)
    return True if value == ALWAYS_TRUE else False if value == ALWAYS_FALSE else None


def lower_comparison(b: Builder, e: ComparisonExpr) -> o.Register:
    """Chained comparisons: a < b < c evaluates b once and stops at the first False."""
    known = version_check(e)
    if known is not None:
        return b.const(known, BOOL)
    if is_type_comparison(e):
        return compare_types(b, e)
    if len(e.operators) == 1 and e.operators[0] in ("is", "is not", "==", "!=") \
            and all(classtypes.class_type(b.ctx.types.get(x)) is not None and not mapper.opaque(b.ctx.types.get(x))
                    for x in e.operands):   # exception classes as values: the same descriptor
        same = b.binary("eq", classvalues.descriptor(b, e.operands[0]), classvalues.descriptor(b, e.operands[1]), BOOL)
        return b.unary("not", same) if e.operators[0] in ("is not", "!=") else same
    if len(e.operators) == 1 and e.operators[0] in ("in", "not in"):
        r = classvalues.member_of(b, e.operands[0], e.operands[1], e.operators[0] == "not in")
        if r is not None:
            return r
    if constant_display(b, e):
        return member_of_constants(b, e)
    result = b.reg(BOOL)
    done = b.new_block()
    for x, y in zip(e.operands, e.operands[1:]):
        align_display(b, y, b.ctx.types.get(x))
        align_display(b, x, b.ctx.types.get(y))
    # `tb is None` (mapper.opaque): the one use of a traceback
    b.opaque_ok = e.operators in (["is"], ["is not"]) and all(isinstance(x, NameExpr) for x in e.operands) \
        and any(x.fullname == "builtins.None" for x in e.operands)  # type: ignore[attr-defined]
    left = b.accept(e.operands[0])
    for i, op in enumerate(e.operators):
        right_e = e.operands[i + 1]
        # `Color.RED in Color`: the class's members, listed
        right = materialize(b, right_e) if is_enum_class(b, right_e) else b.accept(right_e)
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


def constant_display(b: Builder, e: ComparisonExpr) -> bool:
    """`x in {3, 4, 5}` (or a list or tuple display) of a few int or str
    literals, x an int or a str: CPython folds the display into a constant;
    here it is x == 3 or x == 4 ..., with no container built each time."""
    if len(e.operators) != 1 or e.operators[0] not in ("in", "not in"):
        return False
    x, d = e.operands
    if not isinstance(d, (SetExpr, ListExpr, TupleExpr)) or not 0 < len(d.items) <= 16:
        return False
    if rtype_of(b, x) in (I64, BOOL) and not is_fixed(rtype_of(b, x)):
        return all(const_int(i) is not None for i in d.items)
    return etype(b, x) == "builtins.str" and all(isinstance(i, StrExpr) for i in d.items)


def member_of_constants(b: Builder, e: ComparisonExpr) -> o.Register:
    x, d = e.operands
    assert isinstance(d, (SetExpr, ListExpr, TupleExpr))
    v = b.accept(x)
    found = b.const(False, BOOL)
    for item in d.items:
        found = b.binary("or", found, compare(b, "==", v, b.accept(item), x, item), BOOL)
    return b.unary("not", found) if e.operators[0] == "not in" else found


CMP = {"==": "eq", "!=": "ne", "<": "lt", "<=": "le", ">": "gt", ">=": "ge"}


def compare(b: Builder, op: str, a: o.Register, c: o.Register, le: Expression, re: Expression) -> o.Register:
    if op in ("is", "is not"):
        a2, c2 = b.coerce(a, OBJ) if a.type.is_obj else a, b.coerce(c, OBJ) if c.type.is_obj else c
        if a2.type != c2.type:
            return b.const(op == "is not", BOOL)
        if a2.type.is_float:   # one float is itself: nan is nan, 0.0 is not -0.0 (as id() says)
            a2, c2 = b.from_word(b.to_word(a2), I64), b.from_word(b.to_word(c2), I64)
        return b.binary("eq" if op == "is" else "ne", a2, c2, BOOL)
    if op in ("in", "not in"):
        r = contains(b, c, a, re, le)
        return b.unary("not", r) if op == "not in" else r
    if op in ("==", "!=") and (complexes.is_complex(b, le) or complexes.is_complex(b, re)):
        return complexes.equal(b, a, c, op == "!=")
    if not a.type.is_obj and not c.type.is_obj:
        t = a.type
        if a.type.is_float or c.type.is_float:
            t = F64
        elif a.type == BOOL and c.type != BOOL:
            t = c.type
        a, c = b.coerce(a, t), b.coerce(c, t)
        return b.binary(CMP[op], a, c, BOOL)
    return object_compare(b, op, a, c, etype(b, le), etype(b, re), le)


def may_notimpl_ne(b: Builder, ln: str) -> bool:
    """Whether a compiled class's __ne__ says `return NotImplemented` (then
    `!=` stays `not ==`, its documented difference)."""
    info = b.ctx.infos.get(ln)
    return info is not None and resolves(info, "__ne__")


def object_compare(b: Builder, op: str, a: o.Register, c: o.Register, ln: str, rn: str,
                   node: Expression) -> o.Register:
    lt = b.ctx.types.get(node)
    if op == "!=" and not may_notimpl_ne(b, ln):
        u = call_dunder(b, a, ln, "__ne__", [c], None)   # a class's own __ne__, as CPython calls it
        if u is not None:
            return u
    if op in DUNDER:
        r = rich_compare(b, op, a, c, ln, rn, dispatch)
        if r is not None:
            return r
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
