"""Exception classes as values: `kind: type[Exception] = ValueError`,
`for cls in (ConnectionResetError, MyError): raise cls("x")`, `except kinds`
with a tuple of them, `issubclass(cls, OSError)`, `cls.__name__`.

Such a value is the class's type descriptor (as `type(x)` is in typeof.py
and __exit__'s exc_type); calling one constructs, by the descriptor, one of
the program's compiled exception classes that derive from its static type,
or else the builtin exception it names."""

from __future__ import annotations

from mypy.nodes import Expression, TypeInfo
from mypy.types import Instance, TupleType, Type, UnionType

from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ, PTR
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, is_cls
from unicc.irbuild.classtypes import class_type, named_class
from unicc.irbuild.prepare import type_symbol
from unicc.irbuild.sequences import seq_get, seq_len, tuple_items


def class_value(b: Builder, info: TypeInfo, e: Expression) -> o.Register:
    return b.addr(type_symbol(b, info, e))


def descriptor(b: Builder, e: Expression) -> o.Register:
    info = named_class(e) or (b.cls_info if is_cls(e) else None)
    return class_value(b, info, e) if info is not None else b.coerce(b.accept(e), PTR)


def matches(b: Builder, exc: o.Register, e: Expression, match: o.BasicBlock) -> bool:
    """Branch to match when exc is an instance of the class value e, or of
    one in the tuple e; False when e's type is neither."""
    t = mapper.proper(b.ctx.types.get(e))
    if class_type(t) is not None:
        hit = b.call_rt("rt_isinstance", [exc, b.coerce(b.accept(e), PTR)], BOOL, raises=False)
        nxt = b.new_block()
        b.branch(hit, match, nxt)
        b.activate(nxt)
        return True
    if isinstance(t, TupleType) and all(class_type(i) is not None for i in t.items):
        for item in tuple_items(b, b.accept(e), [PTR] * len(t.items)):
            hit = b.call_rt("rt_isinstance", [exc, b.coerce(item, PTR)], BOOL, raises=False)
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
        item = seq_get(b, tup, i, PTR, "tuple")
        b.assign(i, b.binary("wadd", i, b.int(1), I64))
        hit = b.call_rt("rt_isinstance", [exc, item], BOOL, raises=False)
        b.branch(hit, match, head)
        b.activate(nxt)
        return True
    return False


def class_repr(b: Builder, v: o.Register) -> o.Register:
    """str() and repr() of a class value: <class 'ValueError'>,
    <class '__main__.AppError'>."""
    desc = b.coerce(v, PTR)
    module = b.call_rt("rt_type_name", [desc, b.int(1)], OBJ)
    name = b.call_rt("rt_type_name", [desc, b.int(2)], OBJ)
    res = b.reg(OBJ)
    b.assign(res, b.str_const("<class '"))
    builtin = b.call_rt("rt_str_eq", [module, b.str_const("builtins")], BOOL, raises=False)
    qualify, done = b.new_block(), b.new_block()
    b.branch(builtin, done, qualify)
    b.activate(qualify)
    b.assign(res, b.call_rt("rt_str_concat", [res, b.call_rt("rt_str_concat", [module, b.str_const(".")], OBJ)], OBJ))
    b.goto(done)
    b.activate(done)
    return b.call_rt("rt_str_concat", [b.call_rt("rt_str_concat", [res, name], OBJ), b.str_const("'>")], OBJ)


def holds_class(t: Type | None, depth: int = 0) -> bool:
    """Whether t is or holds (in its type arguments) an exception class value;
    a recursive type alias (JSON = dict[str, JSON] | ...) is looked into a few
    levels deep."""
    if class_type(t) is not None and not mapper.opaque(t):
        return True
    if depth > 6:
        return False
    p = mapper.proper(t)
    items: list[Type] = []
    if isinstance(p, Instance):
        items = list(p.args)
    elif isinstance(p, (TupleType, UnionType)):
        items = list(p.items)
    return any(holds_class(a, depth + 1) for a in items)


def reject_in_container(b: Builder, e: Expression, what: str) -> None:
    """A class value is a type descriptor, not an object: a container's
    hashing, comparing or printing of its items cannot take it."""
    raise b.ctx.error(b.module, e, f"{what} is not supported by unicc "
                                   "(a class value is only called, raised, caught, compared with 'is' or '==', "
                                   "printed, given to issubclass, or kept in a tuple, list or variable)")


def member_of(b: Builder, item: Expression, container: Expression, negate: bool) -> o.Register | None:
    """`cls in (A, B)`: compared by identity with each item, left to right."""
    t = mapper.proper(b.ctx.types.get(container))
    if class_type(t) is not None and class_type(b.ctx.types.get(item)) is None:
        return None   # `x in Color`: a member of an enum class
    if not holds_class(t) and not holds_class(b.ctx.types.get(item)):
        return None
    if class_type(b.ctx.types.get(item)) is not None and isinstance(t, Instance) and \
            t.type.fullname in ("builtins.list", "builtins.tuple") and t.args and class_type(t.args[0]) is not None:
        d = descriptor(b, item)   # a list or tuple[type[C], ...]: each item, at run time
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
        b.assign(found, b.binary("eq", d, seq_get(b, seq, i, PTR, t.type.name), BOOL))
        b.assign(i, b.binary("wadd", i, b.int(1), I64))
        b.branch(found, out, head)
        b.activate(out)
        return b.unary("not", found) if negate else found
    if not (isinstance(t, TupleType) and all(class_type(i) is not None for i in t.items)) \
            or class_type(b.ctx.types.get(item)) is None:
        reject_in_container(b, container, "'in' on a container of classes other than a list or tuple")
    assert isinstance(t, TupleType)
    d = descriptor(b, item)
    items = tuple_items(b, b.accept(container), [PTR] * len(t.items))
    res = b.reg(BOOL)
    b.assign(res, b.const(False, BOOL))
    done = b.new_block()
    for x in items:
        nxt = b.new_block()
        hit = b.binary("eq", d, x, BOOL)
        b.assign(res, hit)
        b.branch(hit, done, nxt)
        b.activate(nxt)
    b.goto(done)
    b.activate(done)
    return b.unary("not", res) if negate else res
