"""The builtin `complex` type: a builtin class of two float fields (`real`,
`imag`) whose operations are the functions of stdlib/unicc_complex.py.

Only three things are lowered here directly: a literal, `complex(x, y)` of
two ints or floats (an allocation of the two fields) and, inside
unicc_complex itself, `z.real`/`z.imag` of a value it has narrowed to
complex (field loads).  Everything else is a call of a helper function
taking objects, since a value mypy types `complex` may be an int or a float
(mypy's promotion), as it stays in CPython.  The type's repr, hash and eq
slots (print, containers, `in`) are the helper's complex_repr, complex_hash
and complex_eq.
"""

from __future__ import annotations

from mypy.nodes import CallExpr, ComplexExpr, Expression, MemberExpr
from mypy.types import Type

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, F64, I64
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, Context
from unicc.irbuild.helpers import give_slots, helper_function

NAME = "builtins.complex"
MODULE = "unicc_complex"
CMATH = "cmath"   # stdlib/cpython/cmath.py: _power, complex_pow's general case (math's exp, log, sin, cos)
FIELDS = [("real", F64), ("imag", F64)]


def declare(ctx: Context) -> str:
    """The class's descriptor (its symbol); isinstance needs no more."""
    return ctx.builtin_class(NAME, "complex", FIELDS)


NUMBERS = {NAME, "builtins.int", "builtins.float", "builtins.bool"}


def is_complex_type(t: Type | None) -> bool:
    """complex, or a union of numbers one of which is complex (int | complex)."""
    p = mapper.proper(t)
    if isinstance(p, mapper.UnionType):
        names = {mapper.fullname(i) for i in p.items}
        return NAME in names and names <= NUMBERS
    return mapper.fullname(t) == NAME


def floating(t: Type | None) -> bool:
    """A float exponent (or a union with float but no complex): _Py_c_pow's
    exp, log, sin and cos are math's, which the helper cannot reach."""
    p = mapper.proper(t)
    if isinstance(p, mapper.UnionType):
        return any(floating(i) for i in p.items) and not is_complex_type(t)
    return mapper.fullname(t) == "builtins.float"


def is_complex(b: Builder, e: Expression) -> bool:
    return is_complex_type(b.ctx.types.get(e))


def helper(b: Builder, name: str, args: list[o.Register]) -> o.Register:
    return b.call(helper_function(b, f"{MODULE}.{name}"), args)


def make(b: Builder, re: o.Register, im: o.Register) -> o.Register:
    sym = declare(b.ctx)
    give_slots(b, sym, MODULE, "complex")
    z = b.alloc(sym, len(FIELDS))
    b.set_field(z, 0, as_float(b, re))
    b.set_field(z, 1, as_float(b, im))
    return z


def as_float(b: Builder, v: o.Register) -> o.Register:
    """A field's value: a float, never an int kept as one (numtags.py), so
    complex(True) is (1+0j)."""
    if v.type.is_int or v.type == BOOL:
        return b.convert(b.convert(v, I64) if v.type == BOOL else v, F64)
    return b.coerce(v, F64)


def literal(b: Builder, e: ComplexExpr) -> o.Register:
    return make(b, b.const(e.value.real, F64), b.const(e.value.imag, F64))


def construct(b: Builder, e: CallExpr) -> o.Register:
    """complex(), complex(x), complex(str), complex(re, im)."""
    if e.arg_names and any(n is not None for n in e.arg_names):
        names = dict(zip(e.arg_names, e.args))
        args = [names.get("real"), names.get("imag")]
        if any(n not in ("real", "imag") for n in e.arg_names if n is not None):
            raise b.ctx.error(b.module, e, "complex() with these keywords is not supported by unicc")
        if args[0] is None:
            raise b.ctx.error(b.module, e, "complex(imag=...) without real is not supported by unicc")
    else:
        args = list(e.args)
    if not args:
        return make(b, b.const(0.0, F64), b.const(0.0, F64))
    first = args[0]
    assert first is not None
    if mapper.fullname(b.ctx.types.get(first)) == "builtins.str":
        return helper(b, "complex_from_str", [b.accept(first)])
    vals = [b.accept(a) for a in args if a is not None]
    if all(not v.type.is_obj for v in vals):   # ints and floats: the two fields
        return make(b, vals[0], vals[1] if len(vals) > 1 else b.const(0.0, F64))
    if len(vals) == 1:
        return helper(b, "complex_of", vals)
    return helper(b, "complex_new", vals)


def attribute(b: Builder, obj: o.Register, e: MemberExpr) -> o.Register | None:
    """z.real, z.imag; None for another attribute."""
    if e.name not in ("real", "imag"):
        return None
    if b.module == MODULE:   # narrowed to complex by the helper itself
        return b.get_field(obj, 0 if e.name == "real" else 1, F64)
    return helper(b, f"complex_{e.name}", [obj])


BINARY = {"+": "complex_add", "-": "complex_sub", "*": "complex_mul", "/": "complex_truediv",
          "**": "complex_pow"}


def binary(b: Builder, op: str, left: Expression, right: Expression, node: Expression) -> o.Register:
    fn = BINARY[op]
    if op == "**" and CMATH in b.ctx.modules and b.module != CMATH:
        a = b.accept(left)
        c = b.accept(right)
        b.emit(o.Call(None, f"{CMATH}.<module>", []))   # cmath's top level (and math's) has run
        b.check_exc()
        return b.call(b.ctx.funcs[f"{CMATH}._power"], [a, c])
    if op == "**" and floating(b.ctx.types.get(right)):
        raise b.ctx.error(b.module, node, "complex ** a float exponent is not supported by unicc "
                                          "in a program that does not import cmath (an int exponent is)")
    a = b.accept(left)
    c = b.accept(right)
    return helper(b, fn, [a, c])


def equal(b: Builder, a: o.Register, c: o.Register, negate: bool) -> o.Register:
    r = helper(b, "complex_eq", [a, c])
    return b.binary("xor", r, b.const(True, BOOL), BOOL) if negate else r


def unary(b: Builder, op: str, v: o.Register) -> o.Register:
    return helper(b, "complex_neg" if op == "-" else "complex_pos", [v])
