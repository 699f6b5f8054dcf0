"""Classes as values: `kind: type[Exception] = ValueError`,
`shapes: list[type[Shape]] = [Square, Circle]`, `type(x)`, `cls` in a
classmethod, `except kinds` with a tuple of them, `issubclass(cls, OSError)`,
`cls.__name__`.

Such a value is the class's object (core/classobj.c): one per class, of type
`type`, whose word 0 is the class's type descriptor, so it is held, hashed,
compared and printed as any object.  What asks about the class reads the
descriptor: isinstance, `type(x) is C`, and a call, which constructs one of
the program's compiled classes that derive from its static type (or the
builtin exception it names)."""

from __future__ import annotations

from mypy.nodes import Expression, TypeInfo
from mypy.types import Instance, TupleType

from unicc.frontend.validate import type_call_arg
from unicc.ir import abi, ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, PTR
from unicc.irbuild import mapper, typeof
from unicc.irbuild.builder import Builder, is_cls
from unicc.irbuild.classtypes import class_type, named_class
from unicc.irbuild.prepare import type_symbol
from unicc.irbuild.sequences import seq_get, seq_len, tuple_items


def class_value(b: Builder, info: TypeInfo, e: Expression) -> o.Register:
    return as_value(b, b.addr(type_symbol(b, info, e)))


def as_value(b: Builder, desc: o.Register) -> o.Register:
    """The class object of a type descriptor."""
    return b.call_rt("rt_class_of", [desc], OBJ, raises=False)


def of_value(b: Builder, v: o.Register) -> o.Register:
    """The type descriptor of a class object."""
    return b.get_field(b.coerce(v, OBJ), abi.CLASS_DESC, PTR)


def descriptor(b: Builder, e: Expression) -> o.Register:
    info = named_class(e) or (b.cls_info if is_cls(e) else None)
    return b.addr(type_symbol(b, info, e)) if info is not None else of_value(b, b.accept(e))


def type_value(b: Builder, e: Expression) -> o.Register:
    """`type(x)` or `x.__class__` as a value: the class object of x's class."""
    x = type_call_arg(e)
    assert x is not None
    if class_type(b.ctx.types.get(x)) is not None:
        raise b.ctx.error(b.module, e, "type() of a class (its metaclass) is not supported by unicc")
    if class_type(b.ctx.types.get(e)) is None:   # type[None], type[A] | type[None]
        raise b.ctx.error(b.module, e, f"type() of a value of type {mapper.shown(b.ctx.types.get(x))} "
                                       "as a value is not supported by unicc (only compared with 'is' or named "
                                       "with __name__)")
    return as_value(b, typeof.descriptor(b, e))


def matches(b: Builder, exc: o.Register, e: Expression, match: o.BasicBlock) -> bool:
    """Branch to match when exc is an instance of the class value e, or of
    one in the tuple e; False when e's type is neither."""
    t = mapper.proper(b.ctx.types.get(e))
    if class_type(t) is not None:
        hit = b.call_rt("rt_isinstance", [exc, descriptor(b, e)], BOOL, raises=False)
        nxt = b.new_block()
        b.branch(hit, match, nxt)
        b.activate(nxt)
        return True
    if isinstance(t, TupleType) and all(class_type(i) is not None for i in t.items):
        for item in tuple_items(b, b.accept(e), [OBJ] * len(t.items)):
            hit = b.call_rt("rt_isinstance", [exc, of_value(b, item)], BOOL, raises=False)
            nxt = b.new_block()
            b.branch(hit, match, nxt)
            b.activate(nxt)
        return True
    if isinstance(t, Instance) and t.type.fullname == "builtins.tuple" and t.args and \
            class_type(t.args[0]) is not None:   # tuple[type[E], ...]: each item, at run time
        tup = b.accept(e)
        i = b.reg(I64, "idx")
        b.assign(i, b.int(0))
        head, body, nxt = b.new_block(), b.new_block(), b.new_block()
        b.goto(head)
        b.activate(head)
        b.branch(b.binary("lt", i, seq_len(b, tup), BOOL), body, nxt)
        b.activate(body)
        item = seq_get(b, tup, i, OBJ, "tuple")
        b.assign(i, b.binary("wadd", i, b.int(1), I64))
        hit = b.call_rt("rt_isinstance", [exc, of_value(b, item)], BOOL, raises=False)
        b.branch(hit, match, head)
        b.activate(nxt)
        return True
    return False


def class_repr(b: Builder, v: o.Register) -> o.Register:
    """str() and repr() of a class value: <class 'ValueError'>,
    <class '__main__.AppError'> (its object's repr, core/classobj.c)."""
    return b.call_rt("rt_repr", [b.to_word(b.coerce(v, OBJ)), b.int(abi.K_OBJ)], OBJ)


def member_of(b: Builder, item: Expression, container: Expression, negate: bool) -> o.Register | None:
    """`cls in (A, B)` or in a list of classes: compared by identity with each
    item, left to right (a class's __eq__ is not the one its instances have)."""
    t = mapper.proper(b.ctx.types.get(container))
    if class_type(b.ctx.types.get(item)) is None:
        return None
    if isinstance(t, TupleType) and all(class_type(i) is not None for i in t.items):
        v = b.accept(item)
        res = b.reg(BOOL)
        b.assign(res, b.const(False, BOOL))
        done = b.new_block()
        for x in tuple_items(b, b.accept(container), [OBJ] * len(t.items)):
            nxt = b.new_block()
            hit = b.binary("eq", v, x, BOOL)
            b.assign(res, hit)
            b.branch(hit, done, nxt)
            b.activate(nxt)
        b.goto(done)
        b.activate(done)
        return b.unary("not", res) if negate else res
    if not (isinstance(t, Instance) and t.type.fullname in ("builtins.list", "builtins.tuple") and t.args
            and class_type(t.args[0]) is not None):
        return None
    v = b.accept(item)   # a list or tuple[type[C], ...]: each item, at run time
    seq = b.accept(container)
    i = b.reg(I64, "idx")
    b.assign(i, b.int(0))
    found = b.reg(BOOL)
    b.assign(found, b.const(False, BOOL))
    head, body, out = b.new_block(), b.new_block(), b.new_block()
    b.goto(head)
    b.activate(head)
    b.branch(b.binary("lt", i, seq_len(b, seq), BOOL), body, out)
    b.activate(body)
    b.assign(found, b.binary("eq", v, seq_get(b, seq, i, OBJ, t.type.name), BOOL))
    b.assign(i, b.binary("wadd", i, b.int(1), I64))
    b.branch(found, out, head)
    b.activate(out)
    return b.unary("not", found) if negate else found
