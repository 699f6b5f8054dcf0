"""Lowering of call expressions: which kind of callee it is (a builtin, a
constructor, a method, a generic function, a function value) decides who
lowers it."""

from __future__ import annotations

from mypy.nodes import (
    ARG_NAMED_OPT, ARG_OPT, ARG_POS, ARG_STAR, ARG_STAR2, GDEF, LDEF, ArgKind, AssertTypeExpr, CallExpr, CastExpr, Decorator,
    Expression, FuncDef, IndexExpr, LambdaExpr, ListExpr, MemberExpr, MypyFile, NameExpr, OverloadedFuncDef, RefExpr,
    StrExpr, SuperExpr, TempNode, TypeAlias, TypeApplication, TypeInfo, Var,
)
from mypy.types import Instance, TupleType, Type, UnpackType

from unicc.frontend.check import is_declaration
from unicc.frontend.validate import type_call_arg
from unicc.errors import UserError
from unicc.frontend.walk import written
from unicc.ir import ops as o
from unicc.ir.rtypes import BOOL, I64, OBJ
from unicc.irbuild import classcalls, classtypes, mapper
from unicc.irbuild.arguments import call_nested, call_value, match_args
from unicc.irbuild.builder import Builder, is_cls, rtype_of
from unicc.irbuild.cached import cache_method, cached_call
from unicc.irbuild.constructors import call_super, construct, namedtuple_method
from unicc.irbuild.typeof import binding_error, construct_like
from unicc.irbuild.decorators import call_decorated, forward_call, is_param_spec, user_decorated
from unicc.irbuild.generic import specialise
from unicc.irbuild.getters import call_getter, getter_of, misplaced
from unicc.irbuild.members import static_call
from unicc.irbuild.closures import PARTIAL
from unicc.irbuild.partials import call_partial, is_partial, make_partial
from unicc.irbuild.methods import method_call
from unicc.irbuild.registry import BUILTIN_FUNCS
from unicc.irbuild.sequences import seq_get, seq_len, tuple_items
from unicc.irbuild.strings import fstring_join, fstring_piece, str_format


def library_function(b: Builder, f: FuncDef) -> bool:
    """A function of a module that is not compiled (typeshed's `os`, `math`...)."""
    return "." in f.fullname and f.fullname not in b.ctx.funcs and \
        not any(f.fullname.startswith(m + ".") for m in b.ctx.modules)   # a nested def's is its bare name


def lower_call(b: Builder, e: CallExpr) -> o.Register:
    if isinstance(e.analyzed, CastExpr):
        return BUILTIN_FUNCS["typing.cast"](b, e)
    if isinstance(e.analyzed, AssertTypeExpr):   # assert_type(x, T): x, of type T already
        return b.accept_as(e.analyzed.expr, rtype_of(b, e))
    if getter_of(e.callee) is not None:
        return call_getter(b, e, e.callee)  # type: ignore[arg-type]
    if getter_of(e) is not None:
        return misplaced(b, e)
    if isinstance(e.callee, RefExpr) and e.callee.fullname == PARTIAL:
        return make_partial(b, e)
    if is_partial(b.ctx.types.get(e.callee)):
        return call_partial(b, e)
    if ARG_STAR in e.arg_kinds and any(is_param_spec(b, a) for a in e.args):
        return forward_call(b, e)   # f(*args, **kwargs) of `*args: P.args`
    spread = spread_tuples(b, e)
    if spread is not None:
        call, pins = spread
        try:
            return lower_call(b, call)
        finally:
            for p in pins:
                del b.pinned[p]
    spread_seq = spread_sequence(b, e)
    if spread_seq is not None:
        return spread_seq
    for a, k in zip(e.args, e.arg_kinds):
        if k == ARG_STAR and (is_zip_star(e) or isinstance(e.callee, RefExpr) and e.callee.fullname in STAR_FOLDS):
            break   # zip(*rows), math.gcd(*ns): builtin_funcs, generator.lower_lazy
        if k == ARG_STAR2 and not binds_by_signature(b, e) or k == ARG_STAR and not spreads_into_star(b, e):
            star = f"{'*' if k == ARG_STAR else '**'}{written(a) or '...'}"
            raise b.ctx.error(b.module, e, f"{star} in the call of {written(e.callee) or 'a function'}: "
                                           "*args/**kwargs in calls are not supported by unicc")
    callee = e.callee
    of_type = type_call_arg(callee) if isinstance(callee, CallExpr) else None
    if of_type is not None:   # type(x)(...)
        return construct_like(b, e, of_type, construct)
    if isinstance(callee, MemberExpr) and isinstance(callee.expr, StrExpr) and callee.name == "format":
        return fstring_piece(b, e, callee.expr.value)
    if isinstance(callee, MemberExpr) and callee.name == "format" and isinstance(callee.expr, RefExpr) and \
            isinstance(callee.expr.node, Var) and isinstance(callee.expr.node.final_value, str):
        return str_format(b, e, callee.expr.node.final_value)   # FMT.format(...) of `FMT: Final = "{} {}"`
    if isinstance(callee, MemberExpr) and isinstance(callee.expr, StrExpr) and callee.name == "join" \
            and callee.expr.value == "" and isinstance(e.args[0], ListExpr):
        return fstring_join(b, e)
    if isinstance(callee, SuperExpr) or (isinstance(callee, MemberExpr) and isinstance(callee.expr, SuperExpr)):
        return call_super(b, e)
    app = callee.analyzed if isinstance(callee, IndexExpr) else None
    if isinstance(app, TypeApplication) and isinstance(app.expr, RefExpr) and isinstance(app.expr.node, TypeInfo):
        return construct(b, e, app.expr.node)   # Box[int](3): the class, of the call's type
    static = classtypes.class_type(b.ctx.types.get(callee))
    if static is not None and not (isinstance(callee, RefExpr) and isinstance(callee.node, (TypeInfo, TypeAlias))) \
            and not is_cls(callee) and not mapper.opaque(b.ctx.types.get(callee)):
        return classcalls.call_class(b, e, static)   # cls(...) of an exception class value
    if isinstance(callee, RefExpr):
        node = callee.node
        cls = b.cls_info
        if is_cls(callee.expr if isinstance(callee, MemberExpr) else callee) and cls is not None:
            if isinstance(callee, MemberExpr):
                return static_call(b, e, cls, callee.name)
            if cls.is_abstract:
                return classcalls.abstract_error(b, cls)
            if not cls.defn.type_vars:   # mypy's type of cls() is the defining class, not this copy's
                e2 = CallExpr(callee, e.args, e.arg_kinds, e.arg_names)
                e2.set_line(e)
                b.ctx.types[e2] = Instance(cls, [])
                try:
                    return construct(b, e2, cls)
                except UserError:
                    if mapper.instance_info(b.ctx.types.get(e)) is cls:
                        raise
                # a subclass whose __init__ takes other arguments: CPython's TypeError if this copy runs
                b.raise_new("rt_type_TypeError", binding_error(b, cls, e2))
                b.activate(b.new_block())
                return b.none()
            return construct(b, e, cls)
        if isinstance(callee, MemberExpr) and isinstance(callee.expr, RefExpr) and \
                isinstance(callee.expr.node, Decorator) and callee.expr.node.func.fullname in b.ctx.cached:
            return cache_method(b, e, callee.expr.node.func, callee.name)   # f.cache_info()
        held = classtypes.value_class(b, callee.expr) if isinstance(callee, MemberExpr) else None
        if isinstance(callee, MemberExpr) and held is not None:
            return classcalls.call_on_class(b, e, callee, held)   # cls.create() of a class value
        recv = mapper.instance_info(b.ctx.types.get(callee.expr)) if isinstance(callee, MemberExpr) else None
        if isinstance(callee, MemberExpr) and recv is not None and classcalls.class_level_method(b, recv, callee.name):
            return classcalls.call_on_instance(b, e, callee, recv)   # obj.create() of a classmethod
        if isinstance(callee, MemberExpr) and not (isinstance(callee.expr, RefExpr) and
                                                   isinstance(callee.expr.node, (MypyFile, TypeInfo))):
            recv = mapper.instance_info(b.ctx.types.get(callee.expr))
            if recv is not None and recv.fullname in b.ctx.namedtuples and callee.name in ("_replace", "_asdict"):
                return namedtuple_method(b, e, callee, recv)
            return method_call(b, e, callee)
        fullname = callee.fullname
        if fullname in BUILTIN_FUNCS:
            return BUILTIN_FUNCS[fullname](b, e)
        if isinstance(node, TypeInfo):
            return construct(b, e, node)
        alias = mapper.proper(node.target) if isinstance(node, TypeAlias) else None
        if isinstance(alias, Instance) and any(c.fullname == "builtins.BaseException" for c in alias.type.mro):
            return construct(b, e, alias.type)   # IOError(...) is OSError(...)
        if isinstance(alias, Instance) and alias.type.fullname in BUILTIN_FUNCS and \
                (not e.args or alias.type.fullname in ("builtins.list", "builtins.tuple")):
            return BUILTIN_FUNCS[alias.type.fullname](b, e)   # OrderedCollection = list; OrderedCollection()
        if isinstance(alias, Instance) and alias.type.fullname in b.ctx.classes:
            return construct(b, e, alias.type)
        if isinstance(node, OverloadedFuncDef) and node.impl is not None:
            return call_overload(b, e, node.impl)
        if isinstance(node, Decorator) and node.func.fullname in b.ctx.cached:
            return cached_call(b, e, node.func)
        if isinstance(node, Decorator) and user_decorated(node):
            return call_decorated(b, e, node)   # through the decorated value
        if isinstance(node, Decorator):
            node = node.func
        if isinstance(node, FuncDef) and is_declaration(node):
            raise b.ctx.error(b.module, e, f"{written(callee) or node.name}() is not supported by unicc")
        if isinstance(node, FuncDef) and node.fullname in b.ctx.generic_defs:
            info = specialise(b, e, node)
            return b.call(info, match_args(b, e, info, node))
        if isinstance(node, FuncDef) and node.fullname in b.ctx.funcs and not b.ctx.funcs[node.fullname].has_env:
            info = b.ctx.funcs[node.fullname]
            return b.call(info, match_args(b, e, info, node))
        if isinstance(node, FuncDef) and isinstance(callee, NameExpr) and callee.kind == LDEF:
            return call_nested(b, e, node)
        if isinstance(callee, MemberExpr) and isinstance(callee.expr, RefExpr) and \
                isinstance(callee.expr.node, TypeInfo):   # C.f(), m.C.f()
            qual = f"{callee.expr.node.fullname}.{callee.name}"
            if qual in BUILTIN_FUNCS:
                return BUILTIN_FUNCS[qual](b, e)
            return static_call(b, e, callee.expr.node, callee.name)
        if isinstance(node, (FuncDef, OverloadedFuncDef)) and callee.kind == GDEF and not compiled(b, node.fullname):
            # a library function (typeshed's stub) that unicc does not implement
            name = written(callee)
            name = name if "." in name else node.fullname.removeprefix("builtins.")
            raise b.ctx.error(b.module, e, f"{name}() is not supported by unicc")
    return call_value(b, e)


def spread_tuples(b: Builder, e: CallExpr) -> tuple[CallExpr, list[Expression]] | None:
    """`f(a, *t, c)` with t a tuple of known length is `f(a, t[0], t[1], c)`:
    the arguments up to t are evaluated in order (a lambda needs no
    evaluating), t is unpacked, and the call takes its items as positional
    arguments (with the pinned expressions to release after it).  None when
    no `*` argument is such a tuple."""
    def fixed(a: Expression, k: ArgKind) -> TupleType | None:
        t = mapper.proper(b.ctx.types.get(a)) if k == ARG_STAR else None
        return t if isinstance(t, TupleType) and not any(isinstance(x, UnpackType) for x in t.items) else None
    stars = [i for i, (a, k) in enumerate(zip(e.args, e.arg_kinds)) if fixed(a, k) is not None]
    if not stars:
        return None
    args: list[Expression] = []
    kinds: list[ArgKind] = []
    names: list[str | None] = []
    pins: list[Expression] = []
    for i, (a, k, n) in enumerate(zip(e.args, e.arg_kinds, e.arg_names)):
        tt = fixed(a, k)
        if tt is not None:
            v = b.accept(a)
            for x, item in zip(tuple_items(b, v, [mapper.rtype(t, b.subst) for t in tt.items]), tt.items):
                node = b.held(item, x)
                pins.append(node)
                args.append(node)
                kinds.append(ARG_POS)
                names.append(None)
            continue
        if i < stars[-1] and a not in b.pinned and not isinstance(a, LambdaExpr):
            b.pinned[a] = b.accept(a)
            pins.append(a)
        args.append(a)
        kinds.append(k)
        names.append(n)
    call = CallExpr(e.callee, args, kinds, names, e.analyzed)
    call.set_line(e)
    t = b.ctx.types.get(e)
    if t is not None:
        b.ctx.types[call] = t
    return call, pins


def spread_sequence(b: Builder, e: CallExpr) -> o.Register | None:
    """`f(a, *xs)` with xs a list or a tuple of any length filling f's
    positional parameters: for each length f accepts, the call with xs's
    items as its arguments (defaults for the rest); other lengths raise
    CPython's TypeError (missing arguments, too many).  None when the call is
    not such: xs last, only positional arguments before it, f a compiled
    module-level function or a method of an instance with positional
    parameters only."""
    if not e.args or e.arg_kinds[-1] != ARG_STAR or any(k != ARG_POS for k in e.arg_kinds[:-1]):
        return None
    star = e.args[-1]
    st = mapper.proper(b.ctx.types.get(star))
    if not (isinstance(st, Instance) and st.type.fullname in ("builtins.list", "builtins.tuple")):
        return None
    ct = mapper.proper(b.ctx.types.get(e.callee))
    d = ct.definition if isinstance(ct, mapper.CallableType) else None
    if not isinstance(ct, mapper.CallableType) or not isinstance(d, FuncDef) or not compiled(b, d.fullname) \
            or d.fullname in BUILTIN_FUNCS:
        return None
    # positional parameters, then maybe *args and keyword-only ones with defaults
    positional = next((i for i, k in enumerate(ct.arg_kinds) if k not in (ARG_POS, ARG_OPT)), len(ct.arg_kinds))
    rest_kinds = ct.arg_kinds[positional:]
    has_star = bool(rest_kinds) and rest_kinds[0] == ARG_STAR
    if any(k not in (ARG_NAMED_OPT, ARG_STAR2) for k in rest_kinds[int(has_star):]) or \
            has_star and positional <= len(e.args) - 1:
        return None
    callee = e.callee
    if isinstance(callee, NameExpr) and callee.kind == GDEF and callee.node is d:
        qual, self_n = d.name, 0
    elif isinstance(callee, MemberExpr) and isinstance(mapper.proper(b.ctx.types.get(callee.expr)), Instance) \
            and not d.is_static and not d.is_class and d.info.fullname == f"{d.info.module_name}.{d.info.name}" \
            and "@" not in d.info.fullname:
        qual, self_n = f"{d.info.name}.{d.name}", 1
    else:
        return None
    names = [n or "" for n in ct.arg_names]
    params, required, before = positional, sum(k == ARG_POS for k in ct.arg_kinds), len(e.args) - 1
    lo, hi = max(0, required - before), params - before
    pins: list[Expression] = []
    if isinstance(callee, MemberExpr):
        b.pinned[callee.expr] = b.accept(callee.expr)
        pins.append(callee.expr)
    for a in e.args[:-1]:
        if a not in b.pinned and not isinstance(a, LambdaExpr):
            b.pinned[a] = b.accept(a)
            pins.append(a)
    seq = b.accept(star)
    n = seq_len(b, seq)
    et = mapper.type_args(st)[0]
    getter = "tuple" if st.type.fullname == "builtins.tuple" else "list"
    want = rtype_of(b, e)
    res = b.reg(want) if not want.is_void else None
    done, too_many = b.new_block(), b.new_block()

    def pinned(t: Type, value: o.Register) -> TempNode:
        node = b.held(t, value)
        pins.append(node)
        return node

    def call_with(args: list[Expression], kinds: list[ArgKind]) -> None:
        """The call with `args` (the named ones, then the items pinned), its
        result into res, then on to `done`."""
        call = CallExpr(e.callee, args, kinds, [None] * len(args), e.analyzed)
        call.set_line(e)
        if b.ctx.types.get(e) is not None:
            b.ctx.types[call] = b.ctx.types[e]
        r = lower_call(b, call)
        if res is not None:
            b.assign(res, b.coerce(r, want))
        b.goto(done)

    def items(count: int) -> list[Expression]:
        return list(e.args[:-1]) + [pinned(et, seq_get(b, seq, b.int(i), mapper.rtype(et, b.subst), getter))
                                    for i in range(count)]
    try:
        for k in range(0, max(hi + 1, 0)):
            here, nxt = b.new_block(), b.new_block()
            b.branch(b.binary("eq", n, b.int(k), BOOL), here, nxt)
            b.activate(here)
            if k < lo:   # too few: the parameters left without a value
                missing = [f"'{x}'" for x in names[before + k:required]]
                listed = missing[0] if len(missing) == 1 else (
                    f"{missing[0]} and {missing[1]}" if len(missing) == 2 else
                    ", ".join(missing[:-1]) + f", and {missing[-1]}")
                plural = "argument" if len(missing) == 1 else "arguments"
                b.raise_new("rt_type_TypeError", f"{qual}() missing {len(missing)} required positional {plural}: {listed}")
            else:
                args = items(k)
                call_with(args, [ARG_POS] * len(args))
            b.activate(nxt)
        if has_star:   # longer: the named parameters, then *args gets the rest
            args = items(hi)
            args.append(pinned(st, b.call_rt(f"rt_{getter}_slice", [seq, b.int(hi), n, b.int(1), b.int(3)], OBJ)))
            call_with(args, [ARG_POS] * (len(args) - 1) + [ARG_STAR])
            b.activate(too_many)   # never reached: every length has its call
            b.goto(done)
            b.activate(done)
            return res if res is not None else b.none()
        b.goto(too_many)
        b.activate(too_many)
        lo_all, hi_all = required + self_n, params + self_n
        takes = f"{hi_all} positional argument{'' if hi_all == 1 else 's'}" if lo_all == hi_all else \
            f"from {lo_all} to {hi_all} positional arguments"
        given = b.binary("add", n, b.int(before + self_n), I64)
        msg = b.call_rt("rt_str_concat", [b.str_const(f"{qual}() takes {takes} but "),
                                          b.call_rt("rt_int_to_str", [given], OBJ)], OBJ)
        one, more, raise_ = b.new_block(), b.new_block(), b.new_block()
        tail = b.reg(OBJ)
        b.branch(b.binary("eq", given, b.int(1), BOOL), one, more)
        b.activate(one)
        b.assign(tail, b.str_const(" was given"))
        b.goto(raise_)
        b.activate(more)
        b.assign(tail, b.str_const(" were given"))
        b.goto(raise_)
        b.activate(raise_)
        msg = b.call_rt("rt_str_concat", [msg, tail], OBJ)
        b.raise_msg("rt_type_TypeError", msg)
        b.activate(done)
    finally:
        for p in pins:
            del b.pinned[p]
    return res if res is not None else b.none()


def binds_by_signature(b: Builder, e: CallExpr) -> bool:
    """Whether the call binds its arguments to a compiled function's own
    parameters (arguments.match_args), which is where `**d` is unpacked: a
    function, a method of a compiled class or a compiled class's constructor."""
    callee = e.callee
    node = callee.node if isinstance(callee, RefExpr) else None
    if isinstance(node, FuncDef) and node.fullname not in BUILTIN_FUNCS:
        info = b.ctx.funcs.get(node.fullname)
        return info is not None and not info.has_env or node.fullname in b.ctx.generic_defs
    if isinstance(node, TypeInfo):
        return node.fullname in b.ctx.classes
    if isinstance(callee, MemberExpr) and not isinstance(node, (FuncDef, TypeInfo)):
        recv = mapper.instance_info(b.ctx.types.get(callee.expr))
        return recv is not None and recv.fullname in b.ctx.classes and recv.fullname not in b.ctx.namedtuples
    return False


STAR_FOLDS = ("math.hypot", "math.gcd", "math.lcm")   # *xs among their arguments: builtin_funcs.each_argument


def is_zip_star(e: CallExpr) -> bool:
    return isinstance(e.callee, RefExpr) and e.callee.fullname == "builtins.zip" and e.arg_kinds == [ARG_STAR]


def spreads_into_star(b: Builder, e: CallExpr) -> bool:
    """`f(*xs)` of a compiled function with a *args parameter (match_args
    puts xs's items into its tuple)."""
    t = mapper.proper(b.ctx.types.get(e.callee))
    d = t.definition if isinstance(t, mapper.CallableType) else None
    return isinstance(d, FuncDef) and compiled(b, d.fullname) and d.fullname not in BUILTIN_FUNCS and \
        ARG_STAR in d.arg_kinds


def call_overload(b: Builder, e: CallExpr, impl: FuncDef | Decorator) -> o.Register:
    """A call of an @overload function runs the implementation, which takes every
    overload's arguments; its result is of the overload mypy chose (an `int |
    float` result, held as a float, is an int where the overload says int)."""
    f = impl.func if isinstance(impl, Decorator) else impl
    if is_declaration(f):
        raise b.ctx.error(b.module, e, f"{written(e.callee) or f.name}() is not supported by unicc")
    if f.fullname in b.ctx.generic_defs:
        info = specialise(b, e, f)
    elif f.fullname in b.ctx.funcs:
        info = b.ctx.funcs[f.fullname]
    else:
        raise b.ctx.error(b.module, e, f"calling the @overload function {f.name} is not supported by unicc")
    r = b.call(info, match_args(b, e, info, f))
    want = rtype_of(b, e)
    return b.coerce(b.call_rt("rt_float_to_int", [r], I64), want) if r.type.is_float and want.is_int else r


def compiled(b: Builder, fullname: str) -> bool:
    """Whether a function is defined in a module of the program (or stdlib/)."""
    return any(fullname.startswith(m + ".") for m in b.ctx.modules)
