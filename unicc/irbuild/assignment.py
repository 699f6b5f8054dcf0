"""Assignment targets: names, attributes, subscripts and unpacking, and
branching on a condition."""

from __future__ import annotations


from mypy.nodes import (
    Expression, IndexExpr, ListExpr, MemberExpr, NameExpr, OpExpr, StarExpr, TempNode, TupleExpr,
    UnaryExpr, Var,
)
from mypy.types import Type

from unicc.frontend.check import BUILTIN_METHODS
from unicc.frontend.walk import written
from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, RType, WORD
from unicc.irbuild import mapper, slices
from unicc.irbuild import abstract
from unicc.irbuild.builder import Builder, rtype_of
from unicc.irbuild.helpers import helper_function
from unicc.irbuild.itemtype import ABSTRACT, DICT_VIEWS, SEQUENCES, item_mypy, item_rtype, slot_kind, tuple_item_types
from unicc.irbuild.members import call_dunder, store_attr
from unicc.irbuild.names import store_var
from unicc.irbuild.sequences import Item, buffer_access, byte_at, list_set, new_tuple
from unicc.irbuild.valueops import truth


def assign_target(b: Builder, target: Expression, value: Item, rvalue: Expression | None = None) -> None:
    if isinstance(target, NameExpr):
        if isinstance(value, list):
            value = new_tuple(b, value)
        node = target.node
        if target.name == "_":
            return   # the throwaway name: nothing reads it (a read is a located error)
        assert isinstance(node, Var), target
        store_var(b, node, value, target)
        return
    if isinstance(target, (TupleExpr, ListExpr)) and any(isinstance(t, StarExpr) for t in target.items):
        assign_starred(b, target, value, rvalue)
        return
    if isinstance(target, (TupleExpr, ListExpr)):
        parts = unpack(b, target, value, rvalue)
        # `(a, b), c = (x, y), z`: mypy records no type for the inner display
        # either; it is unpacked as its items were stored
        displays = rvalue.items if isinstance(rvalue, TupleExpr) and rvalue not in b.ctx.types \
            and len(rvalue.items) == len(target.items) else [None] * len(target.items)
        for t, p, pt, d in zip(target.items, parts, part_types(b, target, rvalue), displays):
            inner = d if pt is None and isinstance(d, TupleExpr) else typed_as(b, pt)
            assign_target(b, t, p, inner)
        return
    assert isinstance(value, o.Register)
    if isinstance(target, MemberExpr):
        store_attr(b, target, value)
        return
    if isinstance(target, IndexExpr):
        store_index(b, target, value)
        return
    raise b.ctx.error(b.module, target, f"assigning to {written(target) or type(target).__name__} is not "
                                            "supported by unicc")


def assign_starred(b: Builder, target: TupleExpr | ListExpr, value: Item, rvalue: Expression | None) -> None:
    """`a, *rest, z = xs`: the targets before and after the star take one item
    each, the starred one a new list of those between (CPython's order: all
    items first, then the targets from left to right)."""
    items = target.items
    star = next(i for i, x in enumerate(items) if isinstance(x, StarExpr))
    after = len(items) - star - 1
    starred = items[star]
    assert isinstance(starred, StarExpr)
    star_t = b.ctx.types.get(starred.expr)
    et = slot_kind(b, star_t)
    t = b.ctx.types.get(rvalue) if rvalue is not None else None
    display = isinstance(rvalue, (TupleExpr, ListExpr)) and t is None   # mypy records no type for `x, y`
    if isinstance(value, list) or display or isinstance(mapper.proper(t), mapper.TupleType):
        # a display or a tuple of known length: every item where it goes
        kinds: list[Type | None]
        if isinstance(value, list):
            parts, kinds = value, [None] * len(value)
        elif isinstance(rvalue, TupleExpr) and display:
            parts = [b.get_field(value, abi.TUPLE_ITEMS + i, rtype_of(b, x)) for i, x in enumerate(rvalue.items)]
            kinds = [b.ctx.types.get(x) for x in rvalue.items]
        elif isinstance(rvalue, ListExpr) and display:   # built as lower_display builds an untyped list
            kind = slot_kind(b, None)
            parts = [b.from_word(b.call_rt("rt_list_get", [value, b.int(i)], WORD), kind)
                     for i in range(len(rvalue.items))]
            kinds = [b.ctx.types.get(x) for x in rvalue.items]
        else:
            parts, kinds = unpack_fixed(b, value, t), list(part_types(b, target, rvalue))
        ends = list(range(star)) + list(range(len(parts) - after, len(parts)))
        rest = b.call_rt("rt_list_new", [b.int(et.kind), b.int(len(parts) - len(ends))], OBJ)
        for i in range(star, len(parts) - after):
            b.call_rt("rt_list_append", [rest, b.to_word(b.coerce(parts[i], et))])
        targets = items[:star] + items[star + 1:]
        for x, i in zip(targets[:star], ends[:star]):
            assign_target(b, x, parts[i], typed_as(b, kinds[i]))
        assign_target(b, starred.expr, rest, typed_as(b, star_t))
        for x, i in zip(targets[star:], ends[star:]):
            assign_target(b, x, parts[i], typed_as(b, kinds[i]))
        return
    # any other iterable: its items as a list of the starred target's kind,
    # the display [*value] lowered as any display (through Builder.accept)
    if t is None or star_t is None or not isinstance(value, o.Register):
        raise b.ctx.error(b.module, target, "starred assignment from a value of unknown type is not supported by unicc")
    node = b.held(t, value)
    items_of = ListExpr([StarExpr(node)])
    b.ctx.types[items_of] = star_t
    lst = b.accept(items_of)
    got = b.get_field(lst, abi.SEQ_LEN, I64)
    bad, ok = b.new_block(), b.new_block()
    b.branch(b.binary("lt", got, b.int(star + after), BOOL), bad, ok)
    b.activate(bad)
    b.call_rt("rt_raise_unpack_min", [b.int(star + after), got], raises=False)
    b.goto(b.handler())
    b.activate(ok)
    item_t = typed_as(b, item_mypy(b, star_t))

    def item(i: o.Register) -> o.Register:
        return b.from_word(b.call_rt("rt_list_get", [lst, i], WORD), et)
    firsts = [item(b.int(i)) for i in range(star)]
    stop = b.binary("sub", got, b.int(after), I64)
    has = b.int(3)   # RT_HAS_START | RT_HAS_STOP
    rest = b.call_rt("rt_list_slice", [lst, b.int(star), stop, b.int(1), has], OBJ)
    lasts = [item(b.binary("add", stop, b.int(j), I64)) for j in range(after)]
    for x, v in zip(items[:star], firsts):
        assign_target(b, x, v, item_t)
    assign_target(b, starred.expr, rest, typed_as(b, star_t))
    for x, v in zip(items[star + 1:], lasts):
        assign_target(b, x, v, item_t)


def unpack_fixed(b: Builder, value: o.Register, t: Type | None) -> list[o.Register]:
    types = tuple_item_types(b, t) or []
    return [b.get_field(value, abi.TUPLE_ITEMS + i, rt) for i, rt in enumerate(types)]


def unpack(b: Builder, target: TupleExpr | ListExpr, value: Item, rvalue: Expression | None) -> list[o.Register]:
    n = len(target.items)
    if isinstance(value, list):
        return value
    t = b.ctx.types.get(rvalue) if rvalue is not None else None
    types = tuple_item_types(b, t) if t is not None else None
    if t is None:
        if isinstance(rvalue, TupleExpr):
            # `a, b = x, y`: mypy records no type for the display; its items are
            # stored as lower_display stores them, each by its own type
            types = [rtype_of(b, x) for x in rvalue.items]
        else:
            # an item of an iteration: a tuple whose item types are the targets' types
            types = [target_type(b, x) for x in target.items]
        return [b.get_field(value, abi.TUPLE_ITEMS + i, types[i]) for i in range(n)]
    name = mapper.fullname(t)
    if name == "builtins.tuple" and types is not None:
        return [b.get_field(value, abi.TUPLE_ITEMS + i, types[i]) for i in range(n)]
    if name in DICT_VIEWS:   # `a, b = d.keys()`: what the view holds now
        value, name = b.call_rt("rt_dictview_list", [value], OBJ), "builtins.list"
    abc = name in SEQUENCES and not abstract.may_be_compiled(b, t)   # a builtin sequence: by its length
    if name not in ("builtins.tuple", "builtins.list") and not abc:
        if item_mypy(b, t) is None:
            raise b.ctx.error(b.module, target, f"unpacking a {name.removeprefix('builtins.')} "
                                                "is not supported by unicc (a tuple, a list or an iterable is)")
        # any other iterable (a zip, map, generator, set, str...): its items
        # taken one by one, as CPython does (an iterator is read at most n + 1
        # times), boxed, then each in its target's kind
        items = b.call(helper_function(b, f"{BUILTIN_METHODS}.unpack_items"), [value, b.int(n)])
        et = item_rtype(b, t)
        return [b.coerce(b.from_word(b.call_rt("rt_list_get", [items, b.int(i)], WORD), OBJ), et)
                for i in range(n)]
    # a list (or variable-length tuple): check the length at run time
    got = b.call_rt("rt_abc_len", [value], I64) if abc else b.get_field(value, abi.SEQ_LEN, I64)
    bad, ok = b.new_block(), b.new_block()
    b.branch(b.binary("ne", got, b.int(n), BOOL), bad, ok)
    b.activate(bad)
    b.call_rt("rt_raise_unpack", [b.int(n), got], raises=False)
    b.goto(b.handler())
    b.activate(ok)
    et = slot_kind(b, t) if t is not None else OBJ
    if abc:
        return [b.from_word(b.call_rt("rt_seq_get", [value, b.int(i), b.int(et.kind)], WORD), et) for i in range(n)]
    if name == "builtins.tuple":
        return [b.from_word(b.call_rt("rt_tuple_get", [value, b.int(i), b.int(et.kind)], WORD), et)
                for i in range(n)]
    return [b.from_word(b.call_rt("rt_list_get", [value, b.int(i)], WORD), et) for i in range(n)]


def part_types(b: Builder, target: TupleExpr | ListExpr, rvalue: Expression | None) -> list[Type | None]:
    """The mypy types of what unpacking rvalue gives each item of target."""
    if isinstance(rvalue, TupleExpr) and rvalue not in b.ctx.types:
        return [b.ctx.types.get(x) for x in rvalue.items]
    t = mapper.proper(b.ctx.types.get(rvalue)) if rvalue is not None else None
    if isinstance(t, mapper.TupleType):
        return list(t.items)
    return [item_mypy(b, t)] * len(target.items)


def typed_as(b: Builder, t: Type | None) -> Expression | None:
    """An expression standing for a value of mypy type t (for assign_target)."""
    if t is None:
        return None
    node = TempNode(t)
    b.ctx.types[node] = t
    return node


def target_type(b: Builder, e: Expression) -> RType:
    if isinstance(e, NameExpr) and isinstance(e.node, Var) and e.node.type is not None:
        return mapper.rtype(e.node.type, b.subst)
    t = b.ctx.types.get(e)
    return mapper.rtype(t, b.subst) if t is not None else OBJ


def store_index(b: Builder, target: IndexExpr, value: o.Register) -> None:
    t = b.ctx.types.get(target.base)
    name = mapper.fullname(t)
    base = b.accept(target.base)
    if name in ABSTRACT:
        return abstract.setitem(b, target, base, value)
    if slices.is_slice(b, target.index):
        if name == "builtins.list":
            b.call_rt("rt_list_set_slice", [base] + slices.args(b, target.index) + [value])
            return
        if name == "builtins.bytearray":
            b.call_rt("rt_bytearray_set_slice", [base] + slices.args(b, target.index) + [value])
            return
        raise b.ctx.error(b.module, target, f"slice assignment to {name} is not supported by unicc")
    if name == "builtins.list":
        i = b.accept_as(target.index, I64)
        list_set(b, base, i, b.to_word(b.coerce(value, slot_kind(b, t))))
    elif name == "builtins.dict":
        k = b.to_word(b.accept_as(target.index, slot_kind(b, t, 0)))
        b.call_rt("rt_dict_set", [base, k, b.to_word(b.coerce(value, slot_kind(b, t, 1)))])
    elif name == "builtins.bytearray":
        i = b.accept_as(target.index, I64)
        byte_at(b, base, i, True, b.coerce(value, I64))
    elif name == "unicc_buf.Buffer":
        buffer_access(b, base, b.accept_as(target.index, I64), 1, False, b.coerce(value, I64))
    else:
        if call_dunder(b, base, t, "__setitem__", [b.accept(target.index), value], target) is None:
            raise b.ctx.error(b.module, target, f"item assignment on {name} is not supported by unicc")


def cond_branch(b: Builder, e: Expression, yes: o.BasicBlock, no: o.BasicBlock) -> None:
    """Branch on the truth of e; `and`/`or`/`not` become control flow, so no
    value of a mixed type is ever built for a condition."""
    if isinstance(e, OpExpr) and e.op in ("and", "or"):
        mid = b.new_block()
        if e.op == "and":
            cond_branch(b, e.left, mid, no)
        else:
            cond_branch(b, e.left, yes, mid)
        b.activate(mid)
        cond_branch(b, e.right, yes, no)
    elif isinstance(e, UnaryExpr) and e.op == "not":
        cond_branch(b, e.expr, no, yes)
    else:
        b.branch(truth(b, b.accept(e), b.ctx.types.get(e)), yes, no)
