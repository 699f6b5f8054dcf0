"""printf-style formatting, `fmt % args` of a str, bytes or bytearray `fmt`.

A literal format whose conversions all map to format specs is compiled as
an f-string is (`literal_format`).  Any other is a call of
stdlib/unicc_percent.py, whose functions are lowered at their first use.
The right operand goes to it as an object: a tuple as it is (its items
carry their kinds), any other value boxed; the helper reads a dict through
a copy with boxed keys and values.  A dict display (for which mypy records
no type here) is built as such a copy directly.
"""

from __future__ import annotations

from mypy.nodes import BytesExpr, DictExpr, Expression, StarExpr, StrExpr, TupleExpr
from mypy.types import Type

from unicc.ir import ops as o
from unicc.ir.abi import K_OBJ
from unicc.ir.rtypes import F64, I64, OBJ
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder
from unicc.irbuild.helpers import helper_function
from unicc.irbuild.strings import to_str

HELPER = {"builtins.str": "unicc_percent.str_percent", "builtins.bytes": "unicc_percent.bytes_percent",
          "builtins.bytearray": "unicc_percent.bytearray_percent"}


def percent_format(b: Builder, left: Expression, right: Expression, fmt_type: str) -> o.Register:
    fast = literal_format(b, left, right, fmt_type)
    if fast is not None:
        return fast
    info = helper_function(b, HELPER[fmt_type])
    fmt = b.accept(left)
    if isinstance(right, DictExpr):   # mypy records no type for it here
        args = display_dict(b, right)
        return b.call(info, [fmt, args, args])
    return b.call(info, [fmt, b.accept_as(right, OBJ), b.none()])


def display_dict(b: Builder, e: DictExpr) -> o.Register:
    """A dict display as a dict of objects, each key and value boxed."""
    d = b.call_rt("rt_dict_new", [b.int(K_OBJ), b.int(K_OBJ)], OBJ)
    for k, v in e.items:
        if k is None:
            raise b.ctx.error(b.module, e, "'**' in the dict display of a '%' format is not supported by unicc")
        key = b.accept_as(k, OBJ)
        b.call_rt("rt_dict_set", [d, b.to_word(key), b.to_word(b.accept_as(v, OBJ))])
    return d


# ---- a literal format of plain conversions: format() pieces, as an f-string ----------

class Spec:
    def __init__(self, minus: bool, plus: bool, blank: bool, alt: bool, zero: bool, width: str,
                 prec: str, conv: str) -> None:
        self.minus, self.plus, self.blank, self.alt, self.zero = minus, plus, blank, alt, zero
        self.width, self.prec, self.conv = width, prec, conv


def parse_literal(fmt: str) -> list[str | Spec] | None:
    """The text and conversions of a format, or None where it has a mapping key,
    a `*`, or a conversion the fast path leaves to the helper."""
    out: list[str | Spec] = []
    pos, n = 0, len(fmt)
    while pos < n:
        nxt = fmt.find("%", pos)
        if nxt < 0:
            out.append(fmt[pos:])
            break
        out.append(fmt[pos:nxt])
        pos = nxt + 1
        if fmt[pos:pos + 1] == "%":
            out.append("%")
            pos += 1
            continue
        flags = ""
        while pos < n and fmt[pos] in "-+ #0":
            flags += fmt[pos]
            pos += 1
        width = prec = ""
        while pos < n and fmt[pos].isdigit() and fmt[pos].isascii():
            width += fmt[pos]
            pos += 1
        if fmt[pos:pos + 1] == ".":
            pos += 1
            prec = "0"
            while pos < n and fmt[pos].isdigit() and fmt[pos].isascii():
                prec += fmt[pos]
                pos += 1
        if pos >= n or fmt[pos] not in "srdiuoxXeEfFgG" or len(width) > 6 or len(prec) > 6:
            return None
        out.append(Spec("-" in flags, "+" in flags, " " in flags, "#" in flags, "0" in flags, width,
                        str(int(prec)) if prec else "", fmt[pos]))
        pos += 1
    return [p for p in out if p != ""]


def literal_format(b: Builder, left: Expression, right: Expression, fmt_type: str) -> o.Register | None:
    """`"%s-%05d" % (s, i)` of a literal str or bytes format whose conversions
    all fit a format spec: str()/repr() and format() of each value, joined as
    an f-string is, so that nothing is boxed or parsed at run time.  None when
    the general path must decide (a mapping, `*`, %c, %a, an int's precision,
    a value whose type the conversion must test at run time)."""
    if isinstance(left, StrExpr):
        text, is_bytes = left.value, False
    elif isinstance(left, BytesExpr) and fmt_type == "builtins.bytes":
        text, is_bytes = bytes(left.value, "latin-1").decode("unicode_escape"), True
    else:
        return None
    pieces = parse_literal(text)
    if pieces is None:
        return None
    specs = [p for p in pieces if isinstance(p, Spec)]
    if isinstance(right, TupleExpr):
        values = list(right.items)
    elif mapper.fullname(b.ctx.types.get(right)) in PLAIN:
        values = [right]
    else:
        return None
    if len(values) != len(specs) or any(isinstance(v, StarExpr) for v in values):
        return None
    types = [b.ctx.types.get(v) for v in values]
    if not all(fits(sp, mapper.fullname(t), is_bytes) for sp, t in zip(specs, types)):
        return None
    regs = [b.accept(v) for v in values]
    parts: list[o.Register] = []
    k = 0
    for p in pieces:
        if isinstance(p, str):
            parts.append(b.str_const(p))
            continue
        parts.append(convert(b, p, regs[k], types[k], is_bytes))
        k += 1
    acc = parts[0] if parts else b.str_const("")
    for r in parts[1:]:
        acc = b.call_rt("rt_str_concat", [acc, r], OBJ)
    return b.call_rt("rt_str_encode_8bit", [acc, b.int(256)], OBJ) if is_bytes else acc


# a single value of these types is one argument, never a tuple nor a mapping
PLAIN = ("builtins.int", "builtins.float", "builtins.bool", "builtins.str")
INTS = ("builtins.int", "builtins.bool")


def fits(sp: Spec, tname: str, is_bytes: bool) -> bool:
    if sp.conv in "sr":
        if is_bytes:   # %s takes bytes only; %r is ascii()
            return sp.conv == "s" and tname == "builtins.bytes"
        return bool(tname)
    if sp.conv in "diuoxX":
        return tname in INTS and not sp.prec
    return tname in INTS or tname == "builtins.float"


def convert(b: Builder, sp: Spec, v: o.Register, t: Type | None, is_bytes: bool) -> o.Register:
    """One conversion as format(value, spec) of the equivalent format spec."""
    width = sp.width.lstrip("0")
    align = "<" if sp.minus else ""
    sign = "+" if sp.plus else " " if sp.blank else ""
    zero = "0" if sp.zero and not sp.minus and width else ""
    if sp.conv in "sr":
        if is_bytes:
            s = b.call_rt("rt_bytes_decode_8bit", [v, b.int(256)], OBJ)
        else:
            s = to_str(b, v, t, repr_=sp.conv == "r")
        if not width and not sp.prec:
            return s
        spec = ("<" if sp.minus else ">") + width + ("." + sp.prec if sp.prec else "")
        return b.call_rt("rt_format_str", [s, b.str_const(spec)], OBJ)
    alt = "#" if sp.alt else ""
    if sp.conv in "diuoxX":
        kind = "d" if sp.conv in "diu" else sp.conv
        if kind == "d" and not (width or sign) and mapper.fullname(t) == "builtins.int":   # str(int)
            return b.call_rt("rt_int_to_str", [b.coerce(v, I64)], OBJ)
        spec = align + sign + alt + zero + width + kind
        return b.call_rt("rt_format_int", [b.coerce(v, I64), b.str_const(spec)], OBJ)
    spec = align + sign + alt + zero + width + "." + (sp.prec or "6") + sp.conv
    return b.call_rt("rt_format_float", [b.coerce(v, F64), b.str_const(spec)], OBJ)
