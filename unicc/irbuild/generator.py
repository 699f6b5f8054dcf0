"""Generators and coroutines, compiled to state machines.

A generator (or `async def`) function `f` becomes two functions:

- `f` allocates f's frame object, stores the arguments the body needs in it
  and returns it (nothing of the body runs yet, as in CPython);
- `f.resume(frame, sent, thrown)` runs the body from where it stopped to the
  next `yield` (returning the yielded word) or to its end (state abi.GEN_DONE, the
  result in the frame).  `thrown`, when not NULL, is raised at the
  suspension point (gen.throw, cancellation, close).

The body is lowered as ordinary code in which each suspension is a `Yield`
terminator; `to_state_machine` then numbers the Yields, stores the
registers live across each of them in frame fields (and only those: a
liveness analysis over the IR decides), and puts a dispatch on the frame's
state in front.  No stacks are switched or copied: a suspended coroutine is
its frame, a few words.  The frame layout is `rt_gen` in unicc.h.
"""

from __future__ import annotations

from typing import Callable

from mypy.nodes import (
    ARG_POS, ARG_STAR, Argument, AwaitExpr, Block, CallExpr, Expression, ForStmt, FuncDef, FuncItem, GeneratorExpr,
    LDEF, MemberExpr, NameExpr, Var, YieldExpr, YieldFromExpr,
)
from mypy.types import Instance, Type

from unicc.frontend.check import BUILTIN_METHODS
from unicc.ir import abi, ops as o
from unicc.analysis.dataflow import liveness
from unicc.ir.rtypes import BOOL, I64, OBJ, PTR, RType, WORD
from unicc.irbuild import mapper
from unicc.irbuild.builder import Builder, ClassInfo, Context, FuncInfo, GenInfo, new_function, rtype_of
from unicc.irbuild.closures import (
    bind_params, builtin_target, call_closure, captured_vars, cells_for, func_info, genexpr_func, make_cell,
    make_closure, own_defs, prologue, reachable_free_vars,
)
from unicc.irbuild.for_helpers import advance, for_each, iter_object, iter_of
from unicc.irbuild.helpers import helper_function
from unicc.irbuild.itemtype import COROUTINE_TYPES, GENERATOR_TYPES, is_iterator_type, iter_result_type
from unicc.irbuild.members import call_dunder
from unicc.irbuild.sequences import Item, as_value
from unicc.irbuild.unbound import check_unbound


def signature(t: Type | None, coroutine: bool, subst: dict[str, RType]) -> tuple[RType, RType, RType, Type | None]:
    """Yield, send and return run-time types of a generator or coroutine's declared
    type, and the mypy type of its result."""
    p = mapper.proper(t)
    args = list(p.args) if isinstance(p, Instance) else []
    if coroutine:   # Coroutine[Any, Any, R]: the awaitables underneath yield None
        r = args[2] if len(args) == 3 else None
        return OBJ, OBJ, mapper.ret_rtype(r, subst), r
    y = mapper.rtype(args[0], subst) if args else OBJ
    s = mapper.rtype(args[1], subst) if len(args) == 3 else OBJ
    r = args[2] if len(args) == 3 else None
    return y, s, mapper.ret_rtype(r, subst), r


def compile_generator(ctx: Context, module: str, f: FuncItem, info: FuncInfo, source_name: str,
                      outer: Builder | None, env_vars: list[Var] | None,
                      subst: dict[str, RType] | None,
                      body: Callable[[Builder], None] | None = None) -> o.FuncIR:
    """`body` lowers the body instead of f's statements (lower_lazy)."""
    ft = f.type if isinstance(f.type, mapper.CallableType) else None
    sub = dict(subst or {})
    if outer is not None:
        sub.update(outer.subst)
    declared = ft.ret_type if ft else ctx.genexpr_types.get(f)
    y, s, r, r_mypy = signature(declared, f.is_coroutine, sub)
    fn = o.FuncIR(f"{info.name}.resume", [], WORD, line=f.line, module=module, source_name=source_name)
    ctx.ir.functions.append(fn)
    b = Builder(ctx, module, fn)
    b.subst = sub
    b.ret_type = r_mypy
    frame, sent, thrown = b.reg(OBJ, "frame"), b.reg(WORD, "sent"), b.reg(OBJ, "thrown")
    fn.params.extend([frame, sent, thrown])
    b.gen = GenInfo(y, s, r, frame, sent, thrown)
    body_params = bind_params(b, f, info, outer, env_vars)   # not the resume's IR parameters
    b.own_vars = set(own_defs(f))
    start = b.block
    for v in captured_vars(f):
        make_cell(b, v)
    if body is not None:
        body(b)
    else:
        b.accept_block(f.body)
    b.raise_stmt_errors()
    if not b.block.terminated:
        b.emit(o.Return(None if r.is_void else b.zero(r)))
    b.activate(b.error_exit)
    b.call_rt("rt_gen_escaped", [b.int(int(f.is_coroutine))], raises=False)
    b.emit(o.Return(None))
    check_unbound(b)
    slots = to_state_machine(b, start, body_params)

    kind = "coroutine" if f.is_coroutine else "generator"
    sym = f"type.gen.{info.name}"
    words = {abi.GEN_RESUME: ("resume", I64), abi.GEN_STATE: ("state", I64),
             abi.GEN_RETVAL: ("retval", OBJ if r.is_void else r)}
    layout = [words[i] for i in range(abi.GEN_FIRST_SLOT)]   # rt_gen's words, then the slots
    ci = o.ClassIR(kind, "builtins", sym, "rt_type_object",
                   fields=layout + [(reg.name, slot_type(reg)) for reg in slots], layout=abi.L_GEN)
    if not f.is_coroutine:
        ci.slots["iternext"] = iternext_wrapper(ctx, module, fn.name, y, source_name)
    ctx.ir.classes.append(ci)
    ctx.classes[sym] = ClassInfo(ci)
    return entry(ctx, module, info, f, sym, fn.name, body_params, slots, source_name)


def entry(ctx: Context, module: str, info: FuncInfo, f: FuncItem, sym: str, resume: str,
          body_params: list[o.Register], slots: list[o.Register], source_name: str) -> o.FuncIR:
    """f(args): a new frame holding the arguments the body will need."""
    b, regs = new_function(ctx, module, info.name, list(zip(info.arg_names, info.params)), OBJ, source_name)
    b.fn.line = f.line
    frame = b.alloc(sym, abi.GEN_FIRST_SLOT + len(slots))
    b.set_field(frame, abi.GEN_RESUME, b.addr(resume))
    index = {reg: abi.GEN_FIRST_SLOT + i for i, reg in enumerate(slots)}
    for p, a in zip(body_params, regs):
        if p in index:
            b.set_field(frame, index[p], a)
    b.emit(o.Return(frame))
    b.finish()
    return b.fn


def slot_type(r: o.Register) -> RType:
    assert r.type not in (PTR, WORD), f"raw {r.type} register {r.name} live across a yield"
    return r.type


def iternext_wrapper(ctx: Context, module: str, resume: str, y: RType, source_name: str) -> str:
    """The frame type's iternext slot: resume, and convert the item to the kind asked for."""
    name = f"{resume}.iternext"
    b, (self, want) = new_function(ctx, module, name, [("self", OBJ), ("want", I64)], WORD, source_name)
    w = b.reg(WORD)
    b.emit(o.Call(w, resume, [self, b.const(0, WORD), b.none()]))
    b.check_exc()
    done, more = b.new_block(), b.new_block()
    b.branch(b.binary("eq", b.get_field(self, abi.GEN_STATE, I64), b.int(abi.GEN_DONE), BOOL), done, more)
    b.activate(done)
    b.emit(o.SetGlobal("rt_iter_stop", b.int(1)))
    b.emit(o.Return(b.const(0, WORD)))
    b.activate(more)
    b.emit(o.Return(b.call_rt("rt_word_as", [w, b.int(y.kind), want], WORD, raises=False)))
    b.finish()
    return name


# ---- suspension points in the body ------------------------------------------------------

def suspend(b: Builder, value: o.Register | None, dest: o.Register | None,
            thrown: o.Register | None = None) -> None:
    cont = b.new_block()
    b.emit(o.Yield(value, dest, cont, b.handler(), thrown))
    b.activate(cont)


def lower_yield(b: Builder, value: o.Register | None) -> o.Register:
    g = b.gen
    assert g is not None
    dest = b.reg(g.send_t)   # a bare `yield` only type-checks where None may be yielded
    suspend(b, b.coerce(value if value is not None else b.none(), g.yield_t), dest)
    return dest


def delegate(b: Builder, sub: o.Register, result: RType) -> o.Register:
    """`yield from sub` / `await sub` for a generator or coroutine frame: pass
    each of its yields up, each value sent and exception thrown down, until it
    finishes; its result is the value."""
    sent, thrown = b.reg(WORD, "sent"), b.reg(OBJ, "thrown")
    b.emit(o.Const(sent, 0))
    b.emit(o.Const(thrown, None))
    loop, done, more = b.new_block(), b.new_block(), b.new_block()
    b.goto(loop)
    b.activate(loop)
    code = b.get_field(sub, abi.GEN_RESUME, PTR)
    w = b.call_ptr(code, [sub, sent, thrown], WORD)
    b.branch(b.binary("eq", b.get_field(sub, abi.GEN_STATE, I64), b.int(abi.GEN_DONE), BOOL), done, more)
    b.activate(more)
    b.emit(o.Yield(w, sent, loop, b.handler(), thrown))
    b.activate(done)
    if result.is_void:
        return b.none()
    return b.from_word(b.call_rt("rt_gen_result", [sub, b.int(result.kind)], WORD, raises=False), result)


# ---- the state machine ----------------------------------------------------------------------

def to_state_machine(b: Builder, start: o.BasicBlock, body_params: list[o.Register]) -> list[o.Register]:
    """Turn the Yields and Returns of a lowered generator body into a state
    machine; returns the registers that live in frame fields, in field order."""
    g = b.gen
    assert g is not None
    fn = b.fn
    live_in = liveness(fn)
    fixed = {g.frame, g.sent, g.thrown}
    yields = [bb for bb in fn.blocks if bb.ops and isinstance(bb.ops[-1], o.Yield)]
    across: list[list[o.Register]] = []
    order = {r: i for i, r in enumerate(fn.registers)}
    for bb in yields:
        y = bb.ops[-1]
        assert isinstance(y, o.Yield)
        after = (live_in[y.cont] | live_in[y.handler]) - {y.dest, y.thrown} - fixed
        across.append(sorted(after, key=order.__getitem__))
    at_start = sorted(live_in[start] - fixed, key=order.__getitem__)
    slots = sorted(set(at_start).union(*across), key=order.__getitem__)
    index = {r: abi.GEN_FIRST_SLOT + i for i, r in enumerate(slots)}

    for bb in list(fn.blocks):   # a return ends the generator: keep the result in the frame
        ret = bb.ops[-1] if bb.ops else None
        if isinstance(ret, o.Return):
            bb.ops.pop()
            b.activate(bb)
            if ret.value is not None:
                b.set_field(g.frame, abi.GEN_RETVAL, ret.value)
            b.set_field(g.frame, abi.GEN_STATE, b.int(abi.GEN_DONE))
            b.emit(o.Return(b.const(0, WORD)))

    resumes = []
    for k, (bb, live) in enumerate(zip(yields, across), 1):
        y = bb.ops.pop()
        assert isinstance(y, o.Yield)
        b.activate(bb)
        for r in live:
            b.set_field(g.frame, index[r], r)
        b.set_field(g.frame, abi.GEN_STATE, b.int(k))
        b.emit(o.Return(b.to_word(y.value) if y.value is not None else b.const(0, WORD)))
        resume = b.new_block()
        b.activate(resume)
        for r in live:
            b.emit(o.GetField(r, g.frame, index[r]))
        if y.dest is not None:
            b.emit(o.Assign(y.dest, b.from_word(g.sent, y.dest.type)))
        if y.thrown is not None:
            b.emit(o.Assign(y.thrown, g.thrown))
            b.goto(y.cont)
        else:
            raise_at(b, y.cont, y.handler)
        resumes.append(resume)

    # the dispatch on the frame's state, in front of everything
    dispatch = b.new_block()
    fn.blocks.remove(dispatch)
    fn.blocks.insert(0, dispatch)
    b.activate(dispatch)
    prologue(b)
    st = b.get_field(g.frame, abi.GEN_STATE, I64)
    running, not_running, finished, live_ = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    b.branch(b.binary("eq", st, b.int(abi.GEN_RUNNING), BOOL), running, not_running)
    b.activate(running)
    b.call_rt("rt_raise_msg", [b.addr("rt_type_ValueError"),
                               b.const(o.CStrConst("generator already executing"), OBJ)], raises=False)
    b.emit(o.Return(b.const(0, WORD)))
    b.activate(not_running)
    b.branch(b.binary("eq", st, b.int(abi.GEN_DONE), BOOL), finished, live_)
    b.activate(finished)   # resuming a finished generator: nothing more (throw: the exception)
    b.set_field(g.frame, abi.GEN_RETVAL, b.const(0, WORD))   # its result was reported once already
    quiet = b.new_block()
    raise_at(b, quiet, quiet)
    b.activate(quiet)
    b.emit(o.Return(b.const(0, WORD)))
    b.activate(live_)
    b.set_field(g.frame, abi.GEN_STATE, b.int(abi.GEN_RUNNING))
    for k, resume in enumerate(resumes, 1):
        nxt = b.new_block()
        b.branch(b.binary("eq", st, b.int(k), BOOL), resume, nxt)
        b.activate(nxt)
    # state 0: the first run; the arguments come from the frame
    params = set(body_params)
    for r in at_start:
        if r in params:
            b.emit(o.GetField(r, g.frame, index[r]))
        else:   # read before written on some path: give it a value the collector can scan
            b.emit(o.Assign(r, b.zero(r.type)))
    raise_at(b, start, b.error_exit)   # thrown into a generator that never ran: it ends at once
    return slots


def raise_at(b: Builder, cont: o.BasicBlock, handler: o.BasicBlock) -> None:
    """Continue at `cont`, or raise the thrown-in exception towards `handler`."""
    g = b.gen
    assert g is not None
    raise_ = b.new_block()
    b.branch(b.binary("ne", g.thrown, b.none(), BOOL), raise_, cont)
    b.activate(raise_)
    b.call_rt("rt_raise", [g.thrown], raises=False)
    b.goto(handler)


# ---- yield, yield from, await ------------------------------------------------------------

def lower_yield_expr(b: Builder, e: YieldExpr) -> o.Register:
    return lower_yield(b, b.accept(e.expr) if e.expr is not None else None)


def lower_yield_from(b: Builder, e: YieldFromExpr) -> o.Register:
    if mapper.fullname(b.ctx.types.get(e.expr)) in ("typing.Generator", "collections.abc.Generator"):
        return delegate(b, b.accept(e.expr), rtype_of(b, e))

    def each(item: Item) -> None:   # any other iterable: its items, one by one
        lower_yield(b, as_value(b, item))
    for_each(b, e.expr, each)
    return b.none()


def lower_await(b: Builder, e: AwaitExpr) -> o.Register:
    t = b.ctx.types.get(e.expr)
    v = b.accept(e.expr)
    if mapper.fullname(t) not in COROUTINE_TYPES:   # an awaitable object: its __await__ generator
        info = mapper.instance_info(t)
        frame = call_dunder(b, v, t, "__await__", [], e) if info is not None else None
        if frame is None:
            raise b.ctx.error(b.module, e, "await of this type is not supported by unicc "
                                           "(await coroutines or objects whose class defines __await__)")
        v = frame
    return delegate(b, v, rtype_of(b, e))


def lower_genexpr(b: Builder, e: GeneratorExpr) -> o.Register:
    """`(f(x) for x in xs if p(x))` as a value: a nested generator function
    (its loops and conditions as statements, `yield f(x)` inside) called at
    once, so items are computed lazily, one per next().  As in CPython, the
    first iterable is evaluated at once and the rest of the expression sees
    the enclosing function's variables as they are when each item is made."""
    fdef = genexpr_func(e)
    first = b.accept(e.sequences[0])
    arg = fdef.body.body[0]
    assert isinstance(arg, ForStmt)
    b.ctx.types[arg.expr] = b.ctx.types[e.sequences[0]]
    env_vars = reachable_free_vars(b, fdef)
    name = b.ctx.unique(f"{b.fn.name}.genexpr")
    info = FuncInfo(name, [OBJ, first.type], OBJ, ["<env>", ".0"], [None, None], has_env=True)
    b.ctx.genexpr_types[fdef] = b.ctx.types.get(e)
    b.ctx.compile_function(b.module, fdef, info, "<genexpr>", outer=b, env_vars=env_vars, subst=b.subst)
    return call_closure(b, make_closure(b, name, cells_for(b, env_vars)), [first], OBJ, 1)


# ---- map(), filter(), zip(), enumerate(), reversed() kept as values -------------------------

def lower_lazy(b: Builder, e: CallExpr) -> o.Register:
    """`map(f, xs)` (and filter, zip, enumerate, reversed) as a value: a
    generator whose body is the loop that consuming the call in place gives
    (for_helpers.iterate), with `yield item` inside; so `m = map(f, xs)` is
    `(f(x) for x in xs)` with f and xs evaluated now, as CPython evaluates
    them.  Iterables of classes with __iter__ get their iterator now too
    (CPython's iter() at creation).  Items are made one per next()."""
    callee = e.callee
    if isinstance(callee, NameExpr) and callee.fullname == "builtins.zip" and e.arg_kinds == [ARG_STAR]:
        # zip(*rows): as many iterables as rows has, a tuple of that many items each
        return b.call(helper_function(b, f"{BUILTIN_METHODS}.zip_star"), [b.accept(e.args[0])])
    if isinstance(callee, MemberExpr):   # itertools.starmap
        callee = NameExpr(callee.name)
        callee.fullname = e.callee.fullname  # type: ignore[attr-defined]
    assert isinstance(callee, NameExpr)
    values: list[o.Register] = []
    params: list[Argument] = []
    inner: list[Expression] = []
    first_iterable = 1 if callee.fullname in ("builtins.map", "builtins.filter", "itertools.starmap") else 0
    for i, a in enumerate(e.args):
        t = b.ctx.types.get(a)
        if builtin_target(a) is not None or isinstance(a, NameExpr) and \
                a.fullname in ("builtins.None", "builtins.True", "builtins.False"):
            inner.append(a)   # len, str.upper, None, strict=True: nothing to evaluate
            continue
        v = b.accept(a)
        info = mapper.instance_info(t)
        if i >= first_iterable and callee.fullname != "builtins.reversed" and info is not None and \
                info.fullname in b.ctx.infos and is_iterator_type(b, t):
            v, t = iter_of(b, v, t, a), iter_result_type(t)
        var = Var(f".{len(params)}", t)
        ref = NameExpr(var.name)
        ref.node, ref.kind = var, LDEF
        ref.set_line(a)
        b.ctx.types[ref] = t  # type: ignore[assignment]
        values.append(v)
        params.append(Argument(var, None, None, ARG_POS))
        inner.append(ref)
    loop = CallExpr(callee, inner, e.arg_kinds, e.arg_names)
    loop.set_line(e)
    b.ctx.types[loop] = b.ctx.types[e]
    fdef = FuncDef(f"<{callee.name}>", params, Block([]))
    fdef.set_line(e)
    fdef.is_generator = True
    # the declared type's first argument is the item type, except enumerate[T]'s
    t = b.ctx.types.get(e)
    b.ctx.genexpr_types[fdef] = t if callee.fullname != "builtins.enumerate" else None
    name = b.ctx.unique(f"{b.fn.name}.{callee.name}")
    fi = func_info(b.ctx, name, fdef, subst=b.subst)
    fi.params, fi.ret = [v.type for v in values], OBJ

    def body(g: Builder) -> None:
        for_each(g, loop, lambda item: lower_yield(g, as_value(g, item)))
    compile_generator(b.ctx, b.module, fdef, fi, callee.name, None, None, b.subst, body)
    return b.call(fi, values)


# ---- next(), iter(), send/throw/close -------------------------------------------------------

def b_next(b: Builder, e: CallExpr) -> o.Register:
    et = rtype_of(b, e)
    it = b.accept(e.args[0])
    if len(e.args) == 1:
        r = b.from_word(b.call_rt("rt_next_or_raise", [it, b.int(et.kind)], WORD), et)
        if isinstance(e.args[0], CallExpr) and mapper.fullname(b.ctx.types.get(e.args[0])) in GENERATOR_TYPES:
            b.call_rt("rt_gen_drop", [it], raises=False)   # next(g()): nothing else refers to it
        return r
    res = b.reg(et)
    stop, done = b.new_block(), b.new_block()
    b.assign(res, advance(b, it, et, stop))
    b.goto(done)
    b.activate(stop)
    b.assign(res, b.accept_as(e.args[1], et))
    b.goto(done)
    b.activate(done)
    return res


def b_iter(b: Builder, e: CallExpr) -> o.Register:
    return iter_object(b, e.args[0])


def m_send(b: Builder, e: CallExpr, callee: MemberExpr) -> o.Register:
    """gen.send(v), gen.throw(exc), coro.send(None), gen.close()."""
    t = b.ctx.types.get(callee.expr)
    g = b.accept(callee.expr)
    if callee.name == "close":
        return b.call_rt("rt_gen_close", [g])
    y, s, _, _ = signature(t, mapper.fullname(t) in COROUTINE_TYPES, b.subst)
    given = b.int(0)
    if callee.name == "send":
        v = b.accept_as(e.args[0], s)
        sent, thrown = b.to_word(v), b.none()
        given = b.convert(b.binary("ne", v, b.none(), BOOL), I64) if s.is_obj else b.int(1)
    else:
        sent, thrown = b.const(0, WORD), b.accept(e.args[0])
    return b.from_word(b.call_rt("rt_gen_send", [g, sent, thrown, given], WORD), y)


GEN_METHODS = {(t, m): m_send for t in ("typing.Generator", "collections.abc.Generator", "typing.Coroutine",
                                         "collections.abc.Coroutine") for m in ("send", "throw", "close")}
