"""`match` statements (PEP 634).

The subject is evaluated once; each case's pattern is tested in order,
binding its capture names as it goes, then its guard; the first case that
matches runs its body.  Each test is an expression over the subject that
this module builds as mypy nodes (the subject pinned to its register, the
types written into the type map) and lowers like any other: `==` for a
value pattern, `is` for None/True/False, isinstance for a class, `len` and
indexing for a sequence, `in` and indexing for a mapping, attribute reads
for a class's sub-patterns (positional ones through `__match_args__`).
Where the static type of a subject does not say how to read it (a sequence
pattern on an `object`), the case is a located error.
"""

from __future__ import annotations

from mypy.nodes import (
    AssignmentStmt, ComparisonExpr, Expression, IndexExpr, IntExpr, MatchStmt, MemberExpr, NameExpr, SliceExpr,
    StrExpr, TupleExpr, TypeInfo, Var,
)
from mypy.patterns import (
    AsPattern, ClassPattern, MappingPattern, OrPattern, Pattern, SequencePattern, SingletonPattern, StarredPattern,
    ValuePattern,
)
from mypy.types import Instance, LiteralType, TupleType, Type

from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, OBJ
from unicc.irbuild.itemtype import slot_kind
from unicc.irbuild import mapper
from unicc.irbuild.assignment import cond_branch
from unicc.irbuild.builder import Builder
from unicc.irbuild.builtin_funcs import type_test
from unicc.irbuild.names import store_var
from unicc.irbuild.valueops import builtin_len

# classes whose positional sub-pattern matches the subject itself (`case int(n)`)
SELF_MATCHING = {"builtins." + c for c in ("bool", "bytearray", "bytes", "dict", "float", "frozenset", "int",
                                           "list", "set", "str", "tuple")}


def lower_match(b: Builder, s: MatchStmt) -> None:
    subject = b.accept(s.subject)
    t = b.ctx.types.get(s.subject)
    done = b.new_block()
    for pattern, guard, body in zip(s.patterns, s.guards, s.bodies):
        nxt = b.new_block()
        match(b, pattern, subject, t, nxt)
        if guard is not None:
            ok = b.new_block()
            cond_branch(b, guard, ok, nxt)
            b.activate(ok)
        b.accept_block(body)
        b.goto(done)
        b.activate(nxt)
    b.goto(done)
    b.activate(done)


def match(b: Builder, p: Pattern, v: o.Register, t: Type | None, fail: o.BasicBlock) -> None:
    """Go on when v (of static type t) matches p, binding its names; else to fail."""
    if isinstance(p, AsPattern):
        if p.pattern is not None:
            match(b, p.pattern, v, t, fail)
        if p.name is not None:
            bind(b, p.name, v)
    elif isinstance(p, OrPattern):
        ok = b.new_block()
        for alt in p.patterns:
            nxt = b.new_block()
            match(b, alt, v, t, nxt)
            b.goto(ok)
            b.activate(nxt)
        b.goto(fail)
        b.activate(ok)
    elif isinstance(p, ValuePattern):
        test(b, compare(b, "==", pin(b, v, t, p), p.expr), fail)
    elif isinstance(p, SingletonPattern):
        test(b, singleton(b, v, p.value), fail)
    elif isinstance(p, SequencePattern):
        match_sequence(b, p, v, t, fail)
    elif isinstance(p, MappingPattern):
        match_mapping(b, p, v, t, fail)
    elif isinstance(p, ClassPattern):
        match_class(b, p, v, t, fail)
    else:
        raise b.ctx.error(b.module, p, "this pattern is not supported by unicc")


def test(b: Builder, cond: o.Register, fail: o.BasicBlock) -> None:
    ok = b.new_block()
    b.branch(cond, ok, fail)
    b.activate(ok)


def bind(b: Builder, name: NameExpr, v: o.Register) -> None:
    var = name.node
    assert isinstance(var, Var)
    store_var(b, var, b.coerce(v, mapper.rtype(var.type, b.subst)), name)


# ---- synthetic expressions over the subject ----------------------------------------------------

def pin(b: Builder, v: o.Register, t: Type | None, at: Pattern) -> NameExpr:
    """An expression that is the already evaluated v, of static type t."""
    n = NameExpr("<subject>")
    n.set_line(at)
    if t is not None:
        b.ctx.types[n] = t
    b.pinned[n] = v
    return n


def typed(b: Builder, e: Expression, t: Type | None, at: Pattern | Expression) -> Expression:
    e.set_line(at)
    if t is not None:
        b.ctx.types[e] = t
    return e


def compare(b: Builder, op: str, left: Expression, right: Expression) -> o.Register:
    return b.coerce(b.accept(typed(b, ComparisonExpr([op], [left, right]), None, left)), BOOL)


def singleton(b: Builder, v: o.Register, value: bool | None) -> o.Register:
    """`v is None`, `v is True`, `v is False` (the boxed bools are two objects)."""
    if value is None:
        return b.const(False, BOOL) if not v.type.is_obj else b.binary("eq", v, b.none(), BOOL)
    if v.type == BOOL:
        return v if value else b.unary("not", v)
    if not v.type.is_obj:
        return b.const(False, BOOL)   # an int or a float is not a bool
    return b.binary("eq", v, b.coerce(b.const(value, BOOL), OBJ), BOOL)


def item(b: Builder, subject: NameExpr, index: Expression, t: Type | None, at: Pattern) -> o.Register:
    return b.accept(typed(b, IndexExpr(subject, index), t, at))


def int_expr(b: Builder, n: int, at: Pattern) -> Expression:
    return typed(b, IntExpr(n), None, at)


# ---- sequences, mappings, classes ------------------------------------------------------------------

def match_sequence(b: Builder, p: SequencePattern, v: o.Register, t: Type | None, fail: o.BasicBlock) -> None:
    pt = mapper.proper(t)
    fullname = pt.partial_fallback.type.fullname if isinstance(pt, TupleType) else mapper.fullname(pt)
    if fullname in ("builtins.str", "builtins.bytes", "builtins.bytearray"):
        b.goto(fail)   # not sequences to a pattern
        b.activate(b.new_block())
        return
    if not isinstance(pt, TupleType) and fullname not in ("builtins.list", "builtins.tuple"):
        raise b.ctx.error(b.module, p, f"a sequence pattern on a value of type {mapper.shown(t)} is not supported "
                                       "by unicc (only on a list or a tuple)")
    stars = [i for i, q in enumerate(p.patterns) if isinstance(q, StarredPattern)]
    n = len(p.patterns) - len(stars)
    subject = pin(b, v, t, p)
    if isinstance(pt, TupleType):   # a fixed length, known here
        if len(pt.items) != n and not (stars and len(pt.items) >= n):
            b.goto(fail)
            b.activate(b.new_block())
            return
        size = len(pt.items)
    else:
        got = builtin_len(b, v, fullname)
        test(b, b.binary("ge" if stars else "eq", got, b.int(n), BOOL), fail)
        size = -1
    for i, q in enumerate(p.patterns):
        if isinstance(q, StarredPattern):
            if q.capture is not None:
                if isinstance(pt, TupleType) or fullname != "builtins.list":
                    raise b.ctx.error(b.module, q, "a starred capture in a sequence pattern on a tuple is not "
                                                   "supported by unicc (only on a list)")
                after = len(p.patterns) - i - 1
                sl = typed(b, SliceExpr(int_expr(b, i, q), int_expr(b, -after, q) if after else None, None),
                           None, q)
                bind(b, q.capture, item(b, subject, sl, t, q))
            continue
        before = not stars or i < stars[0]
        index = i if before else (i - len(p.patterns) if size < 0 else size - (len(p.patterns) - i))
        it = pt.items[index] if isinstance(pt, TupleType) else (pt.args[0] if isinstance(pt, Instance) else None)
        match(b, q, item(b, subject, int_expr(b, index, q), it, q), it, fail)


def match_mapping(b: Builder, p: MappingPattern, v: o.Register, t: Type | None, fail: o.BasicBlock) -> None:
    pt = mapper.proper(t)
    if not isinstance(pt, Instance) or mapper.fullname(pt) != "builtins.dict":
        raise b.ctx.error(b.module, p, f"a mapping pattern on a value of type {mapper.shown(t)} is not supported "
                                       "by unicc (only on a dict)")
    subject = pin(b, v, t, p)
    for key, value in zip(p.keys, p.values):
        test(b, compare(b, "in", key, subject), fail)
        match(b, value, item(b, subject, key, pt.args[1], value), pt.args[1], fail)
    if p.rest is not None:   # **rest: a new dict of the other items
        rest = b.call_rt("rt_dict_copy", [b.accept(subject)], OBJ)
        kt = slot_kind(b, pt, 0)
        for key in p.keys:
            b.call_rt("rt_dict_del", [rest, b.to_word(b.coerce(b.accept(key), kt))])
        bind(b, p.rest, rest)


def match_class(b: Builder, p: ClassPattern, v: o.Register, t: Type | None, fail: o.BasicBlock) -> None:
    info = p.class_ref.node
    if not isinstance(info, TypeInfo) or info.defn.type_vars:
        raise b.ctx.error(b.module, p, f"the class pattern {written(p.class_ref)}(...) is not supported by unicc "
                                       "(only of a class that is not generic)")
    have = mapper.instance_info(mapper.optional_item(t) or t)
    if have is None or not have.has_base(info.fullname) or mapper.optional_item(t) is not None:
        if not v.type.is_obj:
            raise b.ctx.error(b.module, p, f"the class pattern {info.name}(...) on a value of type "
                                           f"{mapper.shown(t)} is not supported by unicc")
        test(b, type_test(b, "rt_isinstance", v, [info], p.class_ref), fail)
    narrowed: Type = Instance(info, [])
    v = b.coerce(v, mapper.rtype(narrowed, b.subst))
    if info.fullname in SELF_MATCHING and p.positionals:
        if len(p.positionals) > 1:
            raise b.ctx.error(b.module, p, f"{info.name}() accepts 1 positional sub-pattern ({len(p.positionals)} "
                                           "given)")
        match(b, p.positionals[0], v, narrowed, fail)
    names = match_args(b, info, p) if p.positionals and info.fullname not in SELF_MATCHING else []
    subject = pin(b, v, narrowed, p)
    for name, q in list(zip(names, p.positionals)) + list(zip(p.keyword_keys, p.keyword_values)):
        at = attr_type(info, name)
        if at is None:
            raise b.ctx.error(b.module, q, f"the attribute '{name}' of {info.name} in a class pattern is not "
                                           "supported by unicc")
        member = typed(b, MemberExpr(subject, name), at, q)
        match(b, q, b.accept(member), at, fail)


def match_args(b: Builder, info: TypeInfo, p: ClassPattern) -> list[str]:
    """The attribute names of `__match_args__` (a dataclass's fields), as mypy read them."""
    sym = info.get("__match_args__")
    t = mapper.proper(sym.type) if sym is not None else None
    items = [mapper.proper(x) for x in t.items] if isinstance(t, TupleType) else []
    names = [x.value for x in items if isinstance(x, LiteralType) and isinstance(x.value, str)]
    if len(names) < len(items):   # written in the class: `__match_args__ = ("x", "y")`, typed tuple[str, str]
        names = declared_match_args(info)
    if len(names) < len(p.positionals):
        raise b.ctx.error(b.module, p, f"{info.name}() accepts {len(names)} positional sub-pattern"
                                       f"{'' if len(names) == 1 else 's'} ({len(p.positionals)} given)")
    return names


def declared_match_args(info: TypeInfo) -> list[str]:
    """The strings of a `__match_args__ = ("x", "y")` in the class body (or
    the nearest base's that has one)."""
    for base in info.mro:
        for s in base.defn.defs.body:
            if isinstance(s, AssignmentStmt) and any(isinstance(x, NameExpr) and x.name == "__match_args__"
                                                     for x in s.lvalues):
                r = s.rvalue
                if isinstance(r, TupleExpr) and all(isinstance(x, StrExpr) for x in r.items):
                    return [x.value for x in r.items if isinstance(x, StrExpr)]
                return []
    return []


def attr_type(info: TypeInfo, name: str) -> Type | None:
    sym = info.get(name)
    node = sym.node if sym is not None else None
    if isinstance(node, Var):
        return node.type
    return None

