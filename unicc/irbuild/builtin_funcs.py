"""Builtin functions (len, print, min, sorted, int, ...): each a specialised
lowering registered in registry.BUILTIN_FUNCS under its full name."""

from __future__ import annotations

from typing import Callable

from mypy.nodes import (
    CallExpr, DictExpr, Expression, GeneratorExpr, ListExpr, MemberExpr, NameExpr, OpExpr, RefExpr, SetExpr,
    TempNode, TupleExpr, TypeInfo, ARG_POS, ARG_STAR,
)

from unicc.frontend.validate import type_call_arg
from unicc.frontend.walk import written
from mypy.types import NoneType, TypedDictType, TypeVarType, UninhabitedType

from unicc.ir import abi, ops as o
from unicc.ir.abi import K_OBJ, K_U64
from unicc.ir.rtypes import BOOL, F64, FIXED, I64, OBJ, PTR, VOID, WORD, RType
from unicc.irbuild import classtypes, classvalues, complexes, mapper, slices
from unicc.irbuild.builder import Builder, rtype_of
from unicc.irbuild.registry import BUILTIN_FUNCS
from unicc.irbuild.arguments import match_args
from unicc.irbuild.closures import FnArg, callable_arg
from unicc.irbuild.flags import flag_decl, is_flag, popcount
from unicc.irbuild.for_helpers import (
    append_item, comprehension, for_each, lower_iterator_call, update_dict, update_set,
)
from unicc.frontend.check import BUILTIN_METHODS
from unicc.irbuild.helpers import helper_function
from unicc.irbuild.generator import b_iter, b_next, lower_lazy
from unicc.irbuild import abstract
from unicc.irbuild.itemtype import ABSTRACT, item_mypy, slot_kind, type_arg
from unicc.irbuild.members import call_dunder, dispatch
from unicc.irbuild.methods import byteorder, codec_limit, decode, encode, int_list, sort_list
from unicc.irbuild.operators import CMP, compare, copy_as
from unicc.irbuild.prepare import implementations, type_symbol
from unicc.irbuild.primitives import LEN
from unicc.irbuild.sequences import Item, as_value, new_tuple
from unicc.irbuild.strings import b_format, to_ascii, to_str
from unicc.irbuild.valueops import align_display, builtin_len, numeric_op, truth


# ---- builtin functions ---------------------------------------------------------------------

def b_print(b: Builder, e: CallExpr) -> o.Register:
    sep: o.Register | None = None
    end: o.Register | None = None
    flush: o.Register | None = None
    fd = b.int(1)
    file: o.Register | None = None   # a stream other than sys.stdout/sys.stderr
    file_arg: Expression | None = None
    values = []
    for arg, name in zip(e.args, e.arg_names):
        if name == "sep":
            sep = b.accept(arg)
        elif name == "end":
            end = b.accept(arg)
        elif name == "file":
            if isinstance(arg, MemberExpr) and arg.fullname in ("sys.stderr", "sys.stdout"):
                fd = b.int(2 if arg.fullname == "sys.stderr" else 1)
            elif not (isinstance(arg, NameExpr) and arg.fullname == "builtins.None"):   # None: stdout
                file, file_arg = b.accept(arg), arg
        elif name == "flush":
            flush = b.accept(arg)
        else:
            values.append(arg)
    sep = sep if sep is not None else b.str_const(" ")
    out = None
    regs = [b.accept(a) for a in values]   # all arguments are evaluated before any is printed
    end = end if end is not None else b.str_const("\n")
    if file is not None and file_arg is not None:
        return print_to(b, file, file_arg, [to_str(b, r, b.ctx.types.get(a)) for a, r in zip(values, regs)],
                        sep, end, flush)
    for a, r in zip(values, regs):
        s = to_str(b, r, b.ctx.types.get(a))
        out = s if out is None else b.call_rt("rt_str_concat", [b.call_rt("rt_str_concat", [out, sep], OBJ), s], OBJ)
    out = end if out is None else b.call_rt("rt_str_concat", [out, end], OBJ)
    b.call_rt("rt_print_str", [fd, out])
    if flush is not None:   # print(..., flush=True): out now, not at exit
        yes, done = b.new_block(), b.new_block()
        b.branch(truth(b, flush, None), yes, done)
        b.activate(yes)
        b.call_rt("rt_flush", [], raises=False)
        b.goto(done)
        b.activate(done)
    return b.none()


def print_to(b: Builder, file: o.Register, arg: Expression, strs: list[o.Register], sep: o.Register,
             end: o.Register, flush: o.Register | None) -> o.Register:
    """print(..., file=f): as CPython, one f.write() of each value, separator
    and the end, then f.flush() if asked; file=None is sys.stdout."""
    t = b.ctx.types.get(arg)
    info = mapper.instance_info(mapper.optional_item(t) or t)
    if info is None or not implementations(b.ctx, info, "write"):
        raise b.ctx.error(b.module, arg, f"print(file=...) of {mapper.shown(t)} is not supported by unicc")
    done = b.new_block()
    if mapper.optional_item(t) is not None:
        none, some = b.new_block(), b.new_block()
        b.branch(b.binary("eq", file, b.none(), BOOL), none, some)
        b.activate(none)
        out = end
        for i, s in enumerate(reversed(strs)):
            out = b.call_rt("rt_str_concat", [s, out if i == 0 else b.call_rt("rt_str_concat", [sep, out], OBJ)],
                            OBJ)
        b.call_rt("rt_print_str", [b.int(1), out])
        b.goto(done)
        b.activate(some)
    for i, s in enumerate(strs):
        if i:
            dispatch(b, info, "write", file, [sep], None, I64)
        dispatch(b, info, "write", file, [s], None, I64)
    dispatch(b, info, "write", file, [end], None, I64)
    if flush is not None:
        yes = b.new_block()
        b.branch(truth(b, flush, None), yes, done)
        b.activate(yes)
        dispatch(b, info, "flush", file, [], None, VOID)
    b.goto(done)
    b.activate(done)
    return b.none()


def b_open(b: Builder, e: CallExpr) -> o.Register:
    """open(): io._open (stdlib/cpython/io.py) makes the file object of the
    mode; the validator has rejected open() on a target without files."""
    fi = b.ctx.funcs.get("io._open")
    if fi is None:
        raise b.ctx.error(b.module, e, "open() is not supported by unicc here: io is not compiled")
    if "opener" in e.arg_names or len(e.args) > 7:
        raise b.ctx.error(b.module, e, "open(opener=...) is not supported by unicc")
    if mapper.fullname(b.ctx.types.get(e.args[0])) != "builtins.str":
        raise b.ctx.error(b.module, e.args[0], f"open() of {mapper.shown(b.ctx.types.get(e.args[0]))} is not "
                                               "supported by unicc: give the file's name as a str")
    b.emit(o.Call(None, "io.<module>", []))   # io's globals, as `import io` would
    b.check_exc()
    return b.call(fi, match_args(b, e, fi, None))


DISPLAYS: dict[type, str] = {ListExpr: "builtins.list", TupleExpr: "builtins.tuple", SetExpr: "builtins.set",
                             DictExpr: "builtins.dict"}


def b_len(b: Builder, e: CallExpr) -> o.Register:
    a = e.args[0]
    if isinstance(a, RefExpr) and isinstance(a.node, TypeInfo) and a.node.fullname in b.ctx.enums:
        if is_flag(a.node):
            return b.int(len(flag_decl(b.ctx, a.node).singles))
        return b.int(len(set(b.ctx.enums[a.node.fullname].values())))
    if isinstance(a, RefExpr) and isinstance(a.node, TypeInfo) and a.node.fullname in b.ctx.obj_enums:
        return b.int(len(b.ctx.obj_enums[a.node.fullname].values))
    t = b.ctx.types.get(e.args[0])
    name = mapper.fullname(t) or DISPLAYS.get(type(a), "")   # mypy may record no type for a display
    v = b.accept(e.args[0])
    if isinstance(mapper.proper(t), UninhabitedType):
        return b.int(0)   # the key of the items of `[]` (sorted([], key=len)): never called
    if name in LEN:
        return builtin_len(b, v, name)
    if is_flag(mapper.instance_info(t)):   # the bits set
        return popcount(b, b.coerce(v, I64))
    if name in ABSTRACT:
        return abstract.length(b, v, t, e)
    r = call_dunder(b, v, t, "__len__", [], e)
    if r is not None:
        return r
    raise b.ctx.error(b.module, e, f"len() of {name} is not supported by unicc")


def b_str(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.str_const("")
    if len(e.args) > 1:   # str(data, encoding)
        return decode(b, b.accept(e.args[0]), codec_limit(b, e, skip=1))
    return to_str(b, b.accept(e.args[0]), b.ctx.types.get(e.args[0]))


def b_repr(b: Builder, e: CallExpr) -> o.Register:
    return to_str(b, b.accept(e.args[0]), b.ctx.types.get(e.args[0]), repr_=True)


def b_ascii(b: Builder, e: CallExpr) -> o.Register:
    return to_ascii(b, to_str(b, b.accept(e.args[0]), b.ctx.types.get(e.args[0]), repr_=True))


def b_int(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.int(0)
    v = b.accept(e.args[0])
    if v.type.is_obj and mapper.fullname(b.ctx.types.get(e.args[0])) in ("builtins.int", "builtins.bool"):
        v = b.coerce(v, I64)   # an object narrowed to int by isinstance
    if v.type.is_float:
        return b.call_rt("rt_float_to_int", [v], I64)
    if v.type.is_int and v.type.kind == K_U64:
        # int(u64) above 2**63 does not fit unicc's int: OverflowError, as for any i64 overflow
        bad, ok = b.new_block(), b.new_block()
        b.branch(b.binary("lt", b.convert(v, I64), b.int(0), BOOL), bad, ok)
        b.activate(bad)
        b.raise_new("rt_type_OverflowError", "integer overflow")
        b.activate(ok)
        return b.convert(v, I64)
    if v.type.is_int:
        return b.coerce(v, I64)
    base = b.accept_as(e.args[1], I64) if len(e.args) > 1 else b.int(10)
    if mapper.fullname(b.ctx.types.get(e.args[0])) == "builtins.str":
        return b.call_rt("rt_int_from_str", [v, base], I64)
    r = call_dunder(b, v, b.ctx.types.get(e.args[0]), "__int__", [], e)
    if r is not None:
        return r
    raise b.ctx.error(b.module, e, f"int() of {mapper.shown(b.ctx.types.get(e.args[0]))} is not supported "
                                   "by unicc")


def b_float(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.const(0.0, F64)
    v = b.accept(e.args[0])
    if v.type.is_obj and mapper.fullname(b.ctx.types.get(e.args[0])) not in ("builtins.int", "builtins.bool"):
        return b.call_rt("rt_float_from_str", [v], F64)
    if v.type.is_int and not v.type.is_obj:
        return b.convert(b.coerce(v, I64), F64)
    # a float (or an int's box) may hold an int (transform/numtags.py): a float it becomes
    return b.call_rt("rt_num_float", [b.coerce(v, F64)], F64, raises=False)


def b_bool(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.const(False, BOOL)
    return truth(b, b.accept(e.args[0]), b.ctx.types.get(e.args[0]))


def b_abs(b: Builder, e: CallExpr) -> o.Register:
    # abs(x) has x's type: read x as that, since a generic call's result
    # (round(x, 1) is _T) comes boxed and would be unboxed as an int.
    if complexes.is_complex(b, e.args[0]):
        return complexes.helper(b, "complex_abs", [b.accept(e.args[0])])
    t = rtype_of(b, e)
    v = b.accept_as(e.args[0], t) if t in (F64, I64) else b.accept(e.args[0])
    if v.type.is_float:
        return b.call_rt("rt_float_fabs", [v], F64, raises=False)   # abs(-0.0) is 0.0
    v = b.coerce(v, I64)
    r = b.reg(I64)
    b.assign(r, v)
    yes, done = b.new_block(), b.new_block()
    b.branch(b.binary("lt", v, b.int(0), BOOL), yes, done)
    b.activate(yes)
    b.assign(r, b.unary("neg", v, raises=True))
    b.goto(done)
    b.activate(done)
    return r


def b_minmax(b: Builder, e: CallExpr) -> o.Register:
    is_max = isinstance(e.callee, NameExpr) and e.callee.fullname == "builtins.max"
    key_e = next((a for a, n in zip(e.args, e.arg_names) if n == "key"), None)
    default_e = next((a for a, n in zip(e.args, e.arg_names) if n == "default"), None)
    pos = [a for a, n in zip(e.args, e.arg_names) if n is None]
    t = rtype_of(b, e)
    best = b.reg(t, "best")
    if len(pos) > 1:
        b.assign(best, b.accept_as(pos[0], t))
        for a in pos[1:]:
            take(b, best, b.accept_as(a, t), key_e, is_max, e)
        return best
    first = b.reg(BOOL, "first")
    b.assign(first, b.const(True, BOOL))
    b.assign(best, b.const(None, t) if t.is_obj else b.const(0, t) if t.is_int else b.const(0.0, t))

    def each(item: Item) -> None:
        item = as_value(b, item)         # a dict's items() pairs become tuples
        init, other, done = b.new_block(), b.new_block(), b.new_block()
        b.branch(first, init, other)
        b.activate(init)
        b.assign(best, item)
        b.assign(first, b.const(False, BOOL))
        b.goto(done)
        b.activate(other)
        take(b, best, item, key_e, is_max, e)
        b.goto(done)
        b.activate(done)
    for_each(b, pos[0], each)
    empty, ok = b.new_block(), b.new_block()
    b.branch(first, empty, ok)
    b.activate(empty)
    if default_e is not None:
        b.assign(best, b.accept_as(default_e, t))
        b.goto(ok)
    else:
        b.raise_new("rt_type_ValueError", f"{'max' if is_max else 'min'}() arg is an empty sequence")
    b.activate(ok)
    return best


def take(b: Builder, best: o.Register, item: o.Register, key_e: Expression | None, is_max: bool,
         e: CallExpr) -> None:
    """best = item if item beats best strictly, so the first of equals wins (as CPython)."""
    item = b.coerce(item, best.type)
    if key_e is not None:
        kf = callable_arg(b, key_e, b.ctx.types.get(e))
        ki, kb = kf(b, item), kf(b, best)
        better = key_compare(b, ">" if is_max else "<", ki, kb, kf)
    else:
        better = compare(b, ">" if is_max else "<", item, best, e, e)
    yes, done = b.new_block(), b.new_block()
    b.branch(better, yes, done)
    b.activate(yes)
    b.assign(best, item)
    b.goto(done)
    b.activate(done)


def key_compare(b: Builder, op: str, x: o.Register, y: o.Register, kf: FnArg) -> o.Register:
    """Compare key values: machine values directly, objects through rt_lt."""
    if not x.type.is_obj:
        return b.binary(CMP[op], x, y, BOOL)
    lo, hi = (x, y) if op == "<" else (y, x)
    return b.call_rt("rt_lt", [b.to_word(lo), b.to_word(hi), b.int(K_OBJ)], BOOL)


def b_sum(b: Builder, e: CallExpr) -> o.Register:
    t = rtype_of(b, e)
    if complexes.is_complex_type(b.ctx.types.get(e)):   # 0 + z0 + z1 ...: complex_add
        acc = b.reg(OBJ, "sum")
        b.assign(acc, b.coerce(b.accept(e.args[1]) if len(e.args) > 1 else b.int(0), OBJ))
        for_each(b, e.args[0], lambda item: b.assign(acc, complexes.helper(
            b, "complex_add", [acc, as_value(b, item)])))
        return acc
    acc = b.reg(t, "sum")
    res_t, item_t = b.ctx.types.get(e), item_mypy(b, b.ctx.types.get(e.args[0]))
    objects = t.is_obj and res_t is not None and item_t is not None
    container = objects and len(e.args) > 1 and \
        mapper.fullname(res_t) in ("builtins.list", "builtins.set", "builtins.dict")
    # sum of floats starts from the int 0, as CPython's (sum([]) is 0): transform/numtags.py
    if not container:
        b.assign(acc, b.accept_as(e.args[1], t) if len(e.args) > 1 else b.const(0, t) if t.is_int
                 else b.coerce(b.int(0), t))
    if t == I64 and mapper.fullname(b.ctx.types.get(e.args[0])) == "builtins.list" \
            and slot_kind(b, b.ctx.types.get(e.args[0])) == I64:
        return sum_of_ints(b, b.accept(e.args[0]), acc)

    if objects and res_t is not None and item_t is not None:
        # sum(xs, start) of objects: start + x0 + x1 ..., by their __add__ (list +, ...);
        # a start stored otherwise than the result (`[]`, typed list[Never]) is copied first
        if container:
            align_display(b, e.args[1], res_t)
            kinds = [slot_kind(b, res_t, i) for i in range(len(mapper.type_args(res_t)))]
            b.assign(acc, copy_as(b, e.args[1], b.ctx.types.get(e.args[1]), kinds))
        left, right = TempNode(res_t), TempNode(item_t)
        add = OpExpr("+", left, right)
        add.set_line(e)
        b.ctx.types[left], b.ctx.types[right], b.ctx.types[add] = res_t, item_t, res_t

        def add_item(item: Item) -> None:
            b.pinned[left], b.pinned[right] = acc, as_value(b, item)
            try:
                b.assign(acc, b.coerce(b.accept(add), t))
            finally:
                del b.pinned[left], b.pinned[right]
        for_each(b, e.args[0], add_item)
        return acc

    def each(item: Item) -> None:
        assert isinstance(item, o.Register)
        b.assign(acc, numeric_op(b, "+", acc, item, t, e))
    for_each(b, e.args[0], each)
    return acc


def sum_of_ints(b: Builder, lst: o.Register, start: o.Register) -> o.Register:
    """sum() of a list[int] as LLVM's loop vectoriser takes it: three wrapping
    sums that cannot overflow below 2**30 items (each item's low 32 bits, its
    high 32 bits unsigned, its sign bit), the total put together and checked
    once after the loop.  It raises OverflowError exactly when the total
    leaves i64, where the sum of CPython's ints would not fit unicc's int (a
    sum that leaves i64 on its way and comes back gives CPython's total).
    Nothing runs between the items, so the length is read once.  A longer list
    adds item by item with checks."""
    u64 = FIXED["u64"]
    n = b.get_field(lst, abi.SEQ_LEN, I64)
    acc = b.reg(I64, "sum")
    b.assign(acc, start)
    fast, slow, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(b.binary("lt", n, b.int(1 << 30), BOOL), fast, slow)

    b.activate(slow)
    i = b.reg(I64, "idx")
    b.assign(i, b.int(0))
    head, body = b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    b.branch(b.binary("lt", i, b.get_field(lst, abi.SEQ_LEN, I64), BOOL), body, done)
    b.activate(body)
    w = b.reg(WORD)
    b.emit(o.LoadElem(w, b.get_field(lst, abi.LIST_ITEMS, PTR), i, abi.WORDS_DATA))
    b.assign(acc, b.binary("add", acc, b.from_word(w, I64), I64, raises=True))
    b.assign(i, b.binary("wadd", i, b.int(1), I64))
    b.goto(head)

    b.activate(fast)

    def parts(x: o.Register) -> tuple[o.Register, o.Register, o.Register]:
        u = b.convert(x, u64)
        return (b.binary("and", u, b.const(0xFFFFFFFF, u64), u64), b.binary("wshr", u, b.const(32, u64), u64),
                b.binary("wshr", u, b.const(63, u64), u64))
    sums = [b.reg(u64, name) for name in ("lo", "hi", "neg")]
    for r, v in zip(sums, parts(start)):
        b.assign(r, v)
    items = b.get_field(lst, abi.LIST_ITEMS, PTR)
    j = b.reg(I64, "idx")
    b.assign(j, b.int(0))
    head, body, end = b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    b.branch(b.binary("lt", j, n, BOOL), body, end)
    b.activate(body)
    w = b.reg(WORD)
    b.emit(o.LoadElem(w, items, j, abi.WORDS_DATA))
    for r, v in zip(sums, parts(b.from_word(w, I64))):
        b.assign(r, b.binary("wadd", r, v, u64))
    b.assign(j, b.binary("wadd", j, b.int(1), I64))
    b.goto(head)
    b.activate(end)
    lo, hi, neg = sums
    # the total is high * 2**32 + low, with high = hi - neg * 2**32 plus low's carry
    high = b.binary("wadd", b.binary("wsub", hi, b.binary("wshl", neg, b.const(32, u64), u64), u64),
                    b.binary("wshr", lo, b.const(32, u64), u64), u64)
    bad, ok = b.new_block(), b.new_block()
    b.branch(b.binary("ge", b.binary("wadd", high, b.const(1 << 31, u64), u64), b.const(1 << 32, u64), BOOL),
             bad, ok)
    b.activate(bad)
    b.raise_new("rt_type_OverflowError", "integer overflow")
    b.activate(ok)
    total = b.binary("or", b.binary("wshl", high, b.const(32, u64), u64),
                     b.binary("and", lo, b.const(0xFFFFFFFF, u64), u64), u64)
    b.assign(acc, b.convert(total, I64))
    b.goto(done)
    b.activate(done)
    return acc


def b_anyall(b: Builder, e: CallExpr) -> o.Register:
    """any()/all() stop at the first deciding item, also inside a generator expression."""
    is_any = isinstance(e.callee, NameExpr) and e.callee.fullname == "builtins.any"
    res = b.reg(BOOL)
    b.assign(res, b.const(not is_any, BOOL))
    done = b.new_block()
    depth = len(b.finally_stack)

    def decide(item: o.Register, t: object) -> None:
        hit, cont = b.new_block(), b.new_block()
        tr = truth(b, item, t)
        b.branch(tr, hit, cont) if is_any else b.branch(tr, cont, hit)
        b.activate(hit)
        b.assign(res, b.const(is_any, BOOL))
        b.unwind_finally(depth)   # generators the loops own are closed
        b.goto(done)
        b.activate(cont)
    arg = e.args[0]
    if isinstance(arg, GeneratorExpr):
        comprehension(b, arg, lambda: decide(b.accept(arg.left_expr), b.ctx.types.get(arg.left_expr)))
    else:
        for_each(b, arg, lambda item: decide(as_value(b, item), item_mypy(b, b.ctx.types.get(arg))))
    b.goto(done)
    b.activate(done)
    return res


def b_sorted(b: Builder, e: CallExpr) -> o.Register:
    et = slot_kind(b, b.ctx.types.get(e))
    name = mapper.fullname(b.ctx.types.get(e.args[0]))
    if name == "builtins.list" and not isinstance(e.args[0], (CallExpr,)):
        lst = b.call_rt("rt_list_copy", [b.accept(e.args[0])], OBJ)
    elif name in ("builtins.list",):
        lst = b.accept(e.args[0])
    else:
        lst = b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
        for_each(b, e.args[0], lambda it: append_item(b, lst, it, et))
    sort_list(b, lst, et, e, 1, type_arg(b.ctx.types.get(e)))
    return lst


def class_names(b: Builder, e: CallExpr, none_type: bool = False) -> list[TypeInfo]:
    """The classes of isinstance's or issubclass's second argument; with
    none_type, `type(None)` among them stands for None's class (none_tested)."""
    cls = e.args[1]
    infos = []
    for c in (cls.items if isinstance(cls, TupleExpr) else [cls]):
        if none_type and is_none_type(c):
            continue
        if not (isinstance(c, NameExpr) or isinstance(c, MemberExpr)) or not isinstance(c.node, TypeInfo):
            raise b.ctx.error(b.module, e, f"{e.callee.name}() needs a class name in unicc")  # type: ignore[attr-defined]
        infos.append(c.node)
    return infos


def is_none_type(c: Expression) -> bool:
    """`type(None)`, None's class."""
    x = type_call_arg(c)
    return isinstance(x, NameExpr) and x.fullname == "builtins.None"


def none_tested(e: CallExpr) -> bool:
    cls = e.args[1]
    return any(is_none_type(c) for c in (cls.items if isinstance(cls, TupleExpr) else [cls]))


# the classes an unboxed value of each kind is an instance of
UNBOXED_MRO = {"i64": ("builtins.int", "builtins.object"), "f64": ("builtins.float", "builtins.object"),
               "bool": ("builtins.bool", "builtins.int", "builtins.object")}


def class_value_arg(b: Builder, e: CallExpr) -> bool:
    """isinstance's or issubclass's second argument is a class value (a
    `type[C]`), not a class name or a tuple of them."""
    c = e.args[1]
    return not isinstance(c, TupleExpr) and classtypes.named_class(c) is None \
        and classtypes.class_type(b.ctx.types.get(c)) is not None and not mapper.opaque(b.ctx.types.get(c))


def b_isinstance(b: Builder, e: CallExpr) -> o.Register:
    v = b.accept(e.args[0])
    if class_value_arg(b, e):   # of the class a value holds: asked of the object, boxed if need be
        return b.call_rt("rt_isinstance", [b.coerce(v, OBJ), classvalues.descriptor(b, e.args[1])], BOOL,
                         raises=False)
    infos = class_names(b, e, none_type=True)
    if v.type.is_obj and none_tested(e):   # isinstance(x, (int, type(None)))
        is_none = b.binary("eq", v, b.none(), BOOL)
        return b.binary("or", is_none, type_test(b, "rt_isinstance", v, infos, e), BOOL) if infos else is_none
    if v.type.is_float and mapper.fullname(b.ctx.types.get(e.args[0])) == "builtins.float" \
            and not isinstance(mapper.proper(b.ctx.types.get(e.args[0])), TypeVarType):
        v = b.coerce(v, OBJ)   # it may hold an int (transform/numtags.py): its box tells
    if not v.type.is_obj:
        # an unboxed int/float/bool: its static type decides
        vt = b.ctx.types.get(e.args[0])
        vi = mapper.instance_info(vt)
        # an i64 is an int under CPython, and any int an i64
        have = {c.fullname for c in vi.mro} if vi is not None else set()
        if isinstance(mapper.proper(vt), TypeVarType):   # in a specialisation: the kind it became
            have = set(UNBOXED_MRO.get(v.type.name, ()))
        if have & mapper.NATIVE_INTS:
            have |= {"builtins.int", "builtins.object"}
        if "builtins.int" in have:
            have |= mapper.NATIVE_INTS
        return b.const(any(i.fullname in have for i in infos), BOOL)
    return type_test(b, "rt_isinstance", v, infos, e)


def b_issubclass(b: Builder, e: CallExpr) -> o.Register:
    """issubclass(cls, C) of a class name (known statically) or a class value
    (its descriptor's bases)."""
    a = e.args[0]
    if classtypes.class_type(b.ctx.types.get(a)) is None:
        raise b.ctx.error(b.module, e, f"issubclass() of {written(a) or 'this value'} is not supported by unicc "
                                       "(only of a class name or a class value)")
    if class_value_arg(b, e):   # issubclass(C, cls) of a class value cls
        sub = classvalues.descriptor(b, a)
        return b.call_rt("rt_issubclass", [sub, classvalues.descriptor(b, e.args[1])], BOOL, raises=False)
    infos = class_names(b, e)
    if isinstance(a, NameExpr) and isinstance(a.node, TypeInfo):
        return b.const(any(i in a.node.mro for i in infos), BOOL)
    return type_test(b, "rt_issubclass", classvalues.descriptor(b, a), infos, e)   # of a class value


def type_test(b: Builder, fn: str, v: o.Register, infos: list[TypeInfo], e: Expression) -> o.Register:
    """fn(v, C) for each class C until one says yes."""
    res = b.reg(BOOL)
    b.assign(res, b.const(False, BOOL))
    done = b.new_block()
    for sym in (type_symbol(b, info, e) for info in infos):
        r = b.call_rt(fn, [v, b.addr(sym)], BOOL, raises=False)
        nxt = b.new_block()
        yes = b.new_block()
        b.branch(r, yes, nxt)
        b.activate(yes)
        b.assign(res, r)
        b.goto(done)
        b.activate(nxt)
    b.goto(done)
    b.activate(done)
    return res


def b_cast(b: Builder, e: CallExpr) -> o.Register:
    """typing.cast(T, x) is x read as a T.  mypy has not proven it, and
    unicc's code for a T relies on it, so a value of another class is a
    TypeError here (CPython would go on and fail later, or not at all)."""
    target = b.ctx.types.get(e)
    x = e.args[1]
    item = mapper.optional_item(target)
    info = mapper.instance_info(item if item is not None else target)
    if isinstance(x, (ListExpr, DictExpr, SetExpr, TupleExpr)):   # cast(list[int], []) holds ints
        align_display(b, x, target)
        return b.accept_as(x, mapper.rtype(target, b.subst))
    typeddict = mapper.proper(target)
    if isinstance(typeddict, TypedDictType):
        return cast_typeddict(b, e, typeddict)
    union = mapper.proper(target)
    if isinstance(union, mapper.UnionType) and item is None:
        return cast_union(b, e, union)
    if info is None:
        raise b.ctx.error(b.module, e, f"cast() to {target} is not supported by unicc (only to classes)")
    v = b.accept(x)
    if v.type.is_obj and info.fullname != "builtins.object":
        ok = type_test(b, "rt_isinstance", v, [info], e)
        if item is not None:
            ok = b.binary("or", ok, b.binary("eq", v, b.none(), BOOL), BOOL)
        type_error_unless(b, ok, f"cast() to {info.name}: the value is not a {info.name}")
    return b.coerce(v, mapper.rtype(target, b.subst))


def cast_union(b: Builder, e: CallExpr, target: mapper.UnionType) -> o.Register:
    """cast(A | B | None, x) of a union held as an object: x must be an
    instance of one of its classes (or None when None is one), else TypeError."""
    members = [mapper.proper(m) for m in target.items]
    infos = [mapper.instance_info(m) for m in members if not isinstance(m, NoneType)]
    if not mapper.rtype(target, b.subst).is_obj or any(i is None or isinstance(m, TypedDictType)
                                                         for i, m in zip(infos, members)):
        raise b.ctx.error(b.module, e, f"cast() to {mapper.shown(target)} is not supported by unicc "
                                       "(only to classes, or a union of classes held as an object)")
    v = b.coerce(b.accept(e.args[1]), OBJ)
    ok = type_test(b, "rt_isinstance", v, [i for i in infos if i is not None], e)
    if len(infos) < len(members):
        ok = b.binary("or", ok, b.binary("eq", v, b.none(), BOOL), BOOL)
    type_error_unless(b, ok, f"cast() to {mapper.shown(target)}: the value is none of its types")
    return v


def cast_typeddict(b: Builder, e: CallExpr, target: TypedDictType) -> o.Register:
    """cast(Movie, x): x must be a dict whose keys and values are objects, as a
    TypedDict's are (a dict[str, int] holds its values unboxed): TypeError if not."""
    v = b.coerce(b.accept(e.args[1]), OBJ)
    ok = b.call_rt("rt_dict_of_objects", [v], BOOL, raises=False)
    type_error_unless(b, ok, f"cast() to {target.fallback.type.name}: the value is not a dict of objects")
    return v


def type_error_unless(b: Builder, ok: o.Register, msg: str) -> None:
    """A cast's check: TypeError(msg) where ok is false."""
    bad, good = b.new_block(), b.new_block()
    b.branch(ok, good, bad)
    b.activate(bad)
    b.raise_new("rt_type_TypeError", msg)
    b.activate(good)


def b_maketrans(b: Builder, e: CallExpr) -> o.Register:
    """str.maketrans(x, y), written in the subset (its dict and str forms are not)."""
    if len(e.args) != 2 or any(n is not None for n in e.arg_names):
        raise b.ctx.error(b.module, e, "str.maketrans() other than of two strs is not supported by unicc")
    return b.call(helper_function(b, f"{BUILTIN_METHODS}.maketrans_str"), [b.accept(a) for a in e.args])


def b_ord(b: Builder, e: CallExpr) -> o.Register:
    return b.call_rt("rt_str_ord", [b.accept(e.args[0])], I64)


def b_chr(b: Builder, e: CallExpr) -> o.Register:
    return b.call_rt("rt_str_chr", [b.accept_as(e.args[0], I64)], OBJ)


def b_base(base: int):  # type: ignore[no-untyped-def]
    def fn(b: Builder, e: CallExpr) -> o.Register:
        return b.call_rt("rt_int_to_base", [b.accept_as(e.args[0], I64), b.int(base)], OBJ)
    return fn


def b_divmod(b: Builder, e: CallExpr) -> o.Register:
    x, y = b.accept(e.args[0]), b.accept(e.args[1])
    t = F64 if x.type.is_float or y.type.is_float else I64
    q = numeric_op(b, "//", x, y, t, e)
    r = numeric_op(b, "%", x, y, t, e)
    return new_tuple(b, [q, r])


def b_round(b: Builder, e: CallExpr) -> o.Register:
    v = b.accept(e.args[0])
    if len(e.args) > 1:
        if v.type.is_float:
            return b.call_rt("rt_float_round", [v, b.accept_as(e.args[1], I64)], F64)
        return b.call_rt("rt_int_round", [b.coerce(v, I64), b.accept_as(e.args[1], I64)], I64, raises=False)
    if v.type.is_float:
        return b.call_rt("rt_float_round_int", [v], I64)
    return b.coerce(v, I64)


def b_sys_exit(b: Builder, e: CallExpr) -> o.Register:
    code = b.accept(e.args[0]) if e.args else b.none()
    if not code.type.is_obj:
        code = b.coerce(b.coerce(code, I64), OBJ)
    b.call_rt("rt_raise", [b.call_rt("rt_exc_new", [b.addr("rt_type_SystemExit"), code], OBJ)], raises=False)
    b.goto(b.handler())
    return b.none()


def b_math1(rt: str):  # type: ignore[no-untyped-def]
    def fn(b: Builder, e: CallExpr) -> o.Register:
        v = b.accept_as(e.args[0], F64)
        if rt == "sqrt":
            return b.unary("sqrt", v, raises=True)
        r = b.call_rt(rt, [v], F64, raises=False)
        if rt == "rt_float_floor" or rt == "rt_float_ceil" or rt == "rt_float_trunc":
            return b.call_rt("rt_float_to_int", [r], I64)
        return r
    return fn


def b_math_pred(what: str):  # type: ignore[no-untyped-def]
    def fn(b: Builder, e: CallExpr) -> o.Register:
        v = b.accept_as(e.args[0], F64)
        if what == "isnan":
            return b.binary("ne", v, v, BOOL)
        inf = b.const(float("inf"), F64)
        pos = b.binary("eq", v, inf, BOOL)
        neg = b.binary("eq", v, b.unary("fneg", inf), BOOL)
        either = b.binary("or", pos, neg, BOOL)
        if what == "isinf":
            return either
        return b.unary("not", b.binary("or", either, b.binary("ne", v, v, BOOL), BOOL))
    return fn


def b_fabs(b: Builder, e: CallExpr) -> o.Register:
    v = b.accept_as(e.args[0], F64)
    return b.call_rt("rt_float_fabs", [v], F64, raises=False)


def b_isclose(b: Builder, e: CallExpr) -> o.Register:
    """math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0), as CPython computes it."""
    given = {}
    for i, (arg, name) in enumerate(zip(e.args, e.arg_names)):   # evaluated in source order
        given[name or "ab"[i]] = b.accept_as(arg, F64)
    x, y = given["a"], given["b"]
    rel = given.get("rel_tol") or b.const(1e-09, F64)
    tol = given.get("abs_tol") or b.const(0.0, F64)
    zero = b.const(0.0, F64)
    bad, ok = b.new_block(), b.new_block()
    b.branch(b.binary("or", b.binary("lt", rel, zero, BOOL), b.binary("lt", tol, zero, BOOL), BOOL), bad, ok)
    b.activate(bad)
    b.raise_new("rt_type_ValueError", "tolerances must be non-negative")
    b.activate(ok)
    inf = b.const(float("inf"), F64)

    def fabs(v: o.Register) -> o.Register:
        return b.call_rt("rt_float_fabs", [v], F64, raises=False)
    infinite = b.binary("or", b.binary("eq", fabs(x), inf, BOOL), b.binary("eq", fabs(y), inf, BOOL), BOOL)
    diff = fabs(b.binary("sub", y, x, F64))
    near = b.binary("or", b.binary("or", b.binary("le", diff, fabs(b.binary("mul", rel, y, F64)), BOOL),
                                   b.binary("le", diff, fabs(b.binary("mul", rel, x, F64)), BOOL), BOOL),
                    b.binary("le", diff, tol, BOOL), BOOL)
    # a == b (inf == inf included) is close; otherwise an infinity is close to nothing
    return b.binary("or", b.binary("eq", x, y, BOOL), b.binary("and", b.unary("not", infinite), near, BOOL), BOOL)


def each_argument(b: Builder, e: CallExpr, t: RType, use: Callable[[o.Register], object]) -> None:
    """Each positional argument of e as t, `*xs` giving its items, in order."""
    for a, k in zip(e.args, e.arg_kinds):
        if k == ARG_STAR:
            for_each(b, a, lambda item: use(b.coerce(as_value(b, item), t)))
        elif k == ARG_POS:
            use(b.accept_as(a, t))
        else:
            raise b.ctx.error(b.module, e, f"{written(e.callee)}(**...) is not supported by unicc")


def b_math_fold(name: str, empty: int):  # type: ignore[no-untyped-def]
    """math.gcd(*integers) / math.lcm(*integers): the pairwise helper of
    stdlib/cpython/math.py folded over the arguments, left to right, from
    the empty call's answer (gcd() is 0, lcm() is 1: gcd(0, x) and
    lcm(1, x) are abs(x))."""
    def fn(b: Builder, e: CallExpr) -> o.Register:
        pair = b.ctx.funcs[f"math.{name}"]
        acc = b.reg(I64, name[1:])
        b.assign(acc, b.int(empty))
        each_argument(b, e, I64, lambda v: b.assign(acc, b.call(pair, [acc, v])))
        return acc
    return fn


def b_hypot(b: Builder, e: CallExpr) -> o.Register:
    """math.hypot(*coordinates): math._hypot of a list of the floats."""
    lst = b.call_rt("rt_list_new", [b.int(F64.kind), b.int(len(e.args))], OBJ)
    each_argument(b, e, F64, lambda v: b.call_rt("rt_list_append", [lst, b.to_word(v)]))
    return b.call(b.ctx.funcs["math._hypot"], [lst])


def b_prod(b: Builder, e: CallExpr) -> o.Register:
    """math.prod(iterable, *, start=1): the product, int or float as CPython's."""
    t = rtype_of(b, e)
    acc = b.reg(t, "prod")
    start = next((a for a, n in zip(e.args, e.arg_names) if n == "start"), None)
    b.assign(acc, b.accept_as(start, t) if start is not None else b.const(1, t) if t.is_int else b.const(1.0, t))

    def each(item: Item) -> None:
        assert isinstance(item, o.Register)
        b.assign(acc, numeric_op(b, "*", acc, item, t, e))
    for_each(b, e.args[0], each)
    return acc


def b_from_bytes(b: Builder, e: CallExpr) -> o.Register:
    data = b.accept(e.args[0])
    order = e.args[1] if len(e.args) > 1 else None
    signed = next((a for a, n in zip(e.args, e.arg_names) if n == "signed"), None)
    little = byteorder(b, order, e)
    s = b.accept_as(signed, I64) if signed is not None else b.int(0)
    return b.call_rt("rt_int_from_bytes", [data, b.int(little), s], I64)


def b_iterator_list(b: Builder, e: CallExpr) -> o.Register:
    """list(x), tuple(x) of an iterable: a new list (tuples of unknown length are lists)."""
    if not e.args:
        et = slot_kind(b, b.ctx.types.get(e))
        return b.call_rt("rt_list_new", [b.int(et.kind), b.int(0)], OBJ)
    return lower_iterator_call(b, e)


def b_pow(b: Builder, e: CallExpr) -> o.Register:
    if len(e.args) == 2 and any(complexes.is_complex(b, a) for a in e.args):
        return complexes.binary(b, "**", e.args[0], e.args[1], e)
    if len(e.args) == 3:
        return b.call_rt("rt_int_powmod", [b.accept_as(a, I64) for a in e.args], I64)
    return numeric_op(b, "**", b.accept(e.args[0]), b.accept(e.args[1]), rtype_of(b, e), e)


def b_set(b: Builder, e: CallExpr) -> o.Register:
    et = slot_kind(b, b.ctx.types.get(e))
    s = b.call_rt("rt_set_new", [b.int(et.kind)], OBJ)
    if e.args:
        update_set(b, s, e.args[0], et)
    return s


def b_frozenset(b: Builder, e: CallExpr) -> o.Register:
    return b.call_rt("rt_set_freeze", [b_set(b, e)], OBJ, raises=False)


def b_dict(b: Builder, e: CallExpr) -> o.Register:
    t = b.ctx.types.get(e)
    kt, vt = slot_kind(b, t, 0), slot_kind(b, t, 1)
    d = b.call_rt("rt_dict_new", [b.int(kt.kind), b.int(vt.kind)], OBJ)
    for arg, name in zip(e.args, e.arg_names):
        if name is None:
            update_dict(b, d, t, arg)
        else:   # dict(a=1): the key 'a'
            align_display(b, arg, type_arg(t, 1))
            b.call_rt("rt_dict_set", [d, b.to_word(b.str_const(name)), b.to_word(b.accept_as(arg, vt))])
    return d


def b_bytes(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.const(o.BytesConst(b""), OBJ)
    if isinstance(e.args[0], GeneratorExpr):
        return b.call_rt("rt_bytes_from_list", [int_list(b, e.args[0], None)], OBJ)
    v = b.accept(e.args[0])
    name = mapper.fullname(b.ctx.types.get(e.args[0]))
    if v.type.is_int:
        return b.call_rt("rt_bytes_zeros", [b.coerce(v, I64)], OBJ)
    if name in ("builtins.bytearray", "builtins.bytes", "unicc_buf.Buffer"):
        return b.call_rt("rt_bytes_from_bytearray", [v], OBJ)
    if name == "builtins.str":   # bytes(text, "utf-8")
        return encode(b, v, codec_limit(b, e, skip=1))
    return b.call_rt("rt_bytes_from_list", [int_list(b, e.args[0], v)], OBJ)


def b_bytearray(b: Builder, e: CallExpr) -> o.Register:
    if not e.args:
        return b.call_rt("rt_bytearray_new", [b.int(0)], OBJ)
    if isinstance(e.args[0], GeneratorExpr):
        return b.call_rt("rt_bytearray_from", [b.call_rt("rt_bytes_from_list", [int_list(b, e.args[0], None)], OBJ)],
                         OBJ)
    v = b.accept(e.args[0])
    if v.type.is_int:
        return b.call_rt("rt_bytearray_new", [b.coerce(v, I64)], OBJ)
    name = mapper.fullname(b.ctx.types.get(e.args[0]))
    if name not in ("builtins.bytearray", "builtins.bytes", "unicc_buf.Buffer"):
        v = b.call_rt("rt_bytes_from_list", [int_list(b, e.args[0], v)], OBJ)
    return b.call_rt("rt_bytearray_from", [v], OBJ)


def b_type(b: Builder, e: CallExpr) -> o.Register:
    """type(x) as a value: x's class (typeof.py)."""
    if len(e.args) != 1 or e.arg_kinds != [ARG_POS]:
        raise b.ctx.error(b.module, e, "type() with other than one argument is not supported by unicc")
    return classvalues.type_value(b, e)


def b_hash(b: Builder, e: CallExpr) -> o.Register:
    t = b.ctx.types.get(e.args[0])
    if classtypes.class_type(t) is not None and not mapper.opaque(t):   # a class: by identity, as CPython
        return b.from_word(b.to_word(b.accept(e.args[0])), I64)
    v = b.accept(e.args[0])
    return b.call_rt("rt_hash", [b.to_word(v), b.int(v.type.kind)], I64)


def b_id(b: Builder, e: CallExpr) -> o.Register:
    """id(x): an object's address; a value kept unboxed (int, float, bool, a
    fixed-width int) is its own identity, so its id is its bits, as `is`
    compares them (docs/language.md)."""
    v = b.accept(e.args[0])
    return b.from_word(b.to_word(v), I64)


def b_object(b: Builder, e: CallExpr) -> o.Register:
    """object(): a new object with nothing in it (a sentinel told apart by `is`)."""
    return b.call_rt("rt_object_new", [], OBJ)


def b_range(b: Builder, e: CallExpr) -> o.Register:
    """range(...) as a value: an object of three words (start, stop, step)."""
    args = [b.accept_as(a, I64) for a in e.args]
    start, stop, step = (b.int(0), args[0], b.int(1)) if len(args) == 1 else \
        (args[0], args[1], args[2] if len(args) > 2 else b.int(1))
    return b.call_rt("rt_range_new", [start, stop, step], OBJ)


BUILTIN_FUNCS.update({
    "builtins.next": b_next, "builtins.iter": b_iter,
    "builtins.print": b_print, "builtins.open": b_open, "builtins.len": b_len, "builtins.str": b_str, "builtins.repr": b_repr,
    "builtins.ascii": b_ascii, "builtins.int": b_int, **{n: b_int for n in mapper.NATIVE_INTS},
    "builtins.float": b_float, "builtins.bool": b_bool, "builtins.complex": complexes.construct,
    "builtins.slice": slices.construct, "builtins.abs": b_abs,
    "builtins.min": b_minmax, "builtins.max": b_minmax, "builtins.sum": b_sum, "builtins.any": b_anyall,
    "builtins.all": b_anyall, "builtins.sorted": b_sorted, "builtins.isinstance": b_isinstance,
    "builtins.issubclass": b_issubclass, "typing.cast": b_cast, "builtins.type": b_type,
    "builtins.str.maketrans": b_maketrans,
    "builtins.ord": b_ord, "builtins.chr": b_chr, "builtins.hex": b_base(16), "builtins.oct": b_base(8),
    "builtins.bin": b_base(2), "builtins.divmod": b_divmod, "builtins.round": b_round,
    "sys.exit": b_sys_exit, "math.sqrt": b_math1("sqrt"), "math.floor": b_math1("rt_float_floor"),
    "math.ceil": b_math1("rt_float_ceil"), "math.trunc": b_math1("rt_float_trunc"),
    "math.isnan": b_math_pred("isnan"), "math.isinf": b_math_pred("isinf"),
    "math.isfinite": b_math_pred("isfinite"), "math.fabs": b_fabs, "math.isclose": b_isclose,
    "math.gcd": b_math_fold("_gcd", 0), "math.lcm": b_math_fold("_lcm", 1), "math.hypot": b_hypot,
    "math.prod": b_prod,
    "builtins.list": b_iterator_list, "builtins.tuple": b_iterator_list,
    "builtins.map": lower_lazy, "builtins.filter": lower_lazy, "builtins.enumerate": lower_lazy,
    "builtins.zip": lower_lazy, "builtins.reversed": lower_lazy, "builtins.range": b_range,
    "itertools.starmap": lower_lazy,
    "builtins.set": b_set, "builtins.frozenset": b_frozenset, "builtins.dict": b_dict, "builtins.bytes": b_bytes,
    "builtins.bytearray": b_bytearray, "builtins.hash": b_hash, "builtins.id": b_id, "builtins.object": b_object,
    "builtins.int.from_bytes": b_from_bytes, "builtins.format": b_format, "builtins.pow": b_pow,
    "builtins.bytes.fromhex": lambda b, e: b.call_rt("rt_bytes_fromhex", [b.accept(e.args[0])], OBJ),
    "builtins.bytearray.fromhex": lambda b, e: b.call_rt(
        "rt_bytearray_from", [b.call_rt("rt_bytes_fromhex", [b.accept(e.args[0])], OBJ)], OBJ),
})
