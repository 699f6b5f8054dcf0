"""enum.Flag and enum.IntFlag: members and their combinations are plain ints
(as IntEnum's are); their names, str/repr, the constructor's boundary and
`~` follow CPython 3.11's Flag (STRICT) and IntFlag (KEEP).

A combination is named after the single-bit members it holds, in
definition order ('R|W'), and for an IntFlag the bits no member has
('R|8'); a value equal to a member's is that member's name.
"""

from __future__ import annotations

from dataclasses import dataclass

from mypy.nodes import TypeInfo

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ
from unicc.irbuild.builder import Builder, Context


def is_flag(info: TypeInfo | None) -> bool:
    return info is not None and info.is_enum and any(b.fullname == "enum.Flag" for b in info.mro)


def is_int_flag(info: TypeInfo) -> bool:
    return any(b.fullname == "enum.IntFlag" for b in info.mro)


@dataclass
class FlagDecl:
    canonical: dict[str, int]        # the members that are not aliases, in definition order
    singles: list[tuple[str, int]]   # the single-bit ones
    flag_mask: int                   # every member's bits
    singles_mask: int
    all_bits: int                    # 2**n - 1 covering flag_mask


def flag_decl(ctx: Context, info: TypeInfo) -> FlagDecl:
    canonical: dict[str, int] = {}
    for name, v in ctx.enums[info.fullname].items():
        if v not in canonical.values():
            canonical[name] = v
    singles = [(n, v) for n, v in canonical.items() if v > 0 and v & (v - 1) == 0]
    mask = smask = 0
    for v in canonical.values():
        mask |= v
    for _, v in singles:
        smask |= v
    return FlagDecl(canonical, singles, mask, smask, (1 << mask.bit_length()) - 1)


def check_members(ctx: Context, info: TypeInfo) -> str | None:
    """What unicc does not model about a Flag's members, if anything."""
    d = flag_decl(ctx, info)
    for name, v in d.canonical.items():
        if v < 0 or v & ~d.singles_mask:
            return f"flag member {name} = {v} has bits no single-bit member has"
    return None


def concat(b: Builder, *parts: o.Register | str) -> o.Register:
    acc: o.Register | None = None
    for p in parts:
        r = b.str_const(p) if isinstance(p, str) else p
        acc = r if acc is None else b.call_rt("rt_str_concat", [acc, r], OBJ)
    assert acc is not None
    return acc


def flag_name(b: Builder, v: o.Register, info: TypeInfo) -> o.Register:
    """The member's name, 'A|B' for a combination, or None (no member's bit is set)."""
    d = flag_decl(b.ctx, info)
    v = b.coerce(v, I64)
    res = b.reg(OBJ)
    done, composite = b.new_block(), b.new_block()
    for name, value in d.canonical.items():
        yes, nxt = b.new_block(), b.new_block()
        b.branch(b.binary("eq", v, b.int(value), BOOL), yes, nxt)
        b.activate(yes)
        b.assign(res, b.str_const(name))
        b.goto(done)
        b.activate(nxt)
    b.goto(composite)
    b.activate(composite)
    parts = b.call_rt("rt_list_new", [b.int(OBJ.kind), b.int(0)], OBJ)
    for name, value in d.singles:
        yes, nxt = b.new_block(), b.new_block()
        b.branch(b.binary("ne", b.binary("and", v, b.int(value), I64), b.int(0), BOOL), yes, nxt)
        b.activate(yes)
        b.call_rt("rt_list_append", [parts, b.to_word(b.str_const(name))])
        b.goto(nxt)
        b.activate(nxt)
    none, some, rest, joined = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.branch(b.binary("eq", b.binary("and", v, b.int(d.singles_mask), I64), b.int(0), BOOL), none, some)
    b.activate(none)
    b.assign(res, b.none())
    b.goto(done)
    b.activate(some)
    unknown = b.binary("and", v, b.int(~d.singles_mask), I64)
    b.branch(b.binary("ne", unknown, b.int(0), BOOL), rest, joined)
    b.activate(rest)   # an IntFlag's bits that no member has, as a number
    b.call_rt("rt_list_append", [parts, b.to_word(b.call_rt("rt_int_to_str", [unknown], OBJ))])
    b.goto(joined)
    b.activate(joined)
    b.assign(res, b.call_rt("rt_str_join", [b.str_const("|"), parts], OBJ))
    b.goto(done)
    b.activate(done)
    return res


def flag_text(b: Builder, v: o.Register, info: TypeInfo, repr_: bool) -> o.Register:
    """repr: <F.A|B: 3> or <F: 0>; str: F.A|B or F(0) (an IntFlag's str is its int)."""
    v = b.coerce(v, I64)
    num = b.call_rt("rt_int_to_str", [v], OBJ)
    if not repr_ and is_int_flag(info):
        return num
    name = flag_name(b, v, info)
    res = b.reg(OBJ)
    unnamed, named, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(b.binary("eq", name, b.none(), BOOL), unnamed, named)
    b.activate(unnamed)
    b.assign(res, concat(b, f"<{info.name}: ", num, ">") if repr_ else concat(b, f"{info.name}(", num, ")"))
    b.goto(done)
    b.activate(named)
    b.assign(res, concat(b, f"<{info.name}.", name, ": ", num, ">") if repr_ else concat(b, f"{info.name}.", name))
    b.goto(done)
    b.activate(done)
    return res


def keep(b: Builder, v: o.Register, d: FlagDecl) -> o.Register:
    """IntFlag's KEEP boundary: a negative value as the bits of its complement."""
    res = b.reg(I64)
    b.assign(res, v)
    neg, low, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(b.binary("lt", v, b.int(~d.all_bits), BOOL), neg, low)
    b.activate(neg)   # max(all_bits + 1, 2 ** bit_length(v)) + v
    p = b.reg(I64)
    b.assign(p, b.int(d.all_bits + 1))
    head, body, out = b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    b.branch(b.binary("le", p, b.binary("nsub", b.int(0), v, I64), BOOL), body, out)
    b.activate(body)
    b.assign(p, b.binary("nadd", p, p, I64))
    b.goto(head)
    b.activate(out)
    b.assign(res, b.binary("nadd", p, v, I64))
    b.goto(low)
    b.activate(low)
    wrap = b.new_block()
    b.branch(b.binary("lt", res, b.int(0), BOOL), wrap, done)
    b.activate(wrap)
    b.assign(res, b.binary("nadd", res, b.int(d.all_bits + 1), I64))
    b.goto(done)
    b.activate(done)
    return res


def flag_call(b: Builder, v: o.Register, info: TypeInfo) -> o.Register:
    """F(v): IntFlag keeps any value; Flag raises ValueError for bits no member has."""
    d = flag_decl(b.ctx, info)
    v = b.coerce(v, I64)
    if is_int_flag(info):
        return keep(b, v, d)
    bad, ok, inrange = b.new_block(), b.new_block(), b.new_block()
    lo = b.binary("lt", v, b.int(~d.all_bits), BOOL)
    hi = b.binary("gt", v, b.int(d.all_bits), BOOL)
    b.branch(b.binary("or", lo, hi, BOOL), bad, inrange)
    b.activate(inrange)
    b.branch(b.binary("ne", b.binary("and", v, b.int(d.all_bits ^ d.flag_mask), I64), b.int(0), BOOL), bad, ok)
    b.activate(bad)
    width = bit_length(b, v, d.flag_mask.bit_length())
    msg = concat(b, f"<flag '{info.name}'> invalid value ", b.call_rt("rt_int_to_str", [v], OBJ),
                 "\n    given ", binary(b, v, width), "\n  allowed ", binary(b, b.int(d.flag_mask), width))
    b.raise_msg("rt_type_ValueError", msg)
    b.activate(ok)
    res = b.reg(I64)
    b.assign(res, v)
    wrap, done = b.new_block(), b.new_block()
    b.branch(b.binary("lt", v, b.int(0), BOOL), wrap, done)
    b.activate(wrap)
    b.assign(res, b.binary("nadd", v, b.int(d.all_bits + 1), I64))
    b.goto(done)
    b.activate(done)
    return res


def bit_length(b: Builder, v: o.Register, at_least: int) -> o.Register:
    """max(abs(v).bit_length(), at_least)."""
    n, a = b.reg(I64), b.reg(I64)
    b.assign(n, b.int(0))
    b.assign(a, v)
    neg, head, body, out = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.branch(b.binary("lt", v, b.int(0), BOOL), neg, head)
    b.activate(neg)
    b.assign(a, b.binary("nsub", b.int(0), v, I64))
    b.goto(head)
    b.activate(head)
    b.branch(b.binary("ne", a, b.int(0), BOOL), body, out)
    b.activate(body)
    b.assign(a, b.binary("rshift", a, b.int(1), I64, raises=True))
    b.assign(n, b.binary("nadd", n, b.int(1), I64))
    b.goto(head)
    b.activate(out)
    more, done = b.new_block(), b.new_block()
    b.branch(b.binary("lt", n, b.int(at_least), BOOL), more, done)
    b.activate(more)
    b.assign(n, b.int(at_least))
    b.goto(done)
    b.activate(done)
    return n


def binary(b: Builder, v: o.Register, width: o.Register) -> o.Register:
    """enum.bin(v, width) of CPython 3.11: '0b0 0101', '0b1 0111' for negative v (two's complement)."""
    parts = b.call_rt("rt_list_new", [b.int(OBJ.kind), b.int(0)], OBJ)
    i = b.reg(I64)
    b.assign(i, width)
    head, body, one, zero, nxt, out = (b.new_block() for _ in range(6))
    b.goto(head)
    b.activate(head)
    b.branch(b.binary("gt", i, b.int(0), BOOL), body, out)
    b.activate(body)
    b.assign(i, b.binary("nsub", i, b.int(1), I64))
    bit = b.binary("and", b.binary("rshift", v, i, I64, raises=True), b.int(1), I64)
    b.branch(b.binary("ne", bit, b.int(0), BOOL), one, zero)
    b.activate(one)
    b.call_rt("rt_list_append", [parts, b.to_word(b.str_const("1"))])
    b.goto(nxt)
    b.activate(zero)
    b.call_rt("rt_list_append", [parts, b.to_word(b.str_const("0"))])
    b.goto(nxt)
    b.activate(nxt)
    b.goto(head)
    b.activate(out)
    digits = b.call_rt("rt_str_join", [b.str_const(""), parts], OBJ)
    res = b.reg(OBJ)
    neg, pos, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(b.binary("lt", v, b.int(0), BOOL), neg, pos)
    b.activate(neg)
    b.assign(res, concat(b, "0b1 ", digits))
    b.goto(done)
    b.activate(pos)
    b.assign(res, concat(b, "0b0 ", digits))
    b.goto(done)
    b.activate(done)
    return res


def flag_invert(b: Builder, v: o.Register, info: TypeInfo) -> o.Register:
    """~x: Flag keeps the single-bit members x lacks; IntFlag is F(~x) (KEEP)."""
    d = flag_decl(b.ctx, info)
    v = b.coerce(v, I64)
    if is_int_flag(info):
        return keep(b, b.unary("invert", v), d)
    return b.binary("xor", b.binary("and", v, b.int(d.singles_mask), I64), b.int(d.singles_mask), I64)


def flag_members(b: Builder, v: o.Register, info: TypeInfo) -> o.Register:
    """list(x) / iterating x: its single-bit members, in definition order."""
    d = flag_decl(b.ctx, info)
    v = b.coerce(v, I64)
    lst = b.call_rt("rt_list_new", [b.int(I64.kind), b.int(0)], OBJ)
    for _, value in d.singles:
        yes, nxt = b.new_block(), b.new_block()
        b.branch(b.binary("ne", b.binary("and", v, b.int(value), I64), b.int(0), BOOL), yes, nxt)
        b.activate(yes)
        b.call_rt("rt_list_append", [lst, b.to_word(b.int(value))])
        b.goto(nxt)
        b.activate(nxt)
    return lst


def popcount(b: Builder, v: o.Register) -> o.Register:
    """len(x): the bits set in a flag's value."""
    n, a = b.reg(I64), b.reg(I64)
    b.assign(n, b.int(0))
    b.assign(a, v)
    head, body, out = b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    b.branch(b.binary("ne", a, b.int(0), BOOL), body, out)
    b.activate(body)
    b.assign(a, b.binary("and", a, b.binary("nsub", a, b.int(1), I64), I64))
    b.assign(n, b.binary("nadd", n, b.int(1), I64))
    b.goto(head)
    b.activate(out)
    return n
