"""Exception classes as values: `kind: type[Exception] = ValueError`,
`for cls in (ConnectionResetError, MyError): raise cls("x")`, `except kinds`
with a tuple of them, `issubclass(cls, OSError)`, `cls.__name__`.

Such a value is the class's type descriptor (as `type(x)` is in typeof.py
and __exit__'s exc_type); calling one constructs, by the descriptor, one of
the program's compiled exception classes that derive from its static type,
or else the builtin exception it names."""

from __future__ import annotations

from mypy.nodes import ARG_POS, CallExpr, Expression, NameExpr, RefExpr, TempNode, TypeAlias, TypeInfo
from mypy.types import AnyType, CallableType, Instance, TupleType, Type, TypeOfAny, TypeType, UnionType

from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ, PTR
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder
from unicc.errors import UserError
from unicc.irbuild.prepare import type_symbol
from unicc.irbuild.sequences import tuple_items


def is_exception(info: TypeInfo) -> bool:
    return any(c.fullname == "builtins.BaseException" for c in info.mro)


def named_class(e: Expression) -> TypeInfo | None:
    """The exception class e names (a class, or an alias: IOError), else None."""
    node = e.node if isinstance(e, RefExpr) else None
    if isinstance(node, TypeAlias):
        target = mapper.proper(node.target)
        node = target.type if isinstance(target, Instance) else None
    return node if isinstance(node, TypeInfo) and is_exception(node) else None


def class_type(t: Type | None) -> TypeInfo | None:
    """E, when t is `type[E]` for an exception class E, or the type mypy gives
    an exception class's name (its constructor), or a union of those: then
    the nearest class they all derive from."""
    p = mapper.proper(t)
    if isinstance(p, TypeType) and isinstance(p.item, Instance) and is_exception(p.item.type):
        return p.item.type
    if isinstance(p, CallableType) and p.is_type_obj() and is_exception(p.type_object()):
        return p.type_object()
    if isinstance(p, UnionType):
        infos = [class_type(i) for i in p.items]
        if infos and all(i is not None for i in infos):
            first = infos[0]
            assert first is not None
            return next(c for c in first.mro if all(i is not None and i.has_base(c.fullname) for i in infos))
    return None


def reject_as_object(b: Builder, e: Expression, target: Type | None) -> None:
    """A class value is a type descriptor, not an object: where it would be
    held as `object` (or Any) and printed, hashed or compared as one, stop."""
    if target is None or class_type(b.ctx.types.get(e)) is None:
        return
    p = mapper.proper(target)
    if isinstance(p, AnyType) or isinstance(p, Instance) and p.type.fullname == "builtins.object":
        raise b.ctx.error(b.module, e, f"an exception class held as {mapper.shown(target)} is not supported "
                                       "by unicc; give it the type type[...]")


def class_value(b: Builder, info: TypeInfo, e: Expression) -> o.Register:
    return b.addr(type_symbol(b, info, e))


def descriptor(b: Builder, e: Expression) -> o.Register:
    info = named_class(e)
    return class_value(b, info, e) if info is not None else b.coerce(b.accept(e), PTR)


def call_class(b: Builder, e: CallExpr, static: TypeInfo) -> o.Register:
    """cls(args) for a value cls of type type[static]."""
    from unicc.irbuild.constructors import construct as make, exception_args, special_args
    desc = descriptor(b, e.callee)
    args: list[Expression] = []
    for a in e.args:   # evaluated once, after the class, as CPython does
        node = TempNode(b.ctx.types.get(a) or AnyType(TypeOfAny.special_form))
        b.ctx.types[node] = b.ctx.types.get(a)  # type: ignore[assignment]
        b.pinned[node] = b.accept(a)
        args.append(node)
    res = b.reg(OBJ)
    done = b.new_block()
    for full, ci in list(b.ctx.classes.items()):
        k = b.ctx.infos.get(full)
        if k is None or k.fullname != full or k.defn.type_vars or not k.has_base(static.fullname):
            continue
        ref = NameExpr(k.name)
        ref.node, ref.fullname = k, k.fullname
        call = CallExpr(ref, args, e.arg_kinds, e.arg_names)
        call.set_line(e)
        b.ctx.types[call] = Instance(k, [])
        here, nxt = b.new_block(), b.new_block()
        b.branch(b.binary("eq", desc, b.addr(ci.ir.symbol), BOOL), here, nxt)
        b.activate(here)
        try:
            b.assign(res, b.coerce(make(b, call, k), OBJ))
        except UserError:   # arguments k does not take: CPython's TypeError, at run time
            b.raise_new("rt_type_TypeError", f"{k.name}() does not take these arguments")
            b.activate(nxt)
            continue
        b.goto(done)
        b.activate(nxt)
    # a builtin exception class
    first = mapper.proper(b.ctx.types.get(e.args[0])) if e.args else None
    int_first = isinstance(first, Instance) and first.type.fullname in ("builtins.int", "builtins.bool")
    if any(k != ARG_POS for k in e.arg_kinds) or special_args("OSError", len(args), int_first) \
            or special_args("SyntaxError", len(args), int_first):
        raise b.ctx.error(b.module, e, f"calling the class {written(e.callee) or 'value'} with these arguments "
                                       "is not supported by unicc (positional arguments, not errno first)")
    call = CallExpr(e.callee, args, e.arg_kinds, e.arg_names)
    b.assign(res, b.call_rt("rt_exc_new_args", [desc, exception_args(b, call)], OBJ))
    b.goto(done)
    b.activate(done)
    for a in args:
        del b.pinned[a]
    return res


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
    if not holds_class(t) and not holds_class(b.ctx.types.get(item)):
        return None
    if not (isinstance(t, TupleType) and all(class_type(i) is not None for i in t.items)) \
            or class_type(b.ctx.types.get(item)) is None:
        reject_in_container(b, container, "'in' on a container of exception classes other than a tuple")
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
